using System.Net;
using Kabar.Cluster.Grains;
using Kabar.Cluster.Membership;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace Kabar.Cluster;

/// <summary>
/// One silo of a Kabar cluster (`kabar cluster`): it joins the cluster named in PostgreSQL, hosts
/// chunk grains (extraction and annotation) placed where there is room, and may host the store
/// grain. It runs until Ctrl-C or SIGTERM, then leaves the cluster cleanly.
/// </summary>
public static class SiloHost
{
    public static async Task RunAsync(ClusterSettings cluster, SiloEndpoint endpoint, StoreOpener store, Action<string> say, CancellationToken stop)
    {
        var builder = await ClusterMembership.HostAsync(cluster, stop);
        builder.Services.AddSingleton(store);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));
        builder.UseOrleans(silo =>
        {
            silo.UseAdoNetClustering(o => (o.Invariant, o.ConnectionString) = ClusterMembership.Table(cluster));
            ClusterMembership.Name(silo.Services, cluster);
            silo.Configure<SiloOptions>(o => o.SiloName = endpoint.Name ?? $"kabar-{endpoint.SiloPort}");
            silo.ConfigureEndpoints(IPAddress.Parse(endpoint.Host), endpoint.SiloPort, endpoint.GatewayPort);
            ClusterTiming.Configure(silo);
        });
        using var host = builder.Build();
        await host.StartAsync(stop);
        say($"silo {endpoint.Name ?? $"kabar-{endpoint.SiloPort}"} joined cluster '{cluster.ClusterId}' in {cluster.Display}: silo port {endpoint.SiloPort}, gateway port {endpoint.GatewayPort}, store {store.Location}");
        // Returns once the host has stopped: on SIGTERM or Ctrl-C (the host's console lifetime
        // catches both) or when the caller cancels; the silo leaves the membership table first.
        await host.WaitForShutdownAsync(stop);
        say("silo left the cluster");
    }
}

/// <summary>
/// Everything logs to standard error, one line each. Orleans reports every missed probe and
/// refused message as a warning while a silo comes and goes, which is normal here; its errors
/// are shown, and Kabar's own warnings (a store that could not be written).
/// </summary>
internal static class ClusterLogging
{
    public static void Configure(ILoggingBuilder logging)
    {
        logging.ClearProviders();
        logging.AddSimpleConsole(o => o.SingleLine = true);
        logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        logging.SetMinimumLevel(LogLevel.Warning);
        logging.AddFilter("Orleans", LogLevel.Error);
        logging.AddFilter("Microsoft", LogLevel.Error);
    }
}

/// <summary>
/// How fast the cluster notices a dead silo and how long a call may take. Orleans' defaults suit
/// long-lived data centres; a chunk of pages takes seconds, and a killed silo should be declared
/// dead in about ten seconds so its work is done again elsewhere.
/// </summary>
internal static class ClusterTiming
{
    public static readonly TimeSpan ResponseTimeout = TimeSpan.FromMinutes(2);

    public static void Configure(ISiloBuilder silo)
    {
        silo.Configure<ClusterMembershipOptions>(o =>
        {
            o.ProbeTimeout = TimeSpan.FromSeconds(2);
            o.NumMissedProbesLimit = 3;
            o.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(10);
        });
        silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = ResponseTimeout);
    }
}
