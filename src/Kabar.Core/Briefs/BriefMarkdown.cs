using System.Text;
using System.Text.RegularExpressions;

namespace Kabar.Briefs;

/// <summary>A brief as Markdown for people. Page text is escaped so it can never become markup or HTML.</summary>
public static partial class BriefMarkdown
{
    [GeneratedRegex(@"[\\`*_{}\[\]()#+\-!|>~]", RegexOptions.CultureInvariant)]
    private static partial Regex Special();

    public static string Escape(string text) =>
        Special().Replace(text.Replace("&", "&amp;").Replace("<", "&lt;").Replace("\r", " ").Replace("\n", " "), @"\$0");

    private static string Cite(Citation c) => $"[{Escape(Path.GetFileName(c.Article))} {c.Start}–{c.End}]";

    public static string Write(IEnumerable<Brief> briefs) => string.Join("\n---\n\n", briefs.Select(Write));

    public static string Write(Brief b)
    {
        var md = new StringBuilder();
        md.Append("# ").Append(Escape(b.Title)).Append("\n\n").Append("Story `").Append(b.Id).Append("`\n\n");
        md.Append("## Events\n\n");
        foreach (var e in b.Events)
            md.Append("- **").Append(Escape(e.Title)).Append("** (`").Append(e.Id).Append("`): ")
              .Append(string.Join(", ", e.Articles.Select(a => Escape(Path.GetFileName(a))))).Append('\n');
        Section(md, "Summary", b.Summary, s => $"{Escape(s.Text)} {Cite(new Citation(s.Article, s.Start, s.End))}");
        Section(md, "Timeline", b.Timeline, t => $"**{t.Date}** ({t.Precision}): {Escape(t.What)} " +
            string.Join(" ", t.Citations.Select(c => $"{Cite(new Citation(c.Article, c.Start, c.End))} '{Escape(c.Phrase)}'")));
        Section(md, "People", b.People, Entity);
        Section(md, "Organisations", b.Organisations, Entity);
        if (b.Quotes.Count > 0)
        {
            md.Append("\n## Quotes\n\n");
            foreach (var g in b.Quotes)
            {
                md.Append("### ").Append(Escape(g.Speaker)).Append("\n\n");
                foreach (var q in g.Quotes)
                    md.Append("- ").Append(q.Direct ? "“" + Escape(q.Text) + "”" : Escape(q.Text)).Append(" — ")
                      .Append(Escape(string.Join(", ", q.Outlets))).Append(' ').Append(string.Join(" ", q.Citations.Select(Cite))).Append('\n');
            }
        }
        Section(md, "Coverage", b.Coverage, c => $"**{Escape(c.Outlet)}**{(c.ReportedFirst ? " (first to report)" : "")}: " +
            string.Join("; ", c.Articles.Select(a => $"{Escape(a.Title)} ({a.Published ?? "no date"}, {Escape(Path.GetFileName(a.Article))})")) +
            (c.WireSources.Count > 0 ? $"; wire: {Escape(string.Join(", ", c.WireSources))}" : ""));
        Section(md, "Disagreements", b.Disagreements, d => $"{Label(d)}: " +
            string.Join(" vs ", d.Claims.Select(c => $"**{Escape(c.Value)}** {string.Join(" ", c.Citations.Select(Cite))}")));
        Section(md, "Shared passages", b.SharedPassages, p => $"{string.Join(" ~ ", p.Articles.Select(a => Escape(Path.GetFileName(a))))}: “{Escape(p.Text)}”");
        return md.ToString();
    }

    /// <summary>The disagreement's kind and strength in the Markdown's language (English, like its headings).</summary>
    private static string Label(Disagreement d)
    {
        var kind = d.Kind switch
        {
            DisagreementKinds.Date => "date of",
            DisagreementKinds.Role => "role of",
            DisagreementKinds.Figure => "figure for",
            DisagreementKinds.Place => "place of",
            _ => d.Kind,
        };
        var strength = d.Strength == DisagreementStrengths.Soft ? "soft: both can be true" : "conflict";
        return $"{Escape(kind)} {Escape(d.About)} ({strength})";
    }

    private static string Entity(EntityEntry e) => $"**{Escape(e.Name)}**" +
        (e.Aliases.Count > 0 ? $" (also {Escape(string.Join(", ", e.Aliases))})" : "") +
        (e.Roles.Count > 0 ? ": " + string.Join("; ", e.Roles.Select(r => $"{Escape(r.Role)} ({Escape(r.Outlet)})")) : "");

    private static void Section<T>(StringBuilder md, string title, IReadOnlyList<T> items, Func<T, string> line)
    {
        if (items.Count == 0) return;
        md.Append("\n## ").Append(title).Append("\n\n");
        foreach (var item in items) md.Append("- ").Append(line(item)).Append('\n');
    }
}
