using System.CommandLine;

namespace Kabar.Cli;

/// <summary>Arguments and options that several commands share, so they read the same everywhere.</summary>
internal static class CommonOptions
{
    public static Argument<string[]> Paths() => new("paths")
    {
        Description = "Files and folders to read (folders recursively).",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<bool> Json() => new("--json")
    {
        Description = "Print machine-readable JSON (JSON Lines for per-article output).",
    };

    /// <summary>`--map role=field,...`: where a crawler's JSON Lines export keeps each part of a page.</summary>
    public static Option<string?> Map() => new("--map")
    {
        Description = "For JSON Lines exports whose field names differ: ROLE=FIELD pairs, comma-separated (roles: url, html, text, title, published, fetched, authors).",
    };

    /// <summary>`--setting NAME=VALUE`: another value for one of the story engine's numeric knobs, for measuring one without a rebuild.</summary>
    public static Option<string[]> Settings() => new("--setting")
    {
        Description = $"Another value for one of the story engine's knobs, NAME=VALUE (repeatable): {string.Join(", ", Kabar.Stories.SettingOverrides.Knobs.Select(k => k.Name))}.",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>The engine's settings with `--setting` applied; null and a message on stderr when one names no knob or no number.</summary>
    public static Kabar.Stories.ClusteringSettings? Clustering(Kabar.Stories.ClusteringSettings settings, string[]? overrides, string command)
    {
        if (overrides is not { Length: > 0 }) return settings;
        if (Kabar.Stories.SettingOverrides.Apply(settings, overrides, out var error) is { } changed) return changed;
        Console.Error.WriteLine($"kabar {command}: {error}");
        return null;
    }

    /// <summary>Reader options from `--map`; null and a message on stderr when the map is malformed.</summary>
    public static Kabar.Readers.ReaderOptions? Reading(string? map, string command)
    {
        try { return new Kabar.Readers.ReaderOptions(Kabar.Readers.JsonLinesReader.DefaultFields.With(map)); }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"kabar {command}: {e.Message}");
            return null;
        }
    }
}
