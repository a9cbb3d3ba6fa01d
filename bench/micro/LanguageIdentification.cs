using BenchmarkDotNet.Attributes;
using Kabar.Language;
using Kabar.Model;

namespace Kabar.Bench.Micro;

/// <summary>
/// Language identification of one Indonesian article body (samples/000, as ArticleExtractor gives
/// it), cut to <see cref="Length"/> characters: the fast path (Indonesian, Malay, English, Tagalog first, by
/// Kabar's <see cref="TrigramScorer"/>), the same four by Lingua's own detector (what the scorer replaced),
/// and the full candidate set it falls back to.
/// </summary>
[MemoryDiagnoser]
public class LanguageIdentification
{
    private string _text = null!;

    [Params("fast path", "fast path by Lingua", "full set")]
    public string Candidates { get; set; } = "fast path";

    [Params(300, 1_000, 2_000)]
    public int Length { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var sample = Path.Combine(HotPaths.FindRoot(), "samples", "000_398cd5be2b1211ef.txt");
        var body = ((ExtractionOutcome.Extracted)Kabar.Extraction.ExtractionRun.FromPaths([sample]).Single()).Article.Body;
        while (body.Length < Length) body += " " + body;
        _text = body[..Length];
        LanguageIdentifier.Load();
        LanguageIdentifier.IdentifyAmongAll(_text);
        LanguageIdentifier.CommonBestByLingua(_text);
    }

    [Benchmark(Description = "language identification")]
    public string Identify() => Candidates switch
    {
        "fast path" => LanguageIdentifier.Identify(_text),
        "fast path by Lingua" => LanguageIdentifier.CommonBestByLingua(_text).Language,
        _ => LanguageIdentifier.IdentifyAmongAll(_text),
    };
}
