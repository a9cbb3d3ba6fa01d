namespace Kabar.Web.Tests.Support;

/// <summary>Where the repository's files are, found from the test's output folder.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();
    public static string Samples => Path.Combine(Root, "samples");

    /// <summary>Where tests leave screenshots for people to look at: tests/Kabar.Web.Tests/bin/screenshots.</summary>
    public static string Screenshots => Directory.CreateDirectory(Path.Combine(Root, "tests", "Kabar.Web.Tests", "bin", "screenshots")).FullName;

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Kabar.slnx")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("cannot find the repository root (Kabar.slnx)");
    }
}
