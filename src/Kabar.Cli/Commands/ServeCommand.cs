using System.CommandLine;
using Kabar.Web.Hosting;
using Kabar.Web.Reading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Kabar.Cli.Commands;

/// <summary>
/// `kabar serve [--load PATH...] [--urls URL] [--allow-ingest]`: the web pages and JSON API on
/// loopback. With --load the pages are read, annotated and clustered in memory at start.
/// </summary>
internal sealed class ServeCommand : ICliCommand
{
    public int Order => 90;

    public Command Create()
    {
        var load = new Option<string[]>("--load") { Description = "Read these files and folders at start and serve their stories from memory.", AllowMultipleArgumentsPerToken = true };
        var urls = new Option<string>("--urls") { Description = "Where to listen (';' between several). Loopback only unless you name another address.", DefaultValueFactory = _ => WebSettings.DefaultUrls };
        var allowIngest = new Option<bool>("--allow-ingest") { Description = "Let the page upload files to add (size-limited)." };
        var command = new Command("serve", "Serve the stories as web pages and a JSON API (offline; every asset is served by Kabar).")
        {
            load, urls, allowIngest,
        };
        command.SetAction(async (parse, cancel) =>
        {
            var paths = parse.GetValue(load) ?? [];
            if (paths.Length == 0)
            {
                Console.Error.WriteLine("kabar serve: give --load PATH... (the pages to serve)");
                return ExitCodes.UsageError;
            }
            var address = parse.GetValue(urls)!;
            if (address.Split(';', StringSplitOptions.RemoveEmptyEntries).Any(u => !Uri.TryCreate(u.Trim(), UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp))
            {
                Console.Error.WriteLine($"kabar serve: --urls '{address}' is not a list of http:// addresses");
                return ExitCodes.UsageError;
            }

            var (reader, rejected) = Terminal.WithProgress("reading", Kabar.Extraction.ExtractionRun.CountInputs(paths), tick => InMemoryStoryReader.Load(paths, tick));
            foreach (var r in rejected) Terminal.Warn(r.Source, "error: " + r.Reason);
            if (reader.Stories(StoryFilter.None).Count == 0)
            {
                Console.Error.WriteLine("kabar serve: no article could be read from the given paths");
                return ExitCodes.AllFailed;
            }

            var app = KabarWebApp.Create(new WebSettings(reader, address, parse.GetValue(allowIngest), reader));
            try
            {
                await app.StartAsync(cancel);
            }
            catch (IOException e)
            {
                Console.Error.WriteLine($"kabar serve: cannot listen on {address}: {e.Message}");
                return ExitCodes.AllFailed;
            }
            foreach (var url in app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [])
                Console.Error.WriteLine($"kabar serve: listening on {url} (Ctrl+C to stop)");
            try { await Task.Delay(Timeout.Infinite, cancel); }
            catch (OperationCanceledException) { }
            await app.StopAsync(CancellationToken.None);
            return ExitCodes.Success;
        });
        return command;
    }
}
