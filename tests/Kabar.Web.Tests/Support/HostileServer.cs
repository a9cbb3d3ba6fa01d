using Kabar.Web.Reading;

namespace Kabar.Web.Tests.Support;

/// <summary>One server for a test class: the hostile store, with the hostile brief served for every story.</summary>
public sealed class HostileServer : IAsyncLifetime
{
    public StoreStoryReader Reader { get; private set; } = null!;
    public RunningServer Server { get; private set; } = null!;

    /// <summary>The store id of the hostile article.</summary>
    public string ArticleId => StoreStoryReader.Id(Reader.Brief("s-hostile")!.Articles.Single().Id!.Value);

    public async Task InitializeAsync()
    {
        Reader = HostileStore.Create();
        Server = await RunningServer.Start(new HostileBriefReader(Reader));
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        Reader.Dispose();
    }
}
