using BenchmarkDotNet.Attributes;
using Kabar.Annotation;
using Kabar.Annotation.Entities;
using Kabar.Language;
using Kabar.Model;
using Kabar.Stories.Passages;

namespace Kabar.Bench.Micro;

/// <summary>
/// The hot paths of annotation and story building, one benchmark each, on one realistic
/// Indonesian article body (the extracted text of samples/000). Each benchmark runs one
/// component on a fresh document, so its time is that component's own.
/// </summary>
[MemoryDiagnoser]
public class HotPaths
{
    private Article _article = null!;
    private AnnotationDocument _withTokens = null!;
    private AnnotationDocument _withSentences = null!;
    private readonly TokenAnnotator _tokens = new();
    private readonly SentenceAnnotator _sentences = new();
    private readonly EntityAnnotator _entities = new();

    [GlobalSetup]
    public void Setup()
    {
        var samples = Path.Combine(FindRoot(), "samples");
        var outcome = Kabar.Extraction.ExtractionRun.FromPaths([Path.Combine(samples, "000_398cd5be2b1211ef.txt")]).Single();
        _article = ((ExtractionOutcome.Extracted)outcome).Article;
        _withTokens = Fresh();
        _tokens.Annotate(_withTokens);
        _withSentences = Fresh();
        _tokens.Annotate(_withSentences);
        _sentences.Annotate(_withSentences);
    }

    private AnnotationDocument Fresh() => new(_article, new DateOnly(2021, 12, 28));

    [Benchmark(Description = "tokenizer")]
    public int Tokenize()
    {
        var doc = Fresh();
        _tokens.Annotate(doc);
        return doc.Tokens.Count;
    }

    [Benchmark(Description = "sentence splitter")]
    public int SplitSentences()
    {
        var doc = Fresh();
        doc.Tokens.AddRange(_withTokens.Tokens);
        _sentences.Annotate(doc);
        return doc.Sentences.Count;
    }

    [Benchmark(Description = "entity tagger")]
    public int TagEntities()
    {
        var doc = Fresh();
        doc.Tokens.AddRange(_withSentences.Tokens);
        doc.Sentences.AddRange(_withSentences.Sentences);
        _entities.Annotate(doc);
        return doc.Entities.Count;
    }

    [Benchmark(Description = "fingerprinting")]
    public int Fingerprint() => PassageFinder.Fingerprint(_article.Body).Prints.Count;

    internal static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Kabar.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("run from inside the Kabar repository");
    }
}
