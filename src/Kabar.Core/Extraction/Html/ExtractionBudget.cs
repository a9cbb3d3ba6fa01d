using System.Diagnostics;

namespace Kabar.Extraction.Html;

/// <summary>
/// The time one page may take. Long loops call <see cref="Check"/>; past the budget it throws
/// <see cref="ExtractionBudgetExceeded"/>, which the extractor turns into a rejection that says so.
/// </summary>
internal sealed class ExtractionBudget(TimeSpan limit)
{
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(20);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _calls;

    public TimeSpan Limit => limit;

    /// <summary>Cheap enough for inner loops: reads the clock once every 256 calls.</summary>
    public void Check()
    {
        if ((++_calls & 0xFF) == 0 && _clock.Elapsed > limit)
            throw new ExtractionBudgetExceeded(limit);
    }
}

internal sealed class ExtractionBudgetExceeded(TimeSpan limit)
    : Exception($"extraction took longer than the {limit.TotalSeconds:0} s budget for one page");
