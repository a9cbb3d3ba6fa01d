using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;

// A bounded load test of `kabar serve`: N concurrent clients for a fixed time on loopback, each
// asking in turn for the pages people read (story list, a story, an article, a search, the API,
// a health probe). Reports requests, failures, latency percentiles, and the server's resident
// memory sampled through the run (from /proc, given its pid).
//   kabar-bench-serve URL PID [--clients 200] [--seconds 60]
var address = new Uri(args[0]);
var serverPid = int.Parse(args[1], CultureInfo.InvariantCulture);
var clients = Option("--clients", 200);
var seconds = Option("--seconds", 60);

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
{
    BaseAddress = address,
    Timeout = TimeSpan.FromSeconds(30),
};
var paths = await Paths();
Console.Error.WriteLine($"load: {clients} clients for {seconds} s on {address}, {paths.Count} paths");

var latencies = new List<double>[clients];
var failures = new List<string>();
var memory = new List<(double At, long Kib)>();
var clock = Stopwatch.StartNew();
using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
var sampler = Task.Run(async () =>
{
    while (!stop.IsCancellationRequested)
    {
        memory.Add((clock.Elapsed.TotalSeconds, ResidentKib(serverPid)));
        try { await Task.Delay(TimeSpan.FromSeconds(5), stop.Token); } catch (OperationCanceledException) { }
    }
    memory.Add((clock.Elapsed.TotalSeconds, ResidentKib(serverPid)));
});
var workers = Enumerable.Range(0, clients).Select(i => Task.Run(async () =>
{
    var mine = latencies[i] = [];
    var next = i;
    while (!stop.IsCancellationRequested)
    {
        var path = paths[next++ % paths.Count];
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.GetAsync(path, HttpCompletionOption.ResponseContentRead);
            mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (response.StatusCode != HttpStatusCode.OK) lock (failures) failures.Add($"{path}: HTTP {(int)response.StatusCode}");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            lock (failures) failures.Add($"{path}: {e.GetType().Name}: {e.Message}");
        }
    }
})).ToArray();
await Task.WhenAll(workers);
await sampler;
var elapsed = clock.Elapsed.TotalSeconds;

var all = latencies.SelectMany(l => l).Order().ToArray();
double Percentile(double p) => all.Length == 0 ? double.NaN : all[Math.Min(all.Length - 1, (int)Math.Ceiling(p / 100 * all.Length) - 1)];
// Memory is flat when the last sample is within 10% of the first one after warm-up (10 s).
var warm = memory.FirstOrDefault(m => m.At >= 10, memory[0]).Kib;
var last = memory[^1].Kib;
var peak = memory.Max(m => m.Kib);
var flat = last <= warm * 1.10;
var summary = new
{
    clients, seconds = Math.Round(elapsed, 1), requests = all.Length + failures.Count(f => f.Contains("Exception")),
    failed = failures.Count, requests_per_second = Math.Round(all.Length / elapsed, 1),
    latency_ms = new { p50 = Math.Round(Percentile(50), 1), p90 = Math.Round(Percentile(90), 1), p99 = Math.Round(Percentile(99), 1), max = Math.Round(all.LastOrDefault(), 1) },
    server_rss_mib = new { after_warmup = warm / 1024, last = last / 1024, peak = peak / 1024, flat },
    memory_samples_mib = string.Join(" ", memory.Select(m => $"{m.At:0}s:{m.Kib / 1024}")),
    first_failures = failures.Take(5).ToArray(),
};
Console.WriteLine(JsonSerializer.Serialize(summary, new JsonSerializerOptions { WriteIndented = true }));
return failures.Count == 0 && flat ? 0 : 1;

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}

// The pages a reader walks through, found from the running server's own API.
async Task<List<string>> Paths()
{
    var list = new List<string> { "/", "/api/stories", "/healthz", "/readyz", "/search?q=banjir" };
    using var stories = JsonDocument.Parse(await http.GetStringAsync("/api/stories"));
    foreach (var story in stories.RootElement.GetProperty("stories").EnumerateArray().Take(5))
    {
        var id = story.GetProperty("id").GetString()!;
        list.Add($"/stories/{Uri.EscapeDataString(id)}");
        list.Add($"/api/stories/{Uri.EscapeDataString(id)}");
    }
    for (var article = 1; article <= 5; article++) list.Add($"/articles/{article}");
    return list;
}

static long ResidentKib(int pid)
{
    try
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }
    catch (IOException) { return 0; }
}
