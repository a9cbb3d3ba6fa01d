using System.CommandLine;
using Kabar.Storage;
using Kabar.Web.Hosting;
using Kabar.Web.Reading;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Kabar.Cli.Commands;

/// <summary>
/// `kabar serve [--db PATH | --load PATH...] [--urls URL] [--allow-ingest] [--quiet]`: the web
/// pages and JSON API, on loopback unless told otherwise (--urls, else ASPNETCORE_URLS). Reads
/// the store (kabar.db by default); with --load the pages are ingested into a throwaway in-memory
/// store at start instead. Logs a line per request and every error on standard error; /healthz
/// and /readyz answer health probes.
/// </summary>
internal sealed class ServeCommand : ICliCommand
{
    public int Order => 90;

    public Command Create()
    {
        var db = new Option<string?>("--db") { Description = $"The store to serve: a file, or postgres://user:password@host:port/database (default: ${StoreLocation.EnvironmentVariable}, else {StoreLocation.DefaultFileName})." };
        var load = new Option<string[]>("--load") { Description = "Instead of a store: ingest these files and folders into memory at start and serve them.", AllowMultipleArgumentsPerToken = true };
        var urls = new Option<string?>("--urls") { Description = $"Where to listen (';' between several; port 0 picks a free one; default: ${WebSettings.UrlsVariable}, else {WebSettings.DefaultUrls})." };
        var quiet = new Option<bool>("--quiet") { Description = "No log line per request (errors are still logged on standard error)." };
        var allowIngest = new Option<bool>("--allow-ingest") { Description = "Let the page upload files to ingest (size-limited)." };
        var command = new Command("serve", "Serve the stories as web pages and a JSON API (works offline; Kabar serves every asset itself).")
        {
            db, load, urls, allowIngest, quiet,
        };
        command.SetAction(async (parse, cancel) =>
        {
            var given = parse.GetValue(urls);
            var address = WebSettings.ResolveUrls(given);
            if (address.Split(';', StringSplitOptions.RemoveEmptyEntries).Any(u => !Uri.TryCreate(u.Trim(), UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp))
            {
                Console.Error.WriteLine($"kabar serve: {(given is null ? "$" + WebSettings.UrlsVariable : "--urls")} '{address}' is not a list of http:// addresses");
                return ExitCodes.UsageError;
            }
            var paths = parse.GetValue(load) ?? [];
            if (paths.Length > 0 && parse.GetValue(db) is not null)
            {
                Console.Error.WriteLine("kabar serve: give --db or --load, not both");
                return ExitCodes.UsageError;
            }
            var reader = paths.Length > 0 ? Load(paths) : Open(StoreLocation.Resolve(parse.GetValue(db)));
            if (reader is null) return ExitCodes.AllFailed;
            using (reader) return await Serve(new WebSettings(reader, address, parse.GetValue(allowIngest), reader, reader.Probe, parse.GetValue(quiet)), cancel);
        });
        return command;
    }

    private static StoreStoryReader? Load(string[] paths)
    {
        var (reader, report) = Terminal.WithProgress("ingesting", Kabar.Extraction.ExtractionRun.CountInputs(paths), tick => StoreStoryReader.Load(paths, tick));
        foreach (var f in report.Failures) Terminal.Warn(f.Source, "error: " + f.Reason);
        if (report.NewArticles > 0) return reader;
        Console.Error.WriteLine("kabar serve: no article could be read from the given paths");
        reader.Dispose();
        return null;
    }

    private static StoreStoryReader? Open(string path)
    {
        if (!StoreFactory.MayExist(path))
        {
            Console.Error.WriteLine($"kabar serve: {path}: no store here; run 'kabar ingest PATH...' first, or serve pages directly with --load PATH");
            return null;
        }
        try { return new StoreStoryReader(StoreFactory.Open(path, write: true)); }
        catch (StoreException e)
        {
            Console.Error.WriteLine($"kabar serve: {e.Message}");
            return null;
        }
    }

    private static async Task<int> Serve(WebSettings settings, CancellationToken cancel)
    {
        var app = KabarWebApp.Create(settings);
        try
        {
            await app.StartAsync(cancel);
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"kabar serve: cannot listen on {settings.Urls}: {e.Message}");
            return ExitCodes.AllFailed;
        }
        foreach (var url in app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [])
            Console.Error.WriteLine($"kabar serve: listening on {url} (Ctrl+C to stop)");
        // The host stops on Ctrl+C and SIGTERM itself; the token covers a caller that cancels.
        await app.WaitForShutdownAsync(cancel);
        await app.DisposeAsync();
        return ExitCodes.Success;
    }
}
