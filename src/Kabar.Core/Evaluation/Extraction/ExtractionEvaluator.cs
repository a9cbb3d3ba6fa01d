using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Kabar.Model;
using Kabar.Readers;

namespace Kabar.Evaluation.Extraction;

/// <summary>How one page fared.</summary>
public sealed record PageResult(
    string Id,
    double Precision,
    double Recall,
    double F1,
    string? Error,
    string? GoldTitle,
    string? Title,
    bool? TitleRight,
    string? GoldDate,
    string? Published,
    string? Modified,
    bool? DateRight,
    bool? DateOrModifiedRight)
{
    internal PageScore Score { get; init; }
}

/// <summary>The benchmark's figures for one run: its metric's precision/recall/F1, title and date accuracy.</summary>
public sealed record ExtractionReport(
    string Benchmark,
    string Metric,
    int Pages,
    int Failed,
    double Precision,
    double Recall,
    double F1,
    int TitlePages,
    double? TitleAccuracy,
    int DatePages,
    double? DateAccuracy,
    double? DateOrModifiedAccuracy,
    double Seconds,
    IReadOnlyList<PageResult> PerPage);

/// <summary>
/// Runs an extractor over a benchmark's pages (in parallel) and scores it with the benchmark's own
/// metric (<see cref="BenchmarkMetrics"/>), aggregated as the benchmark aggregates it: ScrapingHub
/// averages precision and recall over pages and takes F1 of the averages; WCXB averages each page's
/// precision, recall and F1. Titles count as right when equal after Unicode (NFKC), whitespace and
/// quote/dash normalisation; dates when the published day starts with the gold date.
/// </summary>
public static class ExtractionEvaluator
{
    public static ExtractionReport Evaluate(ExtractionBenchmark benchmark, Func<RawDocument, ExtractionOutcome> extract, Action? onPageDone = null, int parallelism = 0)
    {
        var started = DateTime.UtcNow;
        var results = new PageResult[benchmark.Pages.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism > 0 ? parallelism : Environment.ProcessorCount };
        Parallel.For(0, benchmark.Pages.Count, options, i =>
        {
            results[i] = ScorePage(benchmark.Kind, benchmark.Pages[i], extract);
            onPageDone?.Invoke();
        });
        return Aggregate(benchmark, results, (DateTime.UtcNow - started).TotalSeconds);
    }

    private static PageResult ScorePage(BenchmarkKind kind, BenchmarkPage page, Func<RawDocument, ExtractionOutcome> extract)
    {
        Article? article = null;
        string? error = null;
        switch (PathReader.ReadPage(page.HtmlPath))
        {
            case ReadOutcome.Failed f: error = f.Reason; break;
            case ReadOutcome.Read r:
                var outcome = extract(r.Document with { Url = r.Document.Url ?? page.Url });
                if (outcome is ExtractionOutcome.Extracted e) article = e.Article;
                else if (outcome is ExtractionOutcome.Rejected rej) error = rej.Reason;
                break;
        }
        var body = article?.Body ?? "";
        var score = kind == BenchmarkKind.ScrapingHub ? BenchmarkMetrics.Shingles(page.GoldBody, body) : BenchmarkMetrics.WordF1(page.GoldBody, body);
        bool? titleRight = string.IsNullOrWhiteSpace(page.GoldTitle) ? null : article is not null && !article.TitleGenerated && SameTitle(page.GoldTitle, article.Title);
        var published = article?.Published?.ToIso();
        var modified = article?.Modified?.ToIso();
        bool? dateRight = string.IsNullOrWhiteSpace(page.GoldDate) ? null : SameDay(page.GoldDate, published);
        bool? eitherRight = dateRight is null ? null : dateRight == true || SameDay(page.GoldDate!, modified);
        return new PageResult(page.Id, score.Precision, score.Recall, score.F1, error, page.GoldTitle, article?.Title, titleRight,
            page.GoldDate, published, modified, dateRight, eitherRight)
        {
            Score = score,
        };
    }

