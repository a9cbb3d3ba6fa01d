using System.Reflection;

namespace Kabar.Cli;

/// <summary>Finds every <see cref="ICliCommand"/> in this assembly, in their help order.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<ICliCommand> All() => typeof(CommandCatalog).Assembly.GetTypes()
        .Where(t => typeof(ICliCommand).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
        .Select(t => (ICliCommand)Activator.CreateInstance(t)!)
        .OrderBy(c => c.Order);
}
