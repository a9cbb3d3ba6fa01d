// kabar-bench-annotate: how many articles a second `annotate` gets through, in-process, and where
// the time goes. Reads and extracts the pages once (untimed), then annotates them repeated until
// --articles is reached: first one pass to warm up (JIT, lazily built tables, per-thread memos),
// then the timed pass through the pipeline (each article, then the batch steps), then each annotator timed on its own, in pipeline order,
// on one thread (CPU time, which the load of a shared machine disturbs less than wall time).
// Prints one JSON line.
//
//   kabar-bench-annotate --pages DIR [--pages DIR ...] [--articles N] [--threads N] [--without NAME ...]
//
// --without drops an annotator (and nothing that needs it may remain) to measure the rest alone.
// bench/annotate/run calls it on one core (taskset + DOTNET_PROCESSOR_COUNT=1) and on all cores.
using System.Diagnostics;
using System.Text.Json;
using Kabar.Annotation;
using Kabar.Extraction;
using Kabar.Model;
using Kabar.Readers;

var folders = new List<string>();
var target = 20_000;
var threads = -1;
var without = new HashSet<string>();
for (var i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--pages": folders.Add(args[i + 1]); break;
        case "--articles": target = int.Parse(args[i + 1]); break;
        case "--threads": threads = int.Parse(args[i + 1]); break;
        case "--without": without.Add(args[i + 1]); break;
        default:
            Console.Error.WriteLine("usage: kabar-bench-annotate --pages DIR [--pages DIR ...] [--articles N] [--threads N] [--without NAME ...]");
            return 2;
    }
}
if (folders.Count == 0)
{
    Console.Error.WriteLine("kabar-bench-annotate: give at least one --pages DIR");
    return 2;
}

var raw = PathReader.Read(folders).OfType<ReadOutcome.Read>().Select(r => r.Document).ToList();
var pages = ArticleExtractor.ExtractBatch(raw).OfType<ExtractionOutcome.Extracted>().Select(e => e.Article).ToList();
raw.Clear();
if (pages.Count == 0)
{
    Console.Error.WriteLine("kabar-bench-annotate: no page could be extracted");
    return 1;
}
var articles = new List<Article>(target);
while (articles.Count < target) articles.AddRange(pages.Take(target - articles.Count));
var meanChars = articles.Average(a => a.Body.Length);

var builder = DefaultAnnotation.CreateBuilder();
builder.Annotators.RemoveAll(a => without.Contains(a.Name));
var pipeline = builder.Build();
pipeline.Annotate(pages, maxDegreeOfParallelism: threads);

// Wall time is what the goal is about; CPU time too, since a shared machine's load stretches wall time.
using var self = Process.GetCurrentProcess();
var cpuBefore = self.TotalProcessorTime;
var clock = Stopwatch.StartNew();
var annotated = pipeline.Annotate(articles, maxDegreeOfParallelism: threads);
var seconds = clock.Elapsed.TotalSeconds;
self.Refresh();
var cpuSeconds = (self.TotalProcessorTime - cpuBefore).TotalSeconds;

// Per annotator, one thread, on the first pass's worth of distinct pages repeated up to 2,000.
var sample = articles.Take(Math.Min(2_000, articles.Count)).ToList();
var annotators = builder.Annotators;
var documents = sample.Select(a => new AnnotationDocument(a, a.Published?.Date ?? new DateOnly(2022, 1, 1))).ToList();
var perAnnotator = new Dictionary<string, double>();
foreach (var annotator in annotators)
{
    self.Refresh();
    var before = self.TotalProcessorTime;
    foreach (var document in documents) annotator.Annotate(document);
    self.Refresh();
    perAnnotator[annotator.Name] = Math.Round((self.TotalProcessorTime - before).TotalMilliseconds * 1000 / documents.Count, 1);
}

Console.WriteLine(JsonSerializer.Serialize(new
{
    distinct_pages = pages.Count,
    articles = annotated.Count,
    mean_body_chars = Math.Round(meanChars),
    seconds = Math.Round(seconds, 3),
    per_second = Math.Round(annotated.Count / Math.Max(seconds, 1e-9), 1),
    cpu_seconds = Math.Round(cpuSeconds, 3),
    per_cpu_second = Math.Round(annotated.Count / Math.Max(cpuSeconds, 1e-9), 1),
    cores = Environment.ProcessorCount,
    microseconds_per_article_by_annotator = perAnnotator,
    tokens = annotated.Sum(a => (long)a.Tokens.Count),
    sentences = annotated.Sum(a => (long)a.Sentences.Count),
    quotes = annotated.Sum(a => (long)a.Quotes.Count),
    peak_mb = Math.Round(self.PeakWorkingSet64 / 1048576.0, 1),
}));
return 0;
