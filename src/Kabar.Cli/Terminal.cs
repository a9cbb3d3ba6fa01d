using Spectre.Console;

namespace Kabar.Cli;

/// <summary>
/// Where messages go: results to stdout, everything else to stderr. A progress bar is drawn on
/// stderr only when it is a terminal, so piped and CI output stays clean.
/// </summary>
internal static class Terminal
{
    public static readonly IAnsiConsole Error = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Console.Error),
    });

    public static bool ShowProgress => !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null;

    public static void Warn(string source, string message) => Console.Error.WriteLine($"{source}: {message}");

    /// <summary>Runs <paramref name="work"/> with a progress bar of <paramref name="total"/> steps when stderr is a terminal.</summary>
    public static T WithProgress<T>(string label, int total, Func<Action, T> work)
    {
        if (!ShowProgress || total < 2)
            return work(() => { });
        T result = default!;
        Error.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RateColumn("pages"), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask(Markup.Escape(label), maxValue: total);
                result = work(() => task.Increment(1));
            });
        return result;
    }
}
