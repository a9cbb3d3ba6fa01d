using System.Collections.Concurrent;
using System.Reflection;

namespace Kabar.Resources;

/// <summary>
/// Reads the data files embedded from <c>Resources/</c> (outlet profiles, month names, cue verbs,
/// aliases, models). Knowledge lives in these files, not in code.
/// </summary>
public static class KabarResources
{
    private static readonly Assembly Assembly = typeof(KabarResources).Assembly;
    private static readonly ConcurrentDictionary<string, string> TextCache = new();

    /// <summary>The whole text of <paramref name="path"/> (relative to Resources/, with '/' separators).</summary>
    public static string Text(string path) => TextCache.GetOrAdd(path, p =>
    {
        using var stream = Open(p);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static Stream Open(string path)
    {
        var name = "Kabar.Resources." + path.Replace('/', Path.DirectorySeparatorChar);
        return Assembly.GetManifestResourceStream(name)
            ?? Assembly.GetManifestResourceStream("Kabar.Resources." + path)
            ?? throw new FileNotFoundException($"embedded resource '{path}' is missing");
    }

    /// <summary>Non-empty lines that are not comments (<c>#</c>), trimmed.</summary>
    public static IEnumerable<string> Lines(string path) => Text(path)
        .Split('\n')
        .Select(l => l.Trim())
        .Where(l => l.Length > 0 && !l.StartsWith('#'));

    /// <summary>
    /// The rows of a tab-separated file: its non-comment lines split on tabs, each cell trimmed,
    /// rows with fewer than <paramref name="minColumns"/> cells left out. The one TSV reader every
    /// data file goes through.
    /// </summary>
    public static IEnumerable<string[]> Rows(string path, int minColumns = 1) => Lines(path)
        .Select(l => l.Split('\t').Select(c => c.Trim()).ToArray())
        .Where(r => r.Length >= minColumns);

    /// <summary>A two-column tab-separated file as a case-insensitive dictionary.</summary>
    public static IReadOnlyDictionary<string, string> Table(string path) => Rows(path, minColumns: 2)
        .GroupBy(r => r[0], StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => string.Join('\t', g.First()[1..]), StringComparer.OrdinalIgnoreCase);
}
