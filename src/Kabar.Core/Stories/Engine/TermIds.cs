namespace Kabar.Stories.Engine;

/// <summary>
/// Small integer ids for stems and entity names, so the centroids and the document frequencies the
/// similarity reads for every candidate pair are keyed by an int (a cheap hash, an array index for
/// the IDF) rather than by a string hashed on every look-up. One table for the process: ids never
/// change, so centroids of any engine compare; it holds each distinct string once, as the engines'
/// document frequencies already do. Thread-safe: engines may run at once (tests, evaluation).
/// </summary>
internal static class TermIds
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, int> Ids = new(StringComparer.Ordinal);
    private static string[] _names = new string[1024];

    /// <summary>How many ids there are: every id is below it.</summary>
    public static int Count { get; private set; }

    public static int Of(string name)
    {
        lock (Gate)
        {
            if (Ids.TryGetValue(name, out var id)) return id;
            id = Count++;
            if (id == _names.Length) Array.Resize(ref _names, id * 2);
            _names[id] = name;
            Ids.Add(name, id);
            return id;
        }
    }

    /// <summary>The id of <paramref name="name"/>, or -1 when no engine has seen it.</summary>
    public static int Find(string name)
    {
        lock (Gate) return Ids.TryGetValue(name, out var id) ? id : -1;
    }

    public static string Name(int id)
    {
        lock (Gate) return _names[id];
    }
}
