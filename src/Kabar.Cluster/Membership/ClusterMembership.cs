using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

namespace Kabar.Cluster.Membership;

/// <summary>
/// What a silo and a client of one cluster share: the host they start from (membership tables
/// made, logging on standard error), where Orleans finds the membership (the ADO.NET provider on
/// the store's database) and the cluster's name. Each side adds only what is its own.
/// </summary>
internal static class ClusterMembership
{
    /// <summary>A host builder for either side, once the membership tables are there.</summary>
    public static async Task<HostApplicationBuilder> HostAsync(ClusterSettings cluster, CancellationToken cancel)
    {
        await MembershipTables.EnsureAsync(cluster.Database, cancel);
        var builder = Host.CreateApplicationBuilder();
        ClusterLogging.Configure(builder.Logging);
        return builder;
    }

    /// <summary>The membership table's provider and connection string, for the silo's or the client's ADO.NET clustering options.</summary>
    public static (string Invariant, string ConnectionString) Table(ClusterSettings cluster) =>
        (MembershipTables.Invariant, MembershipTables.ConnectionString(cluster.Database));

    /// <summary>Names the cluster and the service, so silos and clients that name the same meet.</summary>
    public static void Name(IServiceCollection services, ClusterSettings cluster) =>
        services.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = cluster.ClusterId;
            o.ServiceId = ClusterSettings.ServiceId;
        });
}
