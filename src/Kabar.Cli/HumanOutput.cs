using Kabar.Model;
using Spectre.Console;

namespace Kabar.Cli;

/// <summary>Readable summaries for people at a terminal. All page text is escaped before it reaches Spectre markup.</summary>
internal static class HumanOutput
{
    private static readonly IAnsiConsole Out = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });

    public static void WriteArticle(Article a)
    {
        Out.MarkupLine($"[bold]{Text(a.Title)}[/]{(a.TitleGenerated ? " [dim](generated title)[/]" : "")}");
        if (a.Subtitle is not null) Out.MarkupLine($"[italic]{Text(a.Subtitle)}[/]");
        Out.MarkupLine($"[dim]{Text(a.Source)}[/]");
        var facts = new List<string>();
        if (a.Outlet is not null || a.OutletDomain is not null)
            facts.Add(a.Outlet == a.OutletDomain || a.OutletDomain is null ? $"{a.Outlet ?? a.OutletDomain}" : $"{a.Outlet} ({a.OutletDomain})");
        if (a.Published is not null) facts.Add("published " + a.Published.ToIso());
        if (a.Modified is not null) facts.Add("modified " + a.Modified.ToIso());
        if (a.Dateline is not null) facts.Add("from " + a.Dateline);
        facts.Add("language " + a.Language);
        Out.MarkupLine(Text(string.Join(" · ", facts)));
        var credits = new List<string>();
        if (a.Authors.Count > 0) credits.Add("by " + string.Join(", ", a.Authors));
        if (a.Editors.Count > 0) credits.Add("editors " + string.Join(", ", a.Editors));
        if (a.WireSources.Count > 0) credits.Add("wire " + string.Join(", ", a.WireSources));
        if (a.PhotoCredits.Count > 0) credits.Add("photos " + string.Join(", ", a.PhotoCredits));
        if (credits.Count > 0) Out.MarkupLine(Text(string.Join(" · ", credits)));
        var words = a.Body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        var paragraphs = a.Body.Length == 0 ? 0 : a.Body.Split("\n\n").Length;
        var cut = a.Cut.Count == 0 ? "nothing cut" : "cut: " + string.Join(", ", a.Cut.GroupBy(c => c.Reason).OrderByDescending(g => g.Count()).Select(g => $"{g.Count()} {g.Key}"));
        Out.MarkupLine($"[dim]{words} words, {paragraphs} paragraphs · {Text(cut)}[/]");
        var preview = a.Body.Length > 400 ? a.Body[..400] + "…" : a.Body;
        Out.MarkupLine(Text(preview.Replace("\n\n", " ¶ ")));
        Out.WriteLine();
    }

    /// <summary>Page text made safe for the terminal: Spectre markup escaped, control characters (a page's own escape sequences) shown as '�'.</summary>
    private static string Text(string s) =>
        Markup.Escape(string.Concat(s.Select(c => char.IsControl(c) && c != '\n' ? '\uFFFD' : c)));

    public static void WriteAnnotated(AnnotatedArticle a)
    {
        WriteArticle(a.Article);
        Out.WriteLine($"{a.Sentences.Count} sentences, {a.Entities.Count} entity mentions, {a.Quotes.Count} quotes, {a.Times.Count} time expressions");
        foreach (var group in a.Entities.GroupBy(e => (e.Type, e.Canonical)).OrderBy(g => g.Key.Type).ThenByDescending(g => g.Count()))
            Out.WriteLine($"  {group.Key.Type} {group.Key.Canonical} ×{group.Count()}");
        foreach (var q in a.Quotes)
            Out.WriteLine($"  {(q.Direct ? "quote" : "said")}: {a.SpeakerOf(q)?.Name ?? "?"}: {Shorten(q.Text)}");
        foreach (var t in a.Times)
            Out.WriteLine($"  {t.Type} {t.Value} ← '{t.Text}'");
        Out.WriteLine();
    }

    private static string Shorten(string s) => s.Length > 100 ? s[..100] + "…" : s;

    /// <summary>A rejected input: a JSON line when asked for, and always a message on stderr naming it.</summary>
    public static void WriteRejection(ExtractionOutcome.Rejected r, bool json)
    {
        if (json) Console.Out.WriteLine(Kabar.Serialization.ArticleJson.FromRejection(r.Source, r.Reason).ToJsonString(Kabar.Serialization.KabarJson.Options));
        Terminal.Warn(r.Source, "error: " + r.Reason);
    }
}
