using Kabar.Model;
using Spectre.Console;

namespace Kabar.Cli;

/// <summary>Readable summaries for people at a terminal. All page text is escaped before it reaches Spectre markup.</summary>
internal static class HumanOutput
{
    private static readonly IAnsiConsole Out = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });

    public static void WriteArticle(Article a)
    {
        Out.MarkupLine($"[bold]{Markup.Escape(a.Title)}[/]{(a.TitleGenerated ? " [dim](generated title)[/]" : "")}");
        Out.MarkupLine($"[dim]{Markup.Escape(a.Source)}[/]");
        var facts = new List<string>();
        if (a.Outlet is not null) facts.Add($"{a.Outlet} ({a.OutletDomain})");
        if (a.Published is not null) facts.Add("published " + a.Published.ToIso());
        if (a.Modified is not null) facts.Add("modified " + a.Modified.ToIso());
        if (a.Dateline is not null) facts.Add("from " + a.Dateline);
        facts.Add("language " + a.Language);
        Out.WriteLine(string.Join(" · ", facts));
        if (a.Authors.Count > 0) Out.WriteLine("authors: " + string.Join(", ", a.Authors));
        if (a.Editors.Count > 0) Out.WriteLine("editors: " + string.Join(", ", a.Editors));
        if (a.WireSources.Count > 0) Out.WriteLine("wire: " + string.Join(", ", a.WireSources));
        var words = a.Body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        Out.WriteLine($"{words} words, {a.Body.Split("\n\n").Length} paragraphs, {a.Cut.Count} pieces cut");
        var preview = a.Body.Length > 300 ? a.Body[..300] + "…" : a.Body;
        Out.WriteLine(preview.Replace("\n\n", " ¶ "));
        Out.WriteLine();
    }

    public static void WriteAnnotated(AnnotatedArticle a)
    {
        WriteArticle(a.Article);
        Out.WriteLine($"{a.Sentences.Count} sentences, {a.Entities.Count} entity mentions, {a.Quotes.Count} quotes, {a.Times.Count} time expressions");
        foreach (var group in a.Entities.GroupBy(e => (e.Type, e.Canonical)).OrderBy(g => g.Key.Type).ThenByDescending(g => g.Count()))
            Out.WriteLine($"  {group.Key.Type} {group.Key.Canonical} ×{group.Count()}");
        foreach (var q in a.Quotes)
            Out.WriteLine($"  {(q.Direct ? "quote" : "said")}: {q.SpeakerCanonical ?? q.Speaker ?? "?"}: {Shorten(q.Text)}");
        foreach (var t in a.Times)
            Out.WriteLine($"  {t.Type} {t.Value} ← '{t.Text}'");
        Out.WriteLine();
    }

    private static string Shorten(string s) => s.Length > 100 ? s[..100] + "…" : s;
}
