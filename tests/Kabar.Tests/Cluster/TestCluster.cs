using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Kabar.Tests.Storage;
using Kabar.Tests.Support;

namespace Kabar.Tests.Cluster;

/// <summary>
/// A Kabar cluster for one test: silos as separate `kabar cluster` processes on loopback, with a
/// cluster id of their own, over a PostgreSQL database of its own. Silos can be killed (SIGKILL,
/// as a crash) and are stopped with SIGTERM at the end.
/// </summary>
public sealed class TestCluster : IDisposable
{
    private readonly List<Silo> _silos = [];

    public TestStore Store { get; }
    public string ClusterId { get; } = "test-" + Guid.NewGuid().ToString("N")[..12];

    public TestCluster(int silos, TestStore? store = null)
    {
        Store = store ?? new TestStore(StoreKind.Postgres);
        try
        {
            for (var i = 0; i < silos; i++) _silos.Add(Silo.Start(Store.Location, ClusterId, i + 1));
            foreach (var silo in _silos) silo.WaitUntilJoined(TimeSpan.FromSeconds(120));
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public IReadOnlyList<Silo> Silos => _silos;

    /// <summary>`kabar ingest --cluster` of <paramref name="paths"/>, as a separate process.</summary>
    public KabarProcess.Result Ingest(params string[] paths) =>
        KabarProcess.Run(["ingest", .. paths, "--cluster", "--db", Store.Location, "--cluster-id", ClusterId, "--json"]);

    /// <summary>Starts the same ingest without waiting for it.</summary>
    public Task<KabarProcess.Result> IngestAsync(params string[] paths) => Task.Run(() => Ingest(paths));

    public void Dispose()
    {
        foreach (var silo in _silos) silo.Terminate();
        foreach (var silo in _silos) silo.Dispose();
        Store.Dispose();
    }

    /// <summary>One `kabar cluster` process.</summary>
    public sealed class Silo : IDisposable
    {
        private readonly Process _process;
        private readonly StringBuilder _log = new();
        private readonly TaskCompletionSource _joined = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Name { get; }

        private Silo(Process process, string name)
        {
            _process = process;
            Name = name;
        }

        public static Silo Start(string db, string clusterId, int number)
        {
            var name = $"silo{number}";
            var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
            info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kabar.dll"));
            foreach (var a in new[] { "cluster", "--db", db, "--cluster-id", clusterId, "--name", name,
                                      "--silo-port", FreePort().ToString(), "--gateway-port", FreePort().ToString() })
                info.ArgumentList.Add(a);
            info.Environment["CI"] = "true";
            var silo = new Silo(Process.Start(info)!, name);
            silo._process.StandardInput.Close();
            silo._process.ErrorDataReceived += (_, e) => silo.Heard(e.Data);
            silo._process.OutputDataReceived += (_, e) => silo.Heard(e.Data);
            silo._process.BeginErrorReadLine();
            silo._process.BeginOutputReadLine();
            return silo;
        }

        private void Heard(string? line)
        {
            if (line is null) return;
            lock (_log) _log.AppendLine(line);
            if (line.Contains("joined cluster", StringComparison.Ordinal)) _joined.TrySetResult();
        }

        public string Log { get { lock (_log) return _log.ToString(); } }

        public void WaitUntilJoined(TimeSpan timeout)
        {
            if (Task.WhenAny(_joined.Task, Task.Delay(timeout)).Result != _joined.Task || _process.HasExited)
                throw new TimeoutException($"{Name} did not join the cluster in {timeout.TotalSeconds:0} s; exit {(_process.HasExited ? _process.ExitCode : "-")}; log:\n{Log}");
        }

        /// <summary>A crash: SIGKILL, no goodbye to the cluster.</summary>
        public void Kill()
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        /// <summary>A clean stop (SIGTERM), then a kill if it does not leave in 30 s.</summary>
        public void Terminate()
        {
            if (_process.HasExited) return;
            using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString()])) kill.WaitForExit();
            if (!_process.WaitForExit(30_000)) Kill();
        }

        public bool HasExited => _process.HasExited;

        public void Dispose() => _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
