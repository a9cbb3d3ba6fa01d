using System.Diagnostics;

namespace Kabar.Tests.Support;

/// <summary>Pages written by the benchmark generator (bench/generator): outlets' boilerplate, text dumps and HTML, gold events and stories.</summary>
public static class GeneratedCorpus
{
    /// <summary>Writes <paramref name="articles"/> pages into <paramref name="folder"/> and returns its pages folder.</summary>
    public static string Write(string folder, int articles, int seed)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "run", "--project", Path.Combine(Repo.Root, "bench", "generator"), "-c", "Release", "--",
                                  "--articles", articles.ToString(), "--seed", seed.ToString(), "--out", folder })
            info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)) || process.ExitCode != 0)
            throw new InvalidOperationException($"the corpus generator failed: {stderr.Result}");
        return Path.Combine(folder, "pages");
    }
}
