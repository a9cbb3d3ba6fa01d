using System.Globalization;

namespace Kabar.Cli.Commands;

/// <summary>A candidate's named features as `--misses` prints them: the flags that are on, and the values of the others.</summary>
internal static class CandidateFeatures
{
    public static string Show(IReadOnlyDictionary<string, double> features) => string.Join(' ', features.Where(f => f.Value != 0)
        .Select(f => f.Value == 1 ? f.Key : string.Create(CultureInfo.InvariantCulture, $"{f.Key}={f.Value:0.##}")));
}
