using Kabar.Web.Reading;
using Kabar.Web.Tests.Support;
using Microsoft.Playwright;

namespace Kabar.Web.Tests;

/// <summary>An article and a brief full of markup, attribute breakouts and javascript: links stay inert text in a real browser.</summary>
public sealed class HostileBrowserTests(Browser browser, HostileServer hostile) : IClassFixture<Browser>, IClassFixture<HostileServer>
{
    [BrowserFact]
    public async Task Hostile_page_text_is_shown_as_text_and_never_runs()
    {
        var page = await browser.NewPage();
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) => { dialogs.Add(dialog.Message); await dialog.DismissAsync(); };
        var id = hostile.ArticleId;
        foreach (var path in new[] { "/", "/stories/s-hostile", $"/articles/{id}?cut=1", "/search?q=Pejabat" })
        {
            await page.GotoAsync(hostile.Server.Url(path));
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            Assert.Null(await page.EvaluateAsync<int?>("() => window.__kabarPwned ?? null"));
            Assert.Equal(0, await page.Locator("img[onerror], [onerror], a[href^='javascript:' i], script:not([src])").CountAsync());
            Assert.Equal(1, await page.Locator("script").CountAsync());
            if (path.StartsWith("/stories/"))
            {
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Repo.Screenshots, "hostile-story.png"), FullPage = true });
                // The markup is there to read, as text.
                await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("<script>");
            }
            if (path.StartsWith("/articles/"))
            {
                await Assertions.Expect(page.Locator("#body")).ToContainTextAsync("<script>window.__kabarPwned");
                await Assertions.Expect(page.Locator("#body")).ToContainTextAsync("onerror=");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Repo.Screenshots, "hostile-article.png"), FullPage = true });
            }
        }
        Assert.Empty(dialogs);
    }
}
