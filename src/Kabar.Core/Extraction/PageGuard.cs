using Kabar.Model;

namespace Kabar.Extraction;

/// <summary>
/// Runs the work on one page so that a pathological page can only fail that page: the work gets
/// its own thread with a deep stack (deeply nested markup must not overflow it), a deadline it is
/// told about through a cancellation token, and an exception becomes a rejection with its reason.
/// Work that ignores the token is abandoned at the deadline; its thread is a background thread, so
/// it never keeps the process alive.
/// </summary>
public static class PageGuard
{
    /// <summary>Stack for page work: recursive walks over 100,000 nested elements fit in it.</summary>
    private const int StackBytes = 512 * 1024 * 1024;

    /// <summary>Time given, past the deadline, to work that watches its token to stop by itself.</summary>
    private static readonly TimeSpan Grace = TimeSpan.FromMilliseconds(250);

    public static ExtractionOutcome Run(string source, TimeSpan budget, Func<CancellationToken, ExtractionOutcome> work) =>
        Run(source, budget, work, rejected => rejected);

    /// <summary>Runs <paramref name="work"/>; when it fails or runs out of time, <paramref name="failed"/> turns the reason into a result.</summary>
    public static T Run<T>(string source, TimeSpan budget, Func<CancellationToken, T> work, Func<ExtractionOutcome.Rejected, T> failed)
    {
        using var deadline = new CancellationTokenSource(budget);
        T result = default!;
        ExtractionOutcome.Rejected? failure = null;
        var thread = new Thread(() =>
        {
            try { result = work(deadline.Token); }
            catch (OperationCanceledException) { failure = OverBudget(source, budget); }
            catch (OutOfMemoryException) { failure = new(source, "extraction ran out of memory on this page"); }
            catch (Exception e) { failure = new(source, $"extraction failed: {e.GetType().Name}: {e.Message}"); }
        }, StackBytes)
        {
            IsBackground = true,
            Name = "kabar page",
        };
        thread.Start();
        if (!thread.Join(budget + Grace)) return failed(OverBudget(source, budget));
        return failure is null ? result : failed(failure);
    }

    private static ExtractionOutcome.Rejected OverBudget(string source, TimeSpan budget) =>
        new(source, $"extraction took longer than the {budget.TotalSeconds:0.###} s budget for one page; page skipped");
}
