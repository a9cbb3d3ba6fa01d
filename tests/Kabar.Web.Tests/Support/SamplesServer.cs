using Kabar.Web.Reading;

namespace Kabar.Web.Tests.Support;

/// <summary>One server for a test class: the five sample pages ingested into an in-memory store, as `kabar serve --load samples` does.</summary>
public sealed class SamplesServer : IAsyncLifetime
{
    public StoreStoryReader Reader { get; private set; } = null!;
    public RunningServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        (Reader, _) = StoreStoryReader.Load([Repo.Samples]);
        Server = await RunningServer.Start(Reader, allowIngest: true, ingestor: Reader);
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        Reader.Dispose();
    }
}
