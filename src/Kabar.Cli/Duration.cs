using System.Globalization;
using System.Text.RegularExpressions;

namespace Kabar.Cli;

/// <summary>Reads durations as people type them on a command line: 500ms, 30s, 10m, 1h, 1h30m.</summary>
internal static partial class Duration
{
    [GeneratedRegex(@"^(?:(?<n>\d+(?:\.\d+)?)(?<u>ms|s|m|h|d))+$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static bool TryParse(string? text, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        var m = Pattern().Match(text?.Trim().ToLowerInvariant() ?? "");
        if (!m.Success) return false;
        for (var i = 0; i < m.Groups["n"].Captures.Count; i++)
        {
            var n = double.Parse(m.Groups["n"].Captures[i].Value, CultureInfo.InvariantCulture);
            value += m.Groups["u"].Captures[i].Value switch
            {
                "ms" => TimeSpan.FromMilliseconds(n),
                "s" => TimeSpan.FromSeconds(n),
                "m" => TimeSpan.FromMinutes(n),
                "h" => TimeSpan.FromHours(n),
                _ => TimeSpan.FromDays(n),
            };
        }
        return value > TimeSpan.Zero;
    }
}
