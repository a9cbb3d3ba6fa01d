using System.Reflection;
using Kabar.Ingestion;
using Kabar.Storage;
using Kabar.Storage.Sqlite;
using Kabar.Tests.Support;

namespace Kabar.Tests.Storage;

/// <summary>
/// Ingestion reads, stages and commits different chunks at once (<see cref="IngestPipeline"/>): the
/// store's one connection is still used by one of them at a time, a store that fails stops the run
/// with what was committed kept, and the report says how full the queues between the stages were.
/// </summary>
public class IngestFlowTests(IngestFlowTests.Corpus corpus) : IClassFixture<IngestFlowTests.Corpus>
{
    /// <summary>Chunks of 4 pages: 30 chunks, so reading and committing meet often.</summary>
    private const int ChunkSize = 4;

    [Fact]
    public void Reading_asks_the_store_only_between_commits_and_the_report_shows_the_queues()
    {
        using var inner = SqliteKabarStore.OpenInMemory();
        var store = WatchedStore.Over(inner, failOnWrite: null);
        var report = new IngestPipeline(store) { ChunkSize = ChunkSize }.Run([corpus.Pages]);

        Assert.Null(report.StoppedBecause);
        Assert.Equal(Corpus.Articles, report.PagesRead);
        var watched = (WatchedStore)(object)store;
        Assert.True(watched.Lookups >= Corpus.Articles, $"{watched.Lookups} look-ups");
        Assert.Equal(0, watched.LookupsDuringCommit);
        Assert.Equal(["read → extract-annotate", "extract-annotate → commit"], report.Queues.Select(q => $"{q.From} → {q.To}"));
        Assert.All(report.Queues, q => Assert.InRange(q.MaxDepth, 0, q.Capacity));
        Assert.Contains(report.Queues, q => q.MaxDepth > 0);
        Assert.Contains("read", report.StageTimes.Keys);
    }

    [Fact]
    public void A_store_that_fails_mid_run_stops_it_and_keeps_the_chunks_committed_before()
    {
        using var inner = SqliteKabarStore.OpenInMemory();
        var store = WatchedStore.Over(inner, failOnWrite: 4);
        var report = new IngestPipeline(store) { ChunkSize = ChunkSize }.Run([corpus.Pages]);

        Assert.Equal(WatchedStore.Failure, report.StoppedBecause);
        Assert.Equal(3 * ChunkSize, inner.Counts().Pages);
        Assert.Equal(inner.Counts().Articles, report.NewArticles);

        var next = new IngestPipeline(inner) { ChunkSize = ChunkSize }.Run([corpus.Pages]);
        Assert.Null(next.StoppedBecause);
        Assert.Equal(3 * ChunkSize, next.Duplicates);
        Assert.Equal(Corpus.Articles, inner.Counts().Pages);
    }

    /// <summary>A store that counts look-ups made while a write transaction is open, and can refuse its Nth write.</summary>
    public class WatchedStore : DispatchProxy
    {
        public const string Failure = "the disk is full (a test store)";
        private IKabarStore _inner = null!;
        private int? _failOnWrite;
        private int _writes, _openWriters, _lookups, _lookupsDuringCommit;

        public int Lookups => _lookups;
        public int LookupsDuringCommit => _lookupsDuringCommit;

        public static IKabarStore Over(IKabarStore inner, int? failOnWrite)
        {
            var store = Create<IKabarStore, WatchedStore>();
            var watched = (WatchedStore)(object)store;
            (watched._inner, watched._failOnWrite) = (inner, failOnWrite);
            return store;
        }

        protected override object? Invoke(MethodInfo? method, object?[]? args)
        {
            switch (method!.Name)
            {
                case nameof(IKabarStore.ContainsContent):
                    Interlocked.Increment(ref _lookups);
                    if (Volatile.Read(ref _openWriters) > 0) Interlocked.Increment(ref _lookupsDuringCommit);
                    break;
                case nameof(IKabarStore.BeginWrite):
                    if (++_writes == _failOnWrite) throw new StoreException(Failure);
                    Interlocked.Increment(ref _openWriters);
                    return ClosingWriter.Over(_inner.BeginWrite(), () => Interlocked.Decrement(ref _openWriters));
                case nameof(IDisposable.Dispose):
                    return null;
            }
            try { return method.Invoke(_inner, args); }
            catch (TargetInvocationException e) { throw e.InnerException!; }
        }
    }

    /// <summary>A write transaction that says when it is over.</summary>
    public class ClosingWriter : DispatchProxy
    {
        private IStoreWriter _inner = null!;
        private Action _closed = null!;

        public static IStoreWriter Over(IStoreWriter inner, Action closed)
        {
            var writer = Create<IStoreWriter, ClosingWriter>();
            var closing = (ClosingWriter)(object)writer;
            (closing._inner, closing._closed) = (inner, closed);
            return writer;
        }

        protected override object? Invoke(MethodInfo? method, object?[]? args)
        {
            try { return method!.Invoke(_inner, args); }
            catch (TargetInvocationException e) { throw e.InnerException!; }
            finally { if (method!.Name == nameof(IDisposable.Dispose)) _closed(); }
        }
    }

    /// <summary>120 generated pages, written once for the tests of this class.</summary>
    public sealed class Corpus : IDisposable
    {
        public const int Articles = 120;
        private readonly string _folder = Directory.CreateTempSubdirectory("kabar-flow-").FullName;

        public Corpus() => Pages = GeneratedCorpus.Write(_folder, Articles, seed: 3);

        public string Pages { get; }

        public void Dispose() => Directory.Delete(_folder, recursive: true);
    }
}
