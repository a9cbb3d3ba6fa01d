using System.Text.Json;
using Kabar.Resources;

namespace Kabar.Extraction.Metadata;

/// <summary>One outlet's profile, from Resources/Extraction/outlets.json.</summary>
public sealed record OutletProfile(string Name, IReadOnlyList<string> Domains, IReadOnlyList<string> Aliases);

/// <summary>The outlets Kabar knows by name; an outlet it does not know still gets its domain from the page.</summary>
public static class OutletDirectory
{
    public static readonly IReadOnlyList<OutletProfile> All = Load();

    private static IReadOnlyList<OutletProfile> Load() =>
        JsonSerializer.Deserialize<List<OutletProfile>>(KabarResources.Text("Extraction/outlets.json"),
            new JsonSerializerOptions { PropertyNameCaseInsensitive = true }) ?? [];

    /// <summary>The profile whose domain is <paramref name="host"/> or a parent of it (m.medcom.id → medcom.id).</summary>
    public static OutletProfile? FindByHost(string? host)
    {
        if (string.IsNullOrWhiteSpace(host)) return null;
        host = host.Trim().TrimEnd('.').ToLowerInvariant();
        if (host.StartsWith("www.")) host = host[4..];
        return All.FirstOrDefault(o => o.Domains.Any(d => host == d || host.EndsWith("." + d)));
    }

    /// <summary>
    /// The profile that <paramref name="printed"/> names, as a page prints it in a dateline, a
    /// byline or a credit ('KOMPAS.TV', 'Kompas TV', 'KompasTV'): compared by letters and digits only.
    /// </summary>
    public static OutletProfile? FindByAlias(string? printed)
    {
        if (string.IsNullOrWhiteSpace(printed)) return null;
        var key = Squash(printed);
        return key.Length == 0 ? null : ByAlias.GetValueOrDefault(key) ?? FindByHost(printed.Contains('.') && !printed.Contains(' ') ? printed : null);
    }

    private static readonly IReadOnlyDictionary<string, OutletProfile> ByAlias = All
        .SelectMany(o => o.Aliases.Append(o.Name).Concat(o.Domains).Select(a => (Key: Squash(a), Outlet: o)))
        .Where(p => p.Key.Length > 2)
        .GroupBy(p => p.Key)
        .ToDictionary(g => g.Key, g => g.First().Outlet);

    private static string Squash(string s) => new(s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
