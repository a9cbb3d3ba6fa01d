using Kabar.Web.Reading;

namespace Kabar.Web.Hosting;

/// <summary>How `kabar serve` runs: where it listens, what it reads, whether uploads are taken, what it logs.</summary>
/// <param name="Urls">Addresses to listen on; loopback by default. Port 0 picks a free port.</param>
/// <param name="Ingestor">Takes uploads; only used when <paramref name="AllowIngest"/> is set.</param>
/// <param name="StoreProbe">Asks the store a small question for /readyz (throws when it cannot answer); null: nothing to check.</param>
/// <param name="QuietRequests">No line per request on standard error (errors are still logged).</param>
public sealed record WebSettings(IStoryReader Reader, string Urls = WebSettings.DefaultUrls, bool AllowIngest = false, IArticleIngestor? Ingestor = null,
    Action? StoreProbe = null, bool QuietRequests = false)
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>ASP.NET Core's variable for where to listen, used when no address is given.</summary>
    public const string UrlsVariable = "ASPNETCORE_URLS";

    /// <summary>The addresses given, else <c>ASPNETCORE_URLS</c>, else loopback port 5080.</summary>
    public static string ResolveUrls(string? given) =>
        given ?? (Environment.GetEnvironmentVariable(UrlsVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : DefaultUrls);
}
