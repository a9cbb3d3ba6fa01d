using System.CommandLine;
using System.Runtime.InteropServices;
using Kabar.Ingestion;
using Kabar.Readers;
using Kabar.Storage;
using Kabar.Watching;

namespace Kabar.Cli.Commands;

/// <summary>
/// `kabar watch SOURCES [--every 10m]`: polls feeds and ingests their new items, until Ctrl-C.
/// Stopping waits for the chunk being stored, so nothing is half-stored.
/// </summary>
internal sealed class WatchCommand : ICliCommand
{
    public int Order => 35;

    public Command Create()
    {
        var sources = new Argument<string>("sources") { Description = "A text file with one feed URL a line, or an OPML file." };
        var every = new Option<string>("--every") { Description = "Time between polls (30s, 10m, 1h).", DefaultValueFactory = _ => "10m" };
        var once = new Option<bool>("--once") { Description = "Poll once and exit (for cron or a test)." };
        var db = new Option<string?>("--db") { Description = "The store: a file, or postgres://... (default: KABAR_DB, else kabar.db here)." };
        var maxBytes = new Option<long>("--max-page-bytes") { Description = "Largest page accepted.", DefaultValueFactory = _ => new FetchPolicy().MaxPageBytes };
        var budget = new Option<string>("--page-timeout") { Description = "Total time for one page, retries included.", DefaultValueFactory = _ => "30s" };
        var interval = new Option<string>("--per-host-interval") { Description = "Least time between two requests to one host.", DefaultValueFactory = _ => "1s" };
        var command = new Command("watch", "Poll news feeds (RSS/Atom) and ingest new items: robots.txt, conditional GET, per-host rate limit, retries with back-off.")
        {
            sources, every, once, db, maxBytes, budget, interval,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            if (!Duration.TryParse(parse.GetValue(every), out var period) || !Duration.TryParse(parse.GetValue(budget), out var pageBudget)
                || !Duration.TryParse(parse.GetValue(interval), out var hostInterval))
            {
                Console.Error.WriteLine("kabar watch: --every, --page-timeout and --per-host-interval take durations such as 30s, 10m or 1h");
                return ExitCodes.UsageError;
            }
            var path = parse.GetValue(sources)!;
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"{path}: error: no such file");
                return ExitCodes.AllFailed;
            }
            var feeds = WatchSources.Load(path);
            foreach (var problem in feeds.Problems) Console.Error.WriteLine(problem);
            if (feeds.Feeds.Count == 0)
            {
                Console.Error.WriteLine($"{path}: error: no feed URLs to watch");
                return ExitCodes.AllFailed;
            }
            using var stop = new CancellationTokenSource();
            // System.CommandLine (2.0.15 on) cancels its token on Ctrl-C itself, before the handlers below run.
            using var announce = cancellation.Register(() => Stopping(stop));
            using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => { c.Cancel = true; Stopping(stop); });
            using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; Stopping(stop); });
            var policy = new FetchPolicy { MaxPageBytes = parse.GetValue(maxBytes), PageBudget = pageBudget, PerHostInterval = hostInterval };
            using var fetcher = new PoliteFetcher(policy);
            var watcher = new FeedWatcher(fetcher, line => Console.Error.WriteLine(line));
            try
            {
                using var store = StoreFactory.Open(StoreLocation.Resolve(parse.GetValue(db)), write: true);
                return await Loop(watcher, feeds.Feeds, store, period, parse.GetValue(once), stop.Token);
            }
            catch (StoreException e)
            {
                Console.Error.WriteLine($"kabar watch: {e.Message}");
                return ExitCodes.AllFailed;
            }
        });
        return command;
    }

    private static void Stopping(CancellationTokenSource stop)
    {
        if (stop.IsCancellationRequested) return;
        Console.Error.WriteLine("kabar watch: stopping after the current step (nothing is left half-stored)");
        stop.Cancel();
    }

    private static async Task<int> Loop(FeedWatcher watcher, IReadOnlyList<Uri> feeds, IKabarStore store, TimeSpan period, bool once, CancellationToken stop)
    {
        var pipeline = new IngestPipeline(store);
        while (!stop.IsCancellationRequested)
        {
            IReadOnlyList<Model.RawDocument> found;
            try { found = await watcher.PollAsync(feeds, stop); }
            catch (OperationCanceledException) { break; }
            // Ingestion is not cancelled mid-chunk: each chunk is one transaction, stored whole.
            var report = pipeline.Run(found);
            Console.Error.WriteLine($"{DateTimeOffset.Now:yyyy-MM-dd HH:mm:ss} round done: {found.Count} new items, {report.NewArticles} articles stored, " +
                $"{report.Duplicates} already stored, {report.Failures.Count} failed, {report.StoriesCreated.Count} stories created, {report.StoriesChanged.Count} changed");
            foreach (var f in report.Failures) Console.Error.WriteLine($"{f.Source}: error: {f.Reason}");
            if (report.StoppedBecause is not null)
            {
                Console.Error.WriteLine($"kabar watch: {report.StoppedBecause}");
                return ExitCodes.AllFailed;
            }
            if (once) break;
            try { await Task.Delay(period, stop); }
            catch (OperationCanceledException) { break; }
        }
        return ExitCodes.Success;
    }
}
