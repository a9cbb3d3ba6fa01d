using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;

namespace Kabar.Ingestion;

/// <summary>
/// A bounded queue between two stages of ingestion, one producer and one consumer, each on a thread
/// of its own (the calls block). It records how long each side waited for the other and how full it
/// was over time, which says which stage holds the pipeline up (<see cref="QueueStats"/>). A producer
/// that fails hands its exception on: the consumer takes what came before it, then gets it thrown.
/// </summary>
internal sealed class MeteredQueue<T>
{
    private readonly Channel<T> _channel;
    private readonly CancellationToken _cancel;
    private readonly string _from, _to;
    private readonly int _capacity;
    private readonly Lock _depthLock = new();
    private readonly long _created = Stopwatch.GetTimestamp();
    private long _lastChange, _producerWaited, _consumerWaited;
    private double _depthTicks;
    private int _depth, _maxDepth;
    private ExceptionDispatchInfo? _failure;

    /// <param name="cancel">Stops both sides where they wait (the run is over: a later stage failed).</param>
    public MeteredQueue(string from, string to, int capacity, CancellationToken cancel)
    {
        _channel = Channel.CreateBounded<T>(new BoundedChannelOptions(capacity)
        {
            FullMode = BoundedChannelFullMode.Wait, SingleReader = true, SingleWriter = true,
        });
        (_from, _to, _capacity, _cancel) = (from, to, capacity, cancel);
        _lastChange = _created;
    }

    /// <summary>Adds an item, waiting while the queue is full.</summary>
    /// <exception cref="OperationCanceledException">The run was stopped.</exception>
    public void Put(T item)
    {
        if (!_channel.Writer.TryWrite(item))
        {
            var started = Stopwatch.GetTimestamp();
            _channel.Writer.WriteAsync(item, _cancel).AsTask().GetAwaiter().GetResult();
            Interlocked.Add(ref _producerWaited, Stopwatch.GetTimestamp() - started);
        }
        DepthChanged();
    }

    /// <summary>The producer is done; with <paramref name="failure"/>, the consumer gets it thrown after the items before it.</summary>
    public void Complete(Exception? failure = null)
    {
        if (failure is not null) _failure = ExceptionDispatchInfo.Capture(failure);
        _channel.Writer.TryComplete();
    }

    /// <summary>The next item, waiting while the queue is empty; false once the producer is done and every item taken.</summary>
    /// <exception cref="OperationCanceledException">The run was stopped.</exception>
    public bool TryTake(out T item)
    {
        if (!_channel.Reader.TryRead(out item!))
        {
            var started = Stopwatch.GetTimestamp();
            while (!_channel.Reader.TryRead(out item!))
            {
                if (!_channel.Reader.WaitToReadAsync(_cancel).AsTask().GetAwaiter().GetResult())
                {
                    Interlocked.Add(ref _consumerWaited, Stopwatch.GetTimestamp() - started);
                    _failure?.Throw();
                    return false;
                }
            }
            Interlocked.Add(ref _consumerWaited, Stopwatch.GetTimestamp() - started);
        }
        DepthChanged();
        return true;
    }

    /// <summary>What the queue saw so far: its depth averaged over its life, and each side's waits.</summary>
    public QueueStats Stats()
    {
        lock (_depthLock)
        {
            var now = Stopwatch.GetTimestamp();
            var life = now - _created;
            var mean = life > 0 ? (_depthTicks + _depth * (double)(now - _lastChange)) / life : 0;
            return new QueueStats(_from, _to, _capacity, Math.Round(mean, 2), _maxDepth,
                Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _producerWaited)),
                Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _consumerWaited)));
        }
    }

    private void DepthChanged()
    {
        lock (_depthLock)
        {
            var now = Stopwatch.GetTimestamp();
            _depthTicks += _depth * (double)(now - _lastChange);
            _lastChange = now;
            _depth = _channel.Reader.Count;
            _maxDepth = Math.Max(_maxDepth, _depth);
        }
    }
}

/// <summary>
/// One queue of an ingest run, between stage <paramref name="From"/> and stage <paramref name="To"/>.
/// A producer that often waits for room has a slow consumer; a consumer that waits for items, a slow producer.
/// </summary>
/// <param name="MeanDepth">Items in the queue, averaged over the time it existed.</param>
/// <param name="ProducerWaited">How long <paramref name="From"/> waited for room (its output was full).</param>
/// <param name="ConsumerWaited">How long <paramref name="To"/> waited for an item (its input was empty).</param>
public sealed record QueueStats(string From, string To, int Capacity, double MeanDepth, int MaxDepth, TimeSpan ProducerWaited, TimeSpan ConsumerWaited);
