namespace Kabar.Watching;

/// <summary>How politely and how defensively Kabar fetches: every limit in one place.</summary>
public sealed record FetchPolicy
{
    /// <summary>The User-Agent sent, and the name robots.txt rules are matched against.</summary>
    public string UserAgent { get; init; } = "Kabar/0.1 (+news monitoring; respects robots.txt)";
    /// <summary>Minimum time between two requests to the same host.</summary>
    public TimeSpan PerHostInterval { get; init; } = TimeSpan.FromSeconds(1);
    /// <summary>Total time for one page, retries included.</summary>
    public TimeSpan PageBudget { get; init; } = TimeSpan.FromSeconds(30);
    /// <summary>Time for one attempt.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(10);
    public long MaxPageBytes { get; init; } = 5 * 1024 * 1024;
    public int MaxRetries { get; init; } = 3;
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);
    /// <summary>Redirects followed for a page and for robots.txt (RFC 9309 asks for at least five).</summary>
    public int MaxRedirects { get; init; } = 5;
    /// <summary>How long a robots.txt that was read is trusted (RFC 9309 2.4: no more than a day).</summary>
    public TimeSpan RobotsLifetime { get; init; } = TimeSpan.FromHours(24);
    /// <summary>When an unreadable robots.txt (5xx, network error) is asked for again; its host is disallowed meanwhile.</summary>
    public TimeSpan RobotsRetry { get; init; } = TimeSpan.FromMinutes(10);
}
