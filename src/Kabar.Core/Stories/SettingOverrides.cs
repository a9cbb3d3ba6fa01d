using System.Globalization;
using System.Reflection;

namespace Kabar.Stories;

/// <summary>
/// Other values for the engine's numeric knobs, given as <c>NAME=VALUE</c> (`kabar eval clusters
/// --setting EventDayWindow=3`): how a knob's held-out effect is measured without a rebuild.
/// </summary>
public static class SettingOverrides
{
    /// <summary>The knobs that take a number: the int and double properties of <see cref="ClusteringSettings"/>.</summary>
    public static IReadOnlyList<PropertyInfo> Knobs { get; } = typeof(ClusteringSettings).GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanWrite && (p.PropertyType == typeof(int) || p.PropertyType == typeof(double)))
        .OrderBy(p => p.Name, StringComparer.Ordinal).ToList();

    /// <summary>The settings with each override applied, or null and the reason (naming the override) when one cannot be.</summary>
    public static ClusteringSettings? Apply(ClusteringSettings settings, IEnumerable<string> overrides, out string? error)
    {
        error = null;
        var result = settings with { };
        foreach (var item in overrides)
        {
            var eq = item.IndexOf('=');
            var name = eq < 0 ? item : item[..eq];
            var knob = Knobs.FirstOrDefault(k => string.Equals(k.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
            if (eq < 0 || knob is null)
            {
                error = $"--setting '{item}': expected NAME=VALUE with NAME one of {string.Join(", ", Knobs.Select(k => k.Name))}";
                return null;
            }
            var text = item[(eq + 1)..].Trim();
            object? value = knob.PropertyType == typeof(int)
                ? int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : null
                : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
            if (value is null)
            {
                error = $"--setting '{item}': {knob.Name} takes {(knob.PropertyType == typeof(int) ? "a whole number" : "a number")}";
                return null;
            }
            knob.SetValue(result, value);
        }
        return result;
    }
}
