namespace Kabar.Cluster;

/// <summary>
/// Where a cluster's membership lives and what it is called. Silos and clients that name the same
/// database and <see cref="ClusterId"/> form one cluster.
/// </summary>
/// <param name="Database">An Npgsql connection string to the PostgreSQL database that holds the membership (and, for silos, the store).</param>
/// <param name="Display">How the database is named in messages (never with its password).</param>
public sealed record ClusterSettings(string Database, string Display, string ClusterId = ClusterSettings.DefaultClusterId)
{
    public const string DefaultClusterId = "kabar";
    public const string ServiceId = "kabar";
}

/// <summary>Where one silo listens: silo-to-silo traffic on <see cref="SiloPort"/>, clients on <see cref="GatewayPort"/>.</summary>
public sealed record SiloEndpoint(string Host = "127.0.0.1", int SiloPort = 11111, int GatewayPort = 30000, string? Name = null);
