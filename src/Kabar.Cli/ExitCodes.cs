namespace Kabar.Cli;

/// <summary>Exit codes shared by every command.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    /// <summary>Every input failed (or there was nothing to do that could succeed).</summary>
    public const int AllFailed = 1;
    public const int UsageError = 2;

    /// <summary>Success unless every input was rejected.</summary>
    public static int For(IReadOnlyList<Kabar.Model.ExtractionOutcome> outcomes) =>
        outcomes.All(o => o is Kabar.Model.ExtractionOutcome.Rejected) ? AllFailed : Success;
}
