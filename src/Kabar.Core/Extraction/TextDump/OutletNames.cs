using System.Text.RegularExpressions;
using Kabar.Language;
using Kabar.Extraction.Metadata;

namespace Kabar.Extraction.TextDump;

/// <summary>An outlet as a page names it: its name (null when unknown) and its domain.</summary>
internal sealed record OutletMatch(string? Name, string? Domain)
{
    /// <summary>The key pages of one outlet share in a batch, for template learning.</summary>
    public string Key => (Domain ?? Name ?? "").ToLowerInvariant();
}

/// <summary>Turns names printed on a page ('KOMPAS.TV', 'Liputan6.com', 'beritaku.id') into outlets.</summary>
internal static class OutletNames
{
    private static readonly Regex Domain = new(@"^(?:https?://)?(?:www\.)?(?<host>[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,})/?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | PatternCompilation.Option);

    private static readonly Regex Url = new(@"^https?://(?<host>[^/\s?#:]+)[^\s]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | PatternCompilation.Option);

    /// <summary>A line that is one web address ('https://m.medcom.id/...'): its host, else null.</summary>
    public static string? UrlHost(string line)
    {
        var m = line.Length <= 2000 ? Url.Match(line.Trim()) : Match.Empty;
        return m.Success ? m.Groups["host"].Value : null;
    }

    /// <summary>'kontan.co.id', 'KOMPAS.TV', 'Liputan6.com': a host name, not 'D.C' or 'U.S.'.</summary>
    public static bool IsDomainLike(string token) => token.Length <= 80 && Domain.IsMatch(token.Trim());

    /// <summary>The outlet a printed name stands for: a known profile, else the domain when the name is one.</summary>
    public static OutletMatch? Resolve(string? printed)
    {
        if (string.IsNullOrWhiteSpace(printed)) return null;
        printed = printed.Trim().TrimEnd('.', ',', ':');
        var profile = OutletDirectory.FindByAlias(printed);
        if (profile is not null) return new OutletMatch(profile.Name, profile.Domains.FirstOrDefault());
        var m = Domain.Match(printed);
        if (!m.Success) return null;
        var host = m.Groups["host"].Value.ToLowerInvariant();
        return new OutletMatch(host, host);
    }

    /// <summary>True when <paramref name="printed"/> names the outlet itself (a page crediting 'Kompas TV' on Kompas TV).</summary>
    public static bool IsSelf(string printed, OutletMatch? outlet)
    {
        if (outlet is null) return false;
        var resolved = Resolve(printed);
        return resolved is not null && (resolved.Key == outlet.Key || (resolved.Name is not null && resolved.Name == outlet.Name));
    }
}
