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
    private readonly ConcurrentDictionary<string, Lazy<Task<RobotsAnswer>>> _robots = new();
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
            var rules = await RobotsFor(url, budget.Token);
            if (!rules.Allows(url))
                return new FetchResult(url, FetchStatus.Disallowed, null, null, rules == RobotsRules.DisallowAll
                    ? "robots.txt could not be read (server error or unreachable); the host is tried again later"
                    : "disallowed by robots.txt", clock.Elapsed, 0);
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

    /// <summary>The rules for the page's host and until when they hold (a monotonic timestamp).</summary>
    private sealed record RobotsAnswer(RobotsRules Rules, long Until);

    private async Task<RobotsRules> RobotsFor(Uri url, CancellationToken token)
    {
        var origin = url.GetLeftPart(UriPartial.Authority);
        var cached = _robots.GetOrAdd(origin, o => new Lazy<Task<RobotsAnswer>>(() => ReadRobots(o, token)));
        var answer = await cached.Value;
        if (Stopwatch.GetTimestamp() < answer.Until) return answer.Rules;
        // Expired, or unreadable last time: one caller puts a fresh read in its place, and every
        // caller then takes whatever read is there, even one that expires at once.
        _robots.TryUpdate(origin, new Lazy<Task<RobotsAnswer>>(() => ReadRobots(origin, token)), cached);
        return (await _robots[origin].Value).Rules;
    }

    /// <summary>
    /// RFC 9309 2.3.1: a 2xx is parsed; a 4xx means there are no rules; a 5xx (and a 429, a server
    /// asking to slow down) or a network error disallows the host until it is asked again after
    /// <see cref="FetchPolicy.RobotsRetry"/>. Redirects are followed by the handler up to
    /// <see cref="FetchPolicy.MaxRedirects"/> hops; a longer chain counts as no robots.txt.
    /// </summary>
    private async Task<RobotsAnswer> ReadRobots(string origin, CancellationToken token)
    {
        RobotsAnswer For(RobotsRules rules, TimeSpan lifetime) => new(rules, Stopwatch.GetTimestamp() + (long)(lifetime.TotalSeconds * Stopwatch.Frequency));
        try
        {
            var robotsUrl = new Uri(origin + "/robots.txt");
            await WaitForHost(robotsUrl, token);
            using var response = await _client.GetAsync(robotsUrl, token);
            var status = (int)response.StatusCode;
            if (status is >= 500 or 429) return For(RobotsRules.DisallowAll, _policy.RobotsRetry);
            if (status is >= 300 and < 500) return For(RobotsRules.AllowAll, _policy.RobotsLifetime);
            return For(RobotsRules.Parse(await response.Content.ReadAsStringAsync(token), _policy.UserAgent), _policy.RobotsLifetime);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException)
        {
            return For(RobotsRules.DisallowAll, _policy.RobotsRetry);
        }
    }

    // Honour a server's Retry-After, within the page's own budget; null keeps Polly's back-off.
    private TimeSpan? RetryAfter(HttpResponseMessage? response)
    {
        var after = response?.Headers.RetryAfter;
        var delay = after?.Delta ?? (after?.Date is { } date ? date - DateTimeOffset.UtcNow : TimeSpan.Zero);
        return delay > TimeSpan.Zero ? TimeSpan.FromTicks(Math.Min(delay.Ticks, _policy.PageBudget.Ticks / 2)) : null;
    }

    public void Dispose() => _client.Dispose();
}
