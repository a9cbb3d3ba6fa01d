using System.Collections.Frozen;
using System.Text.Json;

namespace Kabar.Extraction.TextDump;

/// <summary>
/// The lines that were shown to be an outlet's template: seen on many pages of that outlet. Decided
/// by <see cref="TemplateCounts.Decide"/> before any page of a run is extracted, immutable, shared
/// by every page.
/// </summary>
public sealed class TemplateLines
{
    public static readonly TemplateLines None = new(FrozenDictionary<string, FrozenSet<string>>.Empty);

    private readonly FrozenDictionary<string, FrozenSet<string>> _byOutlet;

    internal TemplateLines(FrozenDictionary<string, FrozenSet<string>> byOutlet) => _byOutlet = byOutlet;

    public int Count => _byOutlet.Values.Sum(s => s.Count);

    /// <summary>The lines as JSON (<c>{"outlet": ["line", ...]}</c>), for sending them to another process (a cluster's silos).</summary>
    public string ToJson() => JsonSerializer.Serialize(_byOutlet.ToDictionary(o => o.Key, o => o.Value.Order(StringComparer.Ordinal).ToArray()));

    public static TemplateLines FromJson(string json) => new((JsonSerializer.Deserialize<Dictionary<string, string[]>>(json) ?? [])
        .ToFrozenDictionary(o => o.Key, o => o.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal));

    public bool Contains(string outletKey, string line) =>
        _byOutlet.TryGetValue(outletKey, out var lines) && lines.Contains(Normalize(line));

    /// <summary>True when <paramref name="name"/> stood in <paramref name="position"/> of enough of the outlet's leads to be the name it signs with.</summary>
    internal bool IsLeadOutlet(string outletKey, string name, LeadPosition position) => Contains(outletKey, LeadOutletLine.Of(name, position));

    /// <summary>Case, digits and spacing folded, so 'Senin, 3 Januari' and 'Selasa, 4 Januari' templates still meet.</summary>
    internal static string Normalize(string line)
    {
        var chars = new char[Math.Min(line.Length, TemplateCounts.MaxLineChars)];
        var n = 0;
        var space = false;
        foreach (var c in line.AsSpan(0, chars.Length))
        {
            if (char.IsWhiteSpace(c)) { space = n > 0; continue; }
            if (space) { chars[n++] = ' '; space = false; }
            chars[n++] = char.IsDigit(c) ? '0' : char.ToLowerInvariant(c);
        }
        return new string(chars, 0, n);
    }
}
