using System.CommandLine;
using Kabar.Cluster;
using Kabar.Cluster.Grains;
using Kabar.Storage;
using Npgsql;

namespace Kabar.Cli.Commands;

/// <summary>
/// `kabar cluster --db postgres://... [--silo-port N] [--gateway-port N]`: runs one silo of a Kabar
/// cluster until Ctrl-C or SIGTERM. Silos that name the same database and cluster id find each
/// other there; `kabar ingest --cluster` feeds them.
/// </summary>
internal sealed class ClusterCommand : ICliCommand
{
    public int Order => 95;

    public Command Create()
    {
        var db = StoreAccess.Db();
        var clusterId = ClusterAccess.ClusterId();
        var host = new Option<string>("--host") { Description = "The address other silos and clients reach this silo at.", DefaultValueFactory = _ => "127.0.0.1" };
        var siloPort = new Option<int>("--silo-port") { Description = "The port for silo-to-silo traffic.", DefaultValueFactory = _ => 11111 };
        var gatewayPort = new Option<int>("--gateway-port") { Description = "The port clients (kabar ingest --cluster) connect to.", DefaultValueFactory = _ => 30000 };
        var name = new Option<string?>("--name") { Description = "The silo's name in logs and in the membership table (default: kabar-SILOPORT)." };
        var command = new Command("cluster", "Run one silo of a Kabar cluster (Microsoft Orleans; membership and store in PostgreSQL) until stopped.")
        {
            db, clusterId, host, siloPort, gatewayPort, name,
        };
        command.SetAction(async (parse, cancel) =>
        {
            var location = StoreLocation.Resolve(parse.GetValue(db));
            if (ClusterAccess.Settings("cluster", location, parse.GetValue(clusterId)!) is not { } settings) return ExitCodes.UsageError;
            if (!System.Net.IPAddress.TryParse(parse.GetValue(host), out _))
            {
                Console.Error.WriteLine($"kabar cluster: --host '{parse.GetValue(host)}' is not an IP address");
                return ExitCodes.UsageError;
            }
            var endpoint = new SiloEndpoint(parse.GetValue(host)!, parse.GetValue(siloPort), parse.GetValue(gatewayPort), parse.GetValue(name));
            // The store is opened (and migrated) once here, so a wrong database fails now with a message, not in a grain later.
            try { StoreFactory.Open(location, write: true).Dispose(); }
            catch (StoreException e)
            {
                Console.Error.WriteLine($"kabar cluster: {e.Message}");
                return ExitCodes.AllFailed;
            }
            var store = new StoreOpener(StoreFactory.Display(location), () => StoreFactory.Open(location, write: true));
            try
            {
                await SiloHost.RunAsync(settings, endpoint, store, line => Console.Error.WriteLine($"kabar cluster: {line}"), cancel);
                return ExitCodes.Success;
            }
            catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or Orleans.Runtime.OrleansException or IOException)
            {
                Console.Error.WriteLine($"kabar cluster: the silo could not run: {e.Message}");
                return ExitCodes.AllFailed;
            }
        });
        return command;
    }
}
