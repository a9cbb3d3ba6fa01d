using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Kabar.Tests.Support;

/// <summary>`kabar serve` running as its own process on a loopback port; standard error is collected line by line.</summary>
public sealed class ServeProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _stderr = [];

    public HttpClient Client { get; }

    private ServeProcess(Process process, Uri address)
    {
        _process = process;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>Starts `kabar serve ARGS` and waits for its "listening on" line.</summary>
    public static async Task<ServeProcess> Start(string? workingDirectory, IDictionary<string, string>? environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kabar.dll"));
        info.ArgumentList.Add("serve");
        foreach (var a in args) info.ArgumentList.Add(a);
        if (workingDirectory is not null) info.WorkingDirectory = workingDirectory;
        info.Environment["CI"] = "true";
        foreach (var (k, v) in environment ?? new Dictionary<string, string>()) info.Environment[k] = v;
        var process = Process.Start(info)!;
        var lines = new List<string>();
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline && await process.StandardError.ReadLineAsync() is { } line)
        {
            lines.Add(line);
            if (Regex.Match(line, @"listening on (http://127\.0\.0\.1:\d+)") is { Success: true } m)
            {
                var serve = new ServeProcess(process, new Uri(m.Groups[1].Value));
                serve._stderr.AddRange(lines);
                _ = Task.Run(serve.Collect);
                return serve;
            }
        }
        process.Kill(entireProcessTree: true);
        throw new InvalidOperationException("kabar serve did not start:\n" + string.Join('\n', lines));
    }

    private async Task Collect()
    {
        while (await _process.StandardError.ReadLineAsync() is { } line)
            lock (_stderr) _stderr.Add(line);
    }

    /// <summary>The standard error lines so far, once a line matching <paramref name="until"/> is there (or after 10 s).</summary>
    public async Task<List<string>> Stderr(Func<string, bool>? until = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            lock (_stderr)
                if (until is null || _stderr.Any(until) || DateTime.UtcNow > deadline) return [.. _stderr];
            await Task.Delay(50);
        }
    }

    public Uri Address => Client.BaseAddress!;

    public void Dispose()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)])!.WaitForExit();
            if (!_process.WaitForExit(TimeSpan.FromSeconds(20))) _process.Kill(entireProcessTree: true);
        }
        _process.Dispose();
    }
}
