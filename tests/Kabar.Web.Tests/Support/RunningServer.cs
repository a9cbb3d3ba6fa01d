using Kabar.Web.Hosting;
using Kabar.Web.Reading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Kabar.Web.Tests.Support;

/// <summary>The real web application (Kestrel) on a free loopback port, serving what <paramref name="reader"/> reads.</summary>
public sealed class RunningServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RunningServer(WebApplication app, Uri address, HttpClient client)
    {
        _app = app;
        Address = address;
        Client = client;
    }

    public Uri Address { get; }

    /// <summary>A client that does not follow redirects or keep cookies between tests.</summary>
    public HttpClient Client { get; }

    public static async Task<RunningServer> Start(IStoryReader reader, bool allowIngest = false, IArticleIngestor? ingestor = null)
    {
        var app = KabarWebApp.Create(new WebSettings(reader, "http://127.0.0.1:0", allowIngest, ingestor));
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = address };
        return new RunningServer(app, address, client);
    }

    public string Url(string path) => new Uri(Address, path).ToString();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
