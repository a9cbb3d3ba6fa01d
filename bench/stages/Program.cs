// kabar-bench-stages: times one pipeline stage in-process over a folder of pages and prints one
// JSON line: articles per second and the process's peak memory. bench/run calls it once per
// stage and per core count (one core: taskset + DOTNET_PROCESSOR_COUNT=1).
//
//   kabar-bench-stages --pages DIR --stage extract|annotate|cluster|brief
//
// The stages before the timed one run first, untimed, to make its input.
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Kabar.Annotation;
using Kabar.Briefs;
using Kabar.Extraction;
using Kabar.Model;
using Kabar.Readers;
using Kabar.Stories;

string? pages = null, stage = null;
for (var i = 0; i + 1 < args.Length; i += 2)
{
    if (args[i] == "--pages") pages = args[i + 1];
    else if (args[i] == "--stage") stage = args[i + 1];
}
if (pages is null || stage is not ("extract" or "annotate" or "cluster" or "brief"))
{
    Console.Error.WriteLine("usage: kabar-bench-stages --pages DIR --stage extract|annotate|cluster|brief");
    return 2;
}

var raw = PathReader.Read([pages]).OfType<ReadOutcome.Read>().Select(r => r.Document).ToList();
var clock = new Stopwatch();
double seconds;

clock.Restart();
var articles = ArticleExtractor.ExtractBatch(raw).OfType<ExtractionOutcome.Extracted>().Select(e => e.Article).ToList();
seconds = clock.Elapsed.TotalSeconds;
if (stage == "extract") return Report(raw.Count, seconds);
raw.Clear();

clock.Restart();
var annotated = BatchAnnotator.Annotate(articles);
seconds = clock.Elapsed.TotalSeconds;
if (stage == "annotate") return Report(articles.Count, seconds);

clock.Restart();
var engine = new StoryEngine();
foreach (var a in annotated) engine.Add(StoryEngine.Features(a));
seconds = clock.Elapsed.TotalSeconds;
if (stage == "cluster") return Report(annotated.Count, seconds);

clock.Restart();
var byStory = engine.Stories.ToList();
var bySource = annotated.ToDictionary(a => a.Source);
var events = engine.Events;
Parallel.ForEach(byStory, story =>
{
    var sources = events.Where(e => story.EventIds.Contains(e.Id)).SelectMany(e => e.Sources);
    BriefBuilder.Build(story, events, sources.Select(s => bySource[s]).ToList());
});
seconds = clock.Elapsed.TotalSeconds;
return Report(annotated.Count, seconds);

int Report(int count, double elapsed)
{
    using var self = Process.GetCurrentProcess();
    Console.WriteLine(JsonSerializer.Serialize(new
    {
        stage,
        articles = count,
        seconds = Math.Round(elapsed, 3),
        per_second = Math.Round(count / Math.Max(elapsed, 1e-9), 1),
        cores = Environment.ProcessorCount,
        peak_mb = Math.Round(self.PeakWorkingSet64 / 1048576.0, 1),
    }));
    return 0;
}
