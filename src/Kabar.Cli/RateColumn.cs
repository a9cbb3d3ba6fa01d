using Spectre.Console;
using Spectre.Console.Rendering;

namespace Kabar.Cli;

/// <summary>A progress column with how many steps (pages, articles) a second the task is doing now.</summary>
internal sealed class RateColumn(string unit) : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
        new Markup(task.Speed is { } speed ? $"[dim]{speed,6:0}[/] {Markup.Escape(unit)}/s" : $"[dim]     -[/] {Markup.Escape(unit)}/s");
}
