using System.CommandLine;

namespace Kabar.Cli.Commands;

/// <summary>`kabar train ...`: rebuild a model file from training data; each model is its own subcommand.</summary>
internal sealed class TrainCommand : ICliCommand
{
    public int Order => 910;
    public Command Create() => new("train", "Rebuild one of Kabar's model files from training data.");
}