    /// <summary>
    /// The run's figures on two halves of the set cut by site (the host of each page's address,
    /// by a stable hash), each aggregated as the benchmark aggregates: a rule fitted to one site's
    /// pages shows as a gap between the halves. Pages without an address go to half A.
    /// </summary>
    public static (ExtractionReport A, ExtractionReport B) SplitBySite(ExtractionBenchmark benchmark, ExtractionReport report)
    {
        var half = benchmark.Pages.ToDictionary(p => p.Id, p => SiteHalf(p.Url), StringComparer.Ordinal);
        var results = report.PerPage.ToArray();
        return (Aggregate(benchmark, results.Where(r => half[r.Id] == 0).ToArray(), report.Seconds),
                Aggregate(benchmark, results.Where(r => half[r.Id] == 1).ToArray(), report.Seconds));
    }

    /// <summary>0 or 1 for a page's site: FNV-1a of the lower-cased host without 'www.', stable across runs and machines.</summary>
    public static int SiteHalf(string? url) => SiteHash(url) is { } hash ? (int)(hash % 2) : 0;

    /// <summary>
    /// 0 to <paramref name="folds"/> - 1 for a page's site within its half (the hash's next bits, independent of
    /// <see cref="SiteHalf"/>): the folds a model's fit is tuned on inside the half it is fitted on, so the other half stays unseen.
    /// </summary>
    public static int SiteFoldWithinHalf(string? url, int folds) => SiteHash(url) is { } hash ? (int)(hash / 2 % (uint)folds) : 0;

    private static uint? SiteHash(string? url)
    {
        var host = Uri.TryCreate(url, UriKind.Absolute, out var u) ? u.Host.ToLowerInvariant() : "";
        if (host.StartsWith("www.", StringComparison.Ordinal)) host = host[4..];
        if (host.Length == 0) return null;
        var hash = 2166136261u;
        foreach (var c in host) { hash ^= c; hash *= 16777619u; }
        return hash;
    }

    internal static bool SameDay(string gold, string? iso) => iso is not null && iso.StartsWith(gold.Trim(), StringComparison.Ordinal);

    private static ExtractionReport Aggregate(ExtractionBenchmark benchmark, PageResult[] results, double seconds)
    {
        double precision, recall, f1;
        string metric;
        if (benchmark.Kind == BenchmarkKind.ScrapingHub)
        {
            metric = "bag of token 4-gram shingles (ScrapingHub evaluate.py)";
            precision = Mean(results.Where(r => r.Score.CountsForPrecision).Select(r => r.Precision));
            recall = Mean(results.Where(r => r.Score.CountsForRecall).Select(r => r.Recall));
            f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        }
        else
        {
            metric = "word-level F1, lower-cased \\w+ tokens, multiset overlap (WCXB evaluate.py)";
            precision = Mean(results.Select(r => r.Precision));
            recall = Mean(results.Select(r => r.Recall));
            f1 = Mean(results.Select(r => r.F1));
        }
        var titled = results.Where(r => r.TitleRight is not null).ToList();
        var dated = results.Where(r => r.DateRight is not null).ToList();
        return new ExtractionReport(
            benchmark.Kind == BenchmarkKind.ScrapingHub ? "scrapinghub" : "wcxb",
            metric, results.Length, results.Count(r => r.Error is not null), precision, recall, f1,
            titled.Count, titled.Count > 0 ? (double)titled.Count(r => r.TitleRight == true) / titled.Count : null,
            dated.Count, dated.Count > 0 ? (double)dated.Count(r => r.DateRight == true) / dated.Count : null,
            dated.Count > 0 ? (double)dated.Count(r => r.DateOrModifiedRight == true) / dated.Count : null,
            seconds, results);
    }

    private static double Mean(IEnumerable<double> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? 0 : list.Average();
    }

    /// <summary>Titles are the same when they read the same: NFKC, typographic quotes and dashes unified, whitespace collapsed.</summary>
    public static bool SameTitle(string gold, string predicted) => NormaliseTitle(gold) == NormaliseTitle(predicted);

    private static string NormaliseTitle(string title)
    {
        var s = title.Normalize(NormalizationForm.FormKC)
            .Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"').Replace('–', '-').Replace('—', '-');
        return Regex.Replace(s, @"\s+", " ").Trim();
    }
}
