using System.CommandLine;

namespace Kabar.Cli;

/// <summary>
/// Finds every <see cref="ICliCommand"/> in this assembly and assembles the command tree: a command
/// with a <see cref="ICliCommand.Parent"/> goes under the group of that name ('kabar eval ner').
/// </summary>
internal static class CommandCatalog
{
    public static IEnumerable<ICliCommand> All() => typeof(CommandCatalog).Assembly.GetTypes()
        .Where(t => typeof(ICliCommand).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
        .Select(t => (ICliCommand)Activator.CreateInstance(t)!)
        .OrderBy(c => c.Order);

    public static void AddTo(RootCommand root)
    {
        var all = All().ToList();
        var top = all.Where(c => c.Parent is null).Select(c => c.Create()).ToList();
        foreach (var child in all.Where(c => c.Parent is not null))
        {
            var parent = top.FirstOrDefault(c => c.Name == child.Parent)
                ?? throw new InvalidOperationException($"command group '{child.Parent}' does not exist");
            parent.Subcommands.Add(child.Create());
        }
        foreach (var command in top) root.Subcommands.Add(command);
    }
}
