using System.CommandLine;

namespace Kabar.Cli;

/// <summary>
/// One `kabar` subcommand. Each lives in its own file under Commands/ and is found by
/// <see cref="CommandCatalog"/>, so adding a command never means editing a central list.
/// </summary>
internal interface ICliCommand
{
    /// <summary>Where the command stands in `kabar --help` (lower first).</summary>
    int Order { get; }
    /// <summary>The group command this one belongs under ('eval', 'train'), or null for a top-level command.</summary>
    string? Parent => null;
    Command Create();
}
