using Kabar.Cluster.Membership;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

namespace Kabar.Cluster;

/// <summary>A connection to a running cluster (`kabar ingest --cluster`): it finds the silos' gateways in PostgreSQL.</summary>
public sealed class ClusterClient : IAsyncDisposable
{
    private readonly IHost _host;

    public IClusterClient Client { get; }

    private ClusterClient(IHost host)
    {
        _host = host;
        Client = host.Services.GetRequiredService<IClusterClient>();
    }

    /// <exception cref="ClusterUnavailableException">No silo of the cluster answers.</exception>
    public static async Task<ClusterClient> ConnectAsync(ClusterSettings cluster, CancellationToken cancel = default)
    {
        var builder = await ClusterMembership.HostAsync(cluster, cancel);
        builder.UseOrleansClient(client =>
        {
            client.UseAdoNetClustering(o => (o.Invariant, o.ConnectionString) = ClusterMembership.Table(cluster));
            ClusterMembership.Name(client.Services, cluster);
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = ClusterTiming.ResponseTimeout);
            client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(5));
        });
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancel);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            host.Dispose();
            throw new ClusterUnavailableException(
                $"no silo of cluster '{cluster.ClusterId}' answers (membership in {cluster.Display}): start one with 'kabar cluster --db ...' ({e.Message})", e);
        }
        return new ClusterClient(host);
    }

    public async ValueTask DisposeAsync()
    {
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try { await _host.StopAsync(grace.Token); }
        catch (OperationCanceledException) { }
        _host.Dispose();
    }
}

public sealed class ClusterUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
