using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Kabar.Extraction.Html;
using Kabar.Model;
using Kabar.Readers;

namespace Kabar.Evaluation.Extraction;

/// <summary>
/// Reads a benchmark's pages as the extractor reads them (decoded, prepared, parsed without
/// scripting), in parallel, and hands each to a reader that takes what a model is fitted on.
/// </summary>
internal static class BenchmarkHtml
{
    /// <summary>One page as the extractor sees it.</summary>
    public sealed record Page(BenchmarkPage Benchmark, RawDocument Raw, IDocument Document, string? ScriptDate, ContentHints Hints);

    public static IReadOnlyList<T> Collect<T>(ExtractionBenchmark benchmark, Func<BenchmarkPage, bool> wanted, Func<Page, T?> read, Action? onPageDone)
        where T : class
    {
        var hints = ContentHints.Default;
        var results = new T?[benchmark.Pages.Count];
        Parallel.For(0, benchmark.Pages.Count, i =>
        {
            var page = benchmark.Pages[i];
            if (wanted(page) && PathReader.ReadPage(page.HtmlPath) is ReadOutcome.Read r)
            {
                var raw = r.Document with { Url = r.Document.Url ?? page.Url };
                var prepared = HtmlPreparer.Prepare(TextDecoder.Decode(raw), hints.ScriptDate);
                using var document = new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(prepared.Html);
                results[i] = read(new Page(page, raw, document, prepared.ScriptDate, hints));
            }
            onPageDone?.Invoke();
        });
        return results.OfType<T>().ToList();
    }
}
