using System.Text;
using Kabar.Briefs;

namespace Kabar.Storage.Export;

/// <summary>A brief as Markdown for people: each item followed by its citations (article and character span).</summary>
public static class BriefMarkdown
{
    public static string Write(Brief brief)
    {
        var md = new StringBuilder();
        md.AppendLine($"# {MarkdownText.Inline(brief.Title)}").AppendLine();
        md.AppendLine($"Story `{brief.Id}` · {brief.Events.Count} event(s) · {brief.Events.SelectMany(e => e.Articles).Distinct().Count()} article(s)").AppendLine();
        Section(md, "Summary", brief.Summary, s => $"{MarkdownText.Inline(s.Text)} {Cite(s.Article, s.Start, s.End)}");
        Section(md, "Events", brief.Events, e => $"**{MarkdownText.Inline(e.Title)}** ({e.Id}): {string.Join(", ", e.Articles.Select(a => "`" + a.Replace("`", "'") + "`"))}");
        Section(md, "Timeline", brief.Timeline, t => $"**{MarkdownText.Inline(t.Date)}** ({t.Precision}): {MarkdownText.Inline(t.What)} {string.Join(" ", t.Citations.Select(c => $"'{MarkdownText.Inline(c.Phrase)}' {Cite(c.Article, c.Start, c.End)}"))}");
        Section(md, "People", brief.People, Entity);
        Section(md, "Organisations", brief.Organisations, Entity);
        Section(md, "Quotes", brief.Quotes, g =>
            $"**{MarkdownText.Inline(g.Speaker)}**" + string.Concat(g.Quotes.Select(q =>
                $"\n  - {(q.Direct ? "“" + MarkdownText.Inline(q.Text) + "”" : MarkdownText.Inline(q.Text))} ({MarkdownText.Inline(string.Join(", ", q.Outlets))}) {Cites(q.Citations)}")));
        Section(md, "Coverage", brief.Coverage, c =>
            $"**{MarkdownText.Inline(c.Outlet)}**{(c.ReportedFirst ? " (first to report)" : "")}" +
            (c.WireSources.Count > 0 ? $", wire: {MarkdownText.Inline(string.Join(", ", c.WireSources))}" : "") +
            string.Concat(c.Articles.Select(a => $"\n  - {MarkdownText.Inline(a.Title)} · {MarkdownText.Inline(a.Published ?? "no date")} · `{a.Article.Replace("`", "'")}`")));
        Section(md, "Disagreements", brief.Disagreements, d =>
            $"**{MarkdownText.Inline(d.About)}**" + string.Concat(d.Claims.Select(c => $"\n  - {MarkdownText.Inline(c.Value)} {Cites(c.Citations)}")));
        Section(md, "Shared passages", brief.SharedPassages, p =>
            $"{string.Join(" and ", p.Articles.Select(a => "`" + a.Replace("`", "'") + "`"))}: “{MarkdownText.Inline(p.Text)}” {Cites(p.Citations)}");
        return md.ToString();
    }

    private static string Entity(EntityEntry e) =>
        $"**{MarkdownText.Inline(e.Name)}**" +
        (e.Aliases.Count > 0 ? $" (also {MarkdownText.Inline(string.Join(", ", e.Aliases))})" : "") +
        string.Concat(e.Roles.Select(r => $"\n  - {MarkdownText.Inline(r.Role)} ({MarkdownText.Inline(r.Outlet)}) {Cites(r.Citations)}"));

    private static void Section<T>(StringBuilder md, string heading, IReadOnlyList<T> items, Func<T, string> line)
    {
        if (items.Count == 0) return;
        md.AppendLine($"## {heading}").AppendLine();
        foreach (var item in items) md.AppendLine($"- {line(item)}");
        md.AppendLine();
    }

    private static string Cites(IEnumerable<Citation> citations) => string.Join(" ", citations.Select(c => Cite(c.Article, c.Start, c.End)));

    private static string Cite(string article, int start, int end) => $"\\[{MarkdownText.Escape(Path.GetFileName(article))} {start}–{end}\\]";
}
