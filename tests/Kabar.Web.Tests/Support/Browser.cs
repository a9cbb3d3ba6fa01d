using Microsoft.Playwright;

namespace Kabar.Web.Tests.Support;

/// <summary>
/// Headless Chromium from Debian (/usr/bin/chromium), driven by Playwright; Playwright's own
/// browser download is never used. One browser per test class.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Chromium { get; private set; } = null!;

    /// <summary>Why browser tests cannot run here, or null when they can.</summary>
    public static string? Unavailable => File.Exists(ChromiumPath) ? null : $"{ChromiumPath} is missing (install Debian's 'chromium' package; .ci/run does)";

    public async Task InitializeAsync()
    {
        if (Unavailable is not null) return;
        _playwright = await Playwright.CreateAsync();
        Chromium = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>A fresh page (its own cookies) in the given interface language.</summary>
    public async Task<IPage> NewPage(string locale = "id-ID", int width = 1280)
    {
        var context = await Chromium.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = locale,
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Language"] = locale },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Chromium is not null) await Chromium.DisposeAsync();
        _playwright?.Dispose();
    }
}

/// <summary>
/// A test that needs the browser: skipped, with the reason, when Chromium is not installed on a
/// developer's machine; in CI (CI set) it always runs, so a missing browser fails loudly.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Browser.Unavailable is { } why && Environment.GetEnvironmentVariable("CI") is null)
            Skip = "browser test skipped: " + why;
    }
}
