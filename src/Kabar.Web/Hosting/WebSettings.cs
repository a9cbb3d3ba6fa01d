using Kabar.Web.Reading;

namespace Kabar.Web.Hosting;

/// <summary>How `kabar serve` runs: where it listens, what it reads, whether uploads are taken.</summary>
/// <param name="Urls">Addresses to listen on; loopback by default. Port 0 picks a free port.</param>
/// <param name="Ingestor">Takes uploads; only used when <paramref name="AllowIngest"/> is set.</param>
public sealed record WebSettings(IStoryReader Reader, string Urls = WebSettings.DefaultUrls, bool AllowIngest = false, IArticleIngestor? Ingestor = null)
{
    public const string DefaultUrls = "http://127.0.0.1:5080";
}
