namespace Kabar.Annotation.Entities.Tagging;

/// <summary>
/// FNV-1a over characters, so a word's features hash without building strings. The hash picks a
/// row of the tagger's compact weight table.
/// </summary>
internal static class FeatureHash
{
    private const uint Offset = 2166136261;
    private const uint Prime = 16777619;

    public static uint Start(int template) => (Offset ^ (uint)template) * Prime;

    public static uint Add(uint hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text) hash = Add(hash, c);
        return hash;
    }

    public static uint Add(uint hash, char c)
    {
        hash = (hash ^ (c & 0xFFu)) * Prime;
        return (hash ^ ((uint)c >> 8)) * Prime;
    }

    /// <summary>Spreads the bits before masking to a table size (FNV's low bits are weak).</summary>
    public static int Bucket(uint hash, int mask)
    {
        hash ^= hash >> 15;
        hash *= 0x2C1B3C6Du;
        hash ^= hash >> 12;
        return (int)(hash & (uint)mask);
    }
}
