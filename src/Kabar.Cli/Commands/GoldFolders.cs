using Kabar.Evaluation.Clusters;

namespace Kabar.Cli.Commands;

/// <summary>
/// The folders a `kabar train clusters|stories` command fits on, each read once through `kabar
/// brief`'s pipeline: the benchmark and what the pipeline stored of it.
/// </summary>
internal static class GoldFolders
{
    /// <summary>Each folder and its run, or null after saying on stderr which folder cannot be used and why.</summary>
    public static List<(string Dir, ClusterBenchmark.Folder Folder, ClusterBenchmark.Run Run)>? Read(IEnumerable<string> dirs, bool needStories)
    {
        var read = new List<(string, ClusterBenchmark.Folder, ClusterBenchmark.Run)>();
        foreach (var dir in dirs)
        {
            var folder = ClusterBenchmark.Load(dir, out var error);
            if (folder is null) { Console.Error.WriteLine(error); return null; }
            if (needStories && folder.GoldStories is null) { Console.Error.WriteLine($"{dir}: no stories.json: nothing to fit stories on"); return null; }
            var run = Terminal.WithProgress("reading " + Name(dir), folder.Pages.Count,
                tick => ClusterBenchmark.Ingest([folder.PagesFolder], onPageDone: tick));
            read.Add((dir, folder, run));
        }
        return read;
    }

    /// <summary>A folder's own name, as the model files' provenance lines give it.</summary>
    public static string Name(string dir) => Path.GetFileName(Path.GetFullPath(dir).TrimEnd(Path.DirectorySeparatorChar));
}
