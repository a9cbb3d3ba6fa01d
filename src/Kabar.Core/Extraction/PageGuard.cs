using System.Collections.Concurrent;
using Kabar.Model;

namespace Kabar.Extraction;

/// <summary>
/// Runs the work on one page so that a pathological page can only fail that page: the work gets
/// a thread of its own with a deep stack (deeply nested markup must not overflow it), a deadline it
/// is told about through a cancellation token, and an exception becomes a rejection with its reason.
/// Work that ignores the token is abandoned at the deadline; its thread is a background thread, so
/// it never keeps the process alive. The deep-stack threads are kept and reused once their page is
/// done (starting one costs more than extracting a small page); an abandoned page keeps its thread
/// until it ends, and a new one is started for the next page.
/// </summary>
public static class PageGuard
{
    /// <summary>Stack for page work: recursive walks over 100,000 nested elements fit in it.</summary>
    private const int StackBytes = 512 * 1024 * 1024;

    /// <summary>Time given, past the deadline, to work that watches its token to stop by itself.</summary>
    private static readonly TimeSpan Grace = TimeSpan.FromMilliseconds(250);

    private static readonly ConcurrentStack<Worker> Idle = new();

    public static ExtractionOutcome Run(string source, TimeSpan budget, Func<CancellationToken, ExtractionOutcome> work) =>
        Run(source, budget, work, rejected => rejected);

    /// <summary>Runs <paramref name="work"/>; when it fails or runs out of time, <paramref name="failed"/> turns the reason into a result.</summary>
    public static T Run<T>(string source, TimeSpan budget, Func<CancellationToken, T> work, Func<ExtractionOutcome.Rejected, T> failed)
    {
        using var deadline = new CancellationTokenSource(budget);
        T result = default!;
        ExtractionOutcome.Rejected? failure = null;
        var job = new Job(() =>
        {
            try { result = work(deadline.Token); }
            catch (OperationCanceledException) { failure = OverBudget(source, budget); }
            catch (OutOfMemoryException) { failure = new(source, "extraction ran out of memory on this page"); }
            catch (Exception e) { failure = new(source, $"extraction failed: {e.GetType().Name}: {e.Message}"); }
        });
        if (!Idle.TryPop(out var worker)) worker = Worker.Start();
        worker.Post(job);
        if (!job.Wait(budget + Grace)) return failed(OverBudget(source, budget));
        return failure is null ? result : failed(failure);
    }

    private static ExtractionOutcome.Rejected OverBudget(string source, TimeSpan budget) =>
        new(source, $"extraction took longer than the {budget.TotalSeconds:0.###} s budget for one page; page skipped");

    /// <summary>One page's work and whether it has finished.</summary>
    private sealed class Job(Action work)
    {
        private readonly object _gate = new();
        private bool _done;

        public void Run()
        {
            work();
            lock (_gate)
            {
                _done = true;
                Monitor.PulseAll(_gate);
            }
        }

        public bool Wait(TimeSpan timeout)
        {
            var until = DateTime.UtcNow + timeout;
            lock (_gate)
            {
                while (!_done)
                {
                    var left = until - DateTime.UtcNow;
                    if (left <= TimeSpan.Zero) return false;
                    Monitor.Wait(_gate, left);
                }
                return true;
            }
        }
    }

    /// <summary>A deep-stack background thread that runs one job at a time and then offers itself again.</summary>
    private sealed class Worker
    {
        private readonly SemaphoreSlim _posted = new(0);
        private Job? _job;

        public static Worker Start()
        {
            var worker = new Worker();
            new Thread(worker.Loop, StackBytes) { IsBackground = true, Name = "kabar page" }.Start();
            return worker;
        }

        public void Post(Job job)
        {
            _job = job;
            _posted.Release();
        }

        private void Loop()
        {
            while (true)
            {
                _posted.Wait();
                var job = _job!;
                _job = null;
                job.Run();
                Idle.Push(this);
            }
        }
    }
}
