using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kabar.Tests.Storage;
using Kabar.Tests.Support;

namespace Kabar.Tests.Web;

/// <summary>`kabar serve` as a person starts it: the real program, its messages and exit codes.</summary>
public class ServeCommandTests
{
    [Fact]
    public void A_missing_store_is_named_with_what_to_do()
    {
        using var temp = new TempFolder();
        var r = KabarProcess.RunIn(temp.Path, null, "serve", "--db", "nothing-here.db");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("nothing-here.db", r.Stderr);
        Assert.Contains("kabar ingest", r.Stderr);
        Assert.False(File.Exists(Path.Combine(temp.Path, "nothing-here.db")), "serve must not create a store");
    }

    [Theory]
    [InlineData("--urls", "ftp://127.0.0.1:21")]
    [InlineData("--urls", "not a url")]
    public void Bad_addresses_are_usage_errors(string option, string value)
    {
        var r = KabarProcess.Run("serve", "--load", Repo.Samples, option, value);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--urls", r.Stderr);
    }

    [Fact]
    public void A_file_that_is_not_a_kabar_store_is_refused_with_a_message()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "notes.db");
        File.WriteAllText(path, "these are not the tables you are looking for");
        var r = KabarProcess.RunIn(temp.Path, null, "serve", "--db", path);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("notes.db", r.Stderr);
    }

    [Fact]
    public async Task Serve_loads_pages_listens_on_loopback_and_stops_on_sigterm()
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "kabar.dll"), "serve", "--load", Repo.Samples, "--urls", "http://127.0.0.1:0" })
            info.ArgumentList.Add(a);
        info.Environment["CI"] = "true";
        using var process = Process.Start(info)!;
        try
        {
            string? address = null;
            var deadline = DateTime.UtcNow.AddMinutes(3);
            while (address is null && DateTime.UtcNow < deadline && await process.StandardError.ReadLineAsync() is { } line)
                address = Regex.Match(line, @"listening on (http://127\.0\.0\.1:\d+)") is { Success: true } m ? m.Groups[1].Value : null;
            Assert.NotNull(address);

            using var client = new HttpClient { BaseAddress = new Uri(address) };
            var stories = JsonDocument.Parse(await client.GetStringAsync("/api/stories")).RootElement.GetProperty("stories");
            Assert.True(stories.GetArrayLength() >= 1);
            var page = await client.GetStringAsync("/");
            Assert.Contains("<html lang=\"id\">", page);
        }
        finally
        {
            // SIGTERM: the server must stop by itself.
            Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
            if (!process.WaitForExit(TimeSpan.FromSeconds(20)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("kabar serve did not stop on SIGTERM");
            }
        }
        Assert.Equal(0, process.ExitCode);
    }
}
