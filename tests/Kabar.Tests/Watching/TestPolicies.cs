using Kabar.Watching;

namespace Kabar.Tests.Watching;

/// <summary>Fetch limits for tests against <see cref="MisbehavingServer"/>: no pause between requests, short timeouts and back-off.</summary>
internal static class TestPolicies
{
    public static readonly FetchPolicy Fast = new()
    {
        PerHostInterval = TimeSpan.Zero,
        AttemptTimeout = TimeSpan.FromMilliseconds(800),
        PageBudget = TimeSpan.FromSeconds(15),
        RetryBaseDelay = TimeSpan.FromMilliseconds(50),
        MaxPageBytes = 1024 * 1024,
    };
}
