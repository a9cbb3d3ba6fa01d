using System.CommandLine;
using Kabar.Cluster;
using Kabar.Storage;
using Kabar.Storage.Postgres;

namespace Kabar.Cli;

/// <summary>How `kabar cluster` and `kabar ingest --cluster` name a cluster: the PostgreSQL database of --db (or KABAR_DB) and a cluster id.</summary>
internal static class ClusterAccess
{
    public static Option<string> ClusterId() => new("--cluster-id")
    {
        Description = "The cluster's name: silos and clients with the same database and name form one cluster.",
        DefaultValueFactory = _ => ClusterSettings.DefaultClusterId,
    };

    /// <summary>The cluster settings for a store location, or null and a message when the location is not PostgreSQL.</summary>
    public static ClusterSettings? Settings(string command, string location, string clusterId)
    {
        if (!StoreFactory.IsPostgres(location))
        {
            Console.Error.WriteLine($"kabar {command}: a cluster keeps its membership and its store in PostgreSQL; give --db postgres://user:password@host:port/database (or set ${StoreLocation.EnvironmentVariable}); '{location}' is not one");
            return null;
        }
        try
        {
            var parsed = PostgresLocation.Parse(location);
            return new ClusterSettings(parsed.ConnectionString, parsed.Display, clusterId);
        }
        catch (StoreException e)
        {
            Console.Error.WriteLine($"kabar {command}: {e.Message}");
            return null;
        }
    }
}
