using System.Diagnostics;
using Kabar.Extraction.TextDump;
using Kabar.Readers;

namespace Kabar.Ingestion;

/// <summary>
/// The first two stages of an ingest run, each on a thread of its own, joined by bounded queues
/// (<see cref="MeteredQueue{T}"/>) to the committer, which takes the chunks on the caller's thread:
/// read (pages, their hashes, the duplicates: <see cref="ReadChunks"/>) → extract and annotate
/// (<see cref="ChunkStages"/>, all cores) → commit. Each stage handles one chunk at a time, in input
/// order, so chunks reach the committer in the order they were read. The small queues keep memory
/// bounded and let a fast stage run ahead of a slow one by no more than their capacity.
/// </summary>
internal sealed class ChunkFlow : IDisposable
{
    /// <summary>Chunks each queue holds: enough to cover one stage's hiccup, few enough to bound memory.</summary>
    public const int QueueCapacity = 2;

    /// <summary>A chunk ready to commit, with the notes of its reading.</summary>
    public sealed record Staged(ReadChunks.Chunk Read, List<ChunkCommitter.Page> Pages);

    private readonly CancellationTokenSource _stop = new();
    private readonly MeteredQueue<ReadChunks.Chunk> _read;
    private readonly MeteredQueue<Staged> _staged;
    private readonly Task _reader, _stages;
    private long _readerWaitedForStore;

    /// <param name="storeGate">Held by the committer while it commits: the reader takes it to ask the store what it holds, as the store has one connection.</param>
    public ChunkFlow(IEnumerable<ReadOutcome> pages, int chunkSize, Storage.IKabarStore store, object storeGate, TemplateLines template, IngestReport report)
    {
        _read = new MeteredQueue<ReadChunks.Chunk>("read", "extract-annotate", QueueCapacity, _stop.Token);
        _staged = new MeteredQueue<Staged>("extract-annotate", "commit", QueueCapacity, _stop.Token);
        var chunks = ReadChunks.Of(pages, chunkSize, hash => IsStored(store, storeGate, hash));
        _reader = Run(() => Read(chunks, report), _read);
        _stages = Run(() => Stage(template, report), _staged);
    }

    /// <summary>The committer's input: the next chunk in input order, false when every chunk was taken.</summary>
    /// <exception cref="Storage.StoreException">Reading asked the store and it failed: the run stops here.</exception>
    public bool TryTake(out Staged chunk) => _staged.TryTake(out chunk);

    /// <summary>The queues' depths and waits, and how long reading waited for a commit to release the store.</summary>
    public (IReadOnlyList<QueueStats> Queues, TimeSpan ReaderWaitedForStore) Stats() =>
        ([_read.Stats(), _staged.Stats()], Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _readerWaitedForStore)));

    /// <summary>Stops both stages where they wait and waits for them (a chunk being extracted is finished first), so no work outlives the run.</summary>
    public void Dispose()
    {
        _stop.Cancel();
        try { Task.WaitAll(_reader, _stages); }
        catch (AggregateException) { /* their failures went down the queue to the committer */ }
        _stop.Dispose();
    }

    private void Read(IEnumerable<ReadChunks.Chunk> chunks, IngestReport report)
    {
        using var next = chunks.GetEnumerator();
        while (true)
        {
            bool more;
            using (report.Time("read")) more = next.MoveNext();
            if (!more) return;
            _read.Put(next.Current);
        }
    }

    private void Stage(TemplateLines template, IngestReport report)
    {
        while (_read.TryTake(out var chunk))
        {
            List<ChunkCommitter.Page> pages;
            using (report.Time("extract-annotate")) pages = Prepared(chunk.Fresh, template);
            _staged.Put(new Staged(chunk, pages));
        }
    }

    /// <summary>Extraction, annotation and features of one chunk: the pages ready to commit.</summary>
    private static List<ChunkCommitter.Page> Prepared(List<(Model.RawDocument Document, string Hash)> fresh, TemplateLines template)
    {
        if (fresh.Count == 0) return [];
        var results = ChunkStages.FromRaw(fresh.Select(f => f.Document).ToList(), template);
        return fresh.Select((f, i) => new ChunkCommitter.Page(f.Document, f.Hash, results[i])).ToList();
    }

    private bool IsStored(Storage.IKabarStore store, object gate, string hash)
    {
        if (!Monitor.TryEnter(gate))
        {
            var started = Stopwatch.GetTimestamp();
            Monitor.Enter(gate);
            Interlocked.Add(ref _readerWaitedForStore, Stopwatch.GetTimestamp() - started);
        }
        try { return store.ContainsContent(hash); }
        finally { Monitor.Exit(gate); }
    }

    /// <summary>Runs a stage on a thread of its own; when it ends, its output queue is completed, with its failure if it failed (a stop is no failure).</summary>
    private Task Run<T>(Action stage, MeteredQueue<T> output) => Task.Factory.StartNew(() =>
    {
        try { stage(); output.Complete(); }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested) { output.Complete(); }
        catch (Exception e) { output.Complete(e); }
    }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
}
