using Kabar.Extraction;

namespace Kabar.Tests.Extraction;

/// <summary>
/// How much a command's inputs hold, which decides whether its patterns are compiled
/// (Language.PatternCompilation): files count by their size, folders by every file under them,
/// and a path that is not there counts nothing instead of failing the command.
/// </summary>
public sealed class InputSizeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kabar-input-size-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Counts_files_folders_recursively_and_nothing_for_missing_paths()
    {
        var nested = Directory.CreateDirectory(Path.Combine(_dir, "pages", "2026")).FullName;
        File.WriteAllBytes(Path.Combine(_dir, "pages", "a.txt"), new byte[300]);
        File.WriteAllBytes(Path.Combine(nested, "b.html"), new byte[1_200]);
        var single = Path.Combine(_dir, "single.warc");
        File.WriteAllBytes(single, new byte[50]);

        Assert.Equal(1_500, ExtractionRun.CountBytes([Path.Combine(_dir, "pages")]));
        Assert.Equal(1_550, ExtractionRun.CountBytes([Path.Combine(_dir, "pages"), single]));
        Assert.Equal(50, ExtractionRun.CountBytes([single, Path.Combine(_dir, "missing.txt")]));
    }
}
