using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Kabar.Watching;

public enum FetchStatus { Ok, NotModified, Disallowed, Failed }

/// <summary>What one fetch gave; <see cref="Message"/> is the log line's reason.</summary>
public sealed record FetchResult(Uri Url, FetchStatus Status, byte[]? Body, string? ContentType, string Message, TimeSpan Elapsed, int Attempts);

/// <summary>
/// Fetches pages as a polite, defensive client: robots.txt, a per-host interval, conditional GET
/// (ETag, Last-Modified), retries with exponential back-off on 429/5xx and transport errors
/// (Polly; Retry-After honoured), a timeout per attempt, a total budget per page, a maximum
/// page size read as a stream (a huge body is cut off, never buffered), and a redirect limit.
/// </summary>
public sealed class PoliteFetcher : IDisposable
{
    private readonly FetchPolicy _policy;
    private readonly HttpClient _client;
    private readonly ResiliencePipeline<HttpResponseMessage> _resilience;
    private readonly ConcurrentDictionary<string, (string? ETag, DateTimeOffset? LastModified)> _validators = new();
    private readonly ConcurrentDictionary<string, Lazy<Task<RobotsRules>>> _robots = new();
    private readonly ConcurrentDictionary<string, HostGate> _hosts = new();

    private sealed class HostGate
    {
        public readonly SemaphoreSlim Lock = new(1, 1);
        public long LastTicks;
    }

    public PoliteFetcher(FetchPolicy policy, HttpMessageHandler? handler = null)
    {
        _policy = policy;
        _client = new HttpClient(handler ?? new SocketsHttpHandler
        {
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = policy.MaxRedirects,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = policy.AttemptTimeout,
        }) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(policy.UserAgent);
        _resilience = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = policy.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = policy.RetryBaseDelay,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(r => r.StatusCode == HttpStatusCode.TooManyRequests || (int)r.StatusCode >= 500),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result)),
                OnRetry = args => { args.Outcome.Result?.Dispose(); return ValueTask.CompletedTask; },
            })
            .AddTimeout(policy.AttemptTimeout)
            .Build();
    }

    public async Task<FetchResult> FetchAsync(Uri url, CancellationToken cancellation, bool conditional = true)
    {
        var clock = Stopwatch.StartNew();
        var attempts = 0;
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        budget.CancelAfter(_policy.PageBudget);
        try
        {
            if (!(await RobotsFor(url, budget.Token)).Allows(url))
                return new FetchResult(url, FetchStatus.Disallowed, null, null, "disallowed by robots.txt", clock.Elapsed, 0);
            using var response = await _resilience.ExecuteAsync(async token =>
            {
                attempts++;
                await WaitForHost(url, token);
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                if (conditional && _validators.TryGetValue(url.AbsoluteUri, out var v))
                {
                    if (v.ETag is not null) request.Headers.TryAddWithoutValidation("If-None-Match", v.ETag);
                    if (v.LastModified is not null) request.Headers.IfModifiedSince = v.LastModified;
                }
                return await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token);
            }, budget.Token);
            if (response.StatusCode == HttpStatusCode.NotModified)
                return new FetchResult(url, FetchStatus.NotModified, null, null, "not modified", clock.Elapsed, attempts);
            if ((int)response.StatusCode is >= 300 and < 400)
                return Failed(url, $"HTTP {(int)response.StatusCode}: more than {_policy.MaxRedirects} redirects", clock, attempts);
            if (!response.IsSuccessStatusCode)
                return Failed(url, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}", clock, attempts);
            if (response.Content.Headers.ContentLength > _policy.MaxPageBytes)
                return Failed(url, $"page is {response.Content.Headers.ContentLength} bytes, over the {_policy.MaxPageBytes} byte limit", clock, attempts);
            var body = await ReadLimited(response, budget.Token);
            if (body is null)
                return Failed(url, $"page is over the {_policy.MaxPageBytes} byte limit", clock, attempts);
            _validators[url.AbsoluteUri] = (response.Headers.ETag?.ToString(), response.Content.Headers.LastModified);
            var contentType = response.Content.Headers.ContentType?.ToString();
            return new FetchResult(url, FetchStatus.Ok, body, contentType, $"{body.Length} bytes", clock.Elapsed, attempts);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return Failed(url, $"gave up after {_policy.PageBudget.TotalSeconds:0} s (the page's time budget)", clock, attempts);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException or IOException)
        {
            return Failed(url, e.Message, clock, attempts);
        }
    }

    private static FetchResult Failed(Uri url, string message, Stopwatch clock, int attempts) =>
        new(url, FetchStatus.Failed, null, null, message, clock.Elapsed, attempts);

    private async Task<byte[]?> ReadLimited(HttpResponseMessage response, CancellationToken token)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(token);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await stream.ReadAsync(chunk, token)) > 0)
        {
            if (buffer.Length + n > _policy.MaxPageBytes) return null;
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }

    private async Task WaitForHost(Uri url, CancellationToken token)
    {
        var gate = _hosts.GetOrAdd(url.Authority, _ => new HostGate());
        await gate.Lock.WaitAsync(token);
        try
        {
            var wait = TimeSpan.FromTicks(gate.LastTicks + _policy.PerHostInterval.Ticks - Stopwatch.GetTimestamp() * TimeSpan.TicksPerSecond / Stopwatch.Frequency);
            if (gate.LastTicks != 0 && wait > TimeSpan.Zero) await Task.Delay(wait, token);
            gate.LastTicks = Stopwatch.GetTimestamp() * TimeSpan.TicksPerSecond / Stopwatch.Frequency;
        }
        finally { gate.Lock.Release(); }
    }

    private Task<RobotsRules> RobotsFor(Uri url, CancellationToken token) =>
        _robots.GetOrAdd(url.GetLeftPart(UriPartial.Authority), origin => new Lazy<Task<RobotsRules>>(async () =>
        {
            try
            {
                var robotsUrl = new Uri(origin + "/robots.txt");
                await WaitForHost(robotsUrl, token);
                using var response = await _client.GetAsync(robotsUrl, token);
                if (!response.IsSuccessStatusCode) return RobotsRules.AllowAll;
                return RobotsRules.Parse(await response.Content.ReadAsStringAsync(token), "kabar");
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
            {
                return RobotsRules.AllowAll;
            }
        })).Value;

    // Honour a server's Retry-After, within the page's own budget; null keeps Polly's back-off.
    private TimeSpan? RetryAfter(HttpResponseMessage? response)
    {
        var after = response?.Headers.RetryAfter;
        var delay = after?.Delta ?? (after?.Date is { } date ? date - DateTimeOffset.UtcNow : TimeSpan.Zero);
        return delay > TimeSpan.Zero ? TimeSpan.FromTicks(Math.Min(delay.Ticks, _policy.PageBudget.Ticks / 2)) : null;
    }

    public void Dispose() => _client.Dispose();
}
