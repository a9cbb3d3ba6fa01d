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
}
