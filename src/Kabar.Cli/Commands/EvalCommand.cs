using System.CommandLine;

namespace Kabar.Cli.Commands;

/// <summary>`kabar eval ...`: score Kabar against benchmark data; each benchmark is its own subcommand.</summary>
internal sealed class EvalCommand : ICliCommand
{
    public int Order => 900;
    public Command Create() => new("eval", "Score Kabar against a benchmark (extract, ner, clusters, times, summaries).");
}
