// kabar-bench-stages: times one pipeline stage in-process over a folder of pages and prints one
// JSON line: articles per second and the process's peak memory. bench/run calls it once per
// stage and per core count (one core: taskset + DOTNET_PROCESSOR_COUNT=1).
//
//   kabar-bench-stages --pages DIR --stage extract|annotate|cluster|brief|all
//
// The stages before the timed one run first, untimed, to make its input; `all` prints one line
// per stage from a single run.
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
if (pages is null || stage is not ("extract" or "annotate" or "cluster" or "brief" or "all"))
{
    Console.Error.WriteLine("usage: kabar-bench-stages --pages DIR --stage extract|annotate|cluster|brief|all");
    return 2;
}

var raw = PathReader.Read([pages]).OfType<ReadOutcome.Read>().Select(r => r.Document).ToList();
var clock = new Stopwatch();
double seconds;
// CPU time of the whole process over the timed stage: unlike wall time it does not grow when
// other work shares the machine, so it is the figure to compare between runs.
var cpu = TimeSpan.Zero;

clock.Restart();
cpu = ProcessCpu();
var articles = ArticleExtractor.ExtractBatch(raw).OfType<ExtractionOutcome.Extracted>().Select(e => e.Article).ToList();
seconds = clock.Elapsed.TotalSeconds;
if (stage is "extract" or "all") Report("extract", raw.Count, seconds);
if (stage == "extract") return 0;
raw.Clear();

clock.Restart();
cpu = ProcessCpu();
var annotated = DefaultAnnotation.Pipeline.Annotate(articles);
seconds = clock.Elapsed.TotalSeconds;
if (stage is "annotate" or "all") Report("annotate", articles.Count, seconds);
if (stage == "annotate") return 0;

clock.Restart();
cpu = ProcessCpu();
var engine = new StoryEngine();
foreach (var a in annotated) engine.Add(StoryEngine.Features(a));
seconds = clock.Elapsed.TotalSeconds;
if (stage is "cluster" or "all") Report("cluster", annotated.Count, seconds);
if (stage == "cluster") return 0;

clock.Restart();
cpu = ProcessCpu();
var byStory = engine.Stories.ToList();
var bySource = annotated.ToDictionary(a => a.Source);
var events = engine.Events;
Parallel.ForEach(byStory, story =>
{
    var sources = events.Where(e => story.EventIds.Contains(e.Id)).SelectMany(e => e.Sources);
    BriefBuilder.Build(story, events, sources.Select(s => bySource[s]).ToList());
});
seconds = clock.Elapsed.TotalSeconds;
Report("brief", annotated.Count, seconds);
return 0;

static TimeSpan ProcessCpu()
{
    using var self = Process.GetCurrentProcess();
    return self.TotalProcessorTime;
}

void Report(string name, int count, double elapsed)
{
    var cpuMs = (ProcessCpu() - cpu).TotalMilliseconds;
    using var self = Process.GetCurrentProcess();
    Console.WriteLine(JsonSerializer.Serialize(new
    {
        stage = name,
        articles = count,
        seconds = Math.Round(elapsed, 3),
        per_second = Math.Round(count / Math.Max(elapsed, 1e-9), 1),
        cpu_ms_per_article = Math.Round(cpuMs / Math.Max(count, 1), 3),
        cores = Environment.ProcessorCount,
        peak_mb = Math.Round(self.PeakWorkingSet64 / 1048576.0, 1),
    }));
}
