using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using Kabar.Extraction.Html;
using Kabar.Model;
using Kabar.Readers;

// Times one extractor over the pages of a WCXB-layout folder: pages are read and unpacked first
// (not timed), a few warm the JIT, then every page is decoded and extracted, on THREADS threads.
// Nothing is printed per page, so the figure is extraction, not output. Prints one line:
//   NAME pages=N seconds=S cpu=CPU_SECONDS chars=C
// Usage: KabarBench kabar|smartreader DIR [THREADS]
if (args.Length < 2 || args[0] is not ("kabar" or "smartreader"))
{
    Console.Error.WriteLine("usage: KabarBench kabar|smartreader DIR [THREADS]");
    return 2;
}
var name = args[0];
var dir = args[1];
var threads = args.Length > 2 ? int.Parse(args[2]) : 1;

var pages = Directory.GetFiles(Path.Combine(dir, "html")).Where(f => f.EndsWith(".html") || f.EndsWith(".html.gz"))
    .OrderBy(f => f, StringComparer.Ordinal).Select(Load).ToList();

Func<(RawDocument Doc, string Url), int> extract = name == "kabar" ? Kabar : SmartReaderExtract;
foreach (var p in pages.Take(10)) extract(p);

var process = Process.GetCurrentProcess();
var cpuBefore = process.TotalProcessorTime;
var clock = Stopwatch.StartNew();
long chars = 0;
Parallel.ForEach(pages, new ParallelOptions { MaxDegreeOfParallelism = threads }, p => Interlocked.Add(ref chars, extract(p)));
clock.Stop();
process.Refresh();
// CPU seconds (user + system, every thread) as well as wall seconds: on a busy machine the wall
// clock measures the neighbours too, the CPU time does not.
var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
Console.WriteLine($"{name} pages={pages.Count} seconds={clock.Elapsed.TotalSeconds:0.000} cpu={cpu:0.000} chars={chars}");
return 0;

static int Kabar((RawDocument Doc, string Url) page) =>
    HtmlArticleExtractor.Extract(page.Doc, TextDecoder.Decode(page.Doc)) is ExtractionOutcome.Extracted e ? e.Article.Body.Length : 0;

static int SmartReaderExtract((RawDocument Doc, string Url) page)
{
    try
    {
        var article = SmartReader.Reader.ParseArticle(page.Url, TextDecoder.Decode(page.Doc), null);
        return article.TextContent?.Length ?? 0;
    }
    catch (Exception) { return 0; }
}

(RawDocument, string) Load(string file)
{
    var bytes = File.ReadAllBytes(file);
    if (file.EndsWith(".gz"))
    {
        using var gz = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var output = new MemoryStream();
        gz.CopyTo(output);
        bytes = output.ToArray();
    }
    var id = Path.GetFileName(file).Split('.')[0];
    var url = "https://example.com/";
    var gold = Path.Combine(dir, "ground-truth", id + ".json");
    if (File.Exists(gold) && JsonDocument.Parse(File.ReadAllText(gold)).RootElement.TryGetProperty("url", out var u) && u.GetString() is { } s)
        url = s;
    return (new RawDocument(file, bytes, Url: url), url);
}
