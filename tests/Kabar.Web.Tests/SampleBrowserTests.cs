using System.Text.RegularExpressions;
using Kabar.Web.Tests.Support;
using Microsoft.Playwright;

namespace Kabar.Web.Tests;

/// <summary>
/// The five sample pages, served as `kabar serve --load samples` serves them, read in headless
/// Chromium the way an analyst would. Screenshots go to tests/Kabar.Web.Tests/bin/screenshots.
/// </summary>
public sealed class SampleBrowserTests(SamplesServer samples, Browser browser) : IClassFixture<SamplesServer>, IClassFixture<Browser>
{
    private RunningServer Server => samples.Server;

    /// <summary>The story with the most outlets: the US-Russia talks.</summary>
    private async Task<IPage> OpenMainStory(string locale = "id-ID", int width = 1280)
    {
        var page = await browser.NewPage(locale, width);
        await page.GotoAsync(Server.Url("/"));
        var first = page.Locator(".story-card h2 a").First;
        await first.ClickAsync();
        await page.WaitForURLAsync(new Regex("/stories/"));
        return page;
    }

    [BrowserFact]
    public async Task The_stories_page_lists_the_samples_story()
    {
        var page = await browser.NewPage();
        await page.GotoAsync(Server.Url("/"));
        Assert.Equal("Cerita terbaru · Kabar", await page.TitleAsync());
        Assert.True(await page.Locator(".story-card").CountAsync() >= 1);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Repo.Screenshots, "stories-id.png"), FullPage = true });
    }

    [BrowserFact]
    public async Task The_story_shows_five_outlets()
    {
        var page = await OpenMainStory();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Repo.Screenshots, "story-id.png"), FullPage = true });
        foreach (var section in new[] { "summary", "timeline", "coverage", "disagreements", "people", "quotes" })
        {
            var part = page.Locator("#" + section);
            if (await part.CountAsync() > 0)
                await part.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(Repo.Screenshots, $"story-id-{section}.png") });
        }
        Assert.Equal("5", await page.Locator(".story-head [data-outlets]").GetAttributeAsync("data-outlets"));
    }

    [BrowserFact]
    public async Task The_story_reads_in_english_on_request()
    {
        var page = await OpenMainStory("en-GB");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Repo.Screenshots, "story-en.png"), FullPage = true });
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        var narrow = await OpenMainStory("id-ID", 390);
        await narrow.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Repo.Screenshots, "story-phone.png"), FullPage = true });
    }

    [BrowserFact]
    public async Task The_timeline_has_10_January_2022()
    {
        var page = await OpenMainStory();
        var timeline = page.Locator("#timeline");
        await Assertions.Expect(timeline.Locator("svg.timeline-chart")).ToBeVisibleAsync();
        await Assertions.Expect(timeline.Locator(".timeline-list time[datetime='2022-01-10']")).ToHaveTextAsync("10 Januari 2022");
    }

    [BrowserFact]
    public async Task The_russia_nato_date_disagreement_is_shown_side_by_side()
    {
        var page = await OpenMainStory();
        var nato = page.Locator(".disagreement").Filter(new LocatorFilterOptions { HasText = "NATO" });
        await Assertions.Expect(nato.Locator("time[datetime='2022-01-11']").First).ToBeVisibleAsync();
        await Assertions.Expect(nato.Locator("time[datetime='2022-01-12']").First).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task A_citation_opens_the_article_with_the_sentence_highlighted()
    {
        var page = await OpenMainStory();
        var cite = page.Locator("#summary a.cite").First;
        var cited = await cite.GetAttributeAsync("title");
        await cite.HoverAsync();
        await Assertions.Expect(page.Locator(".cite-card")).ToBeVisibleAsync();
        await cite.ClickAsync();
        await page.WaitForURLAsync(new Regex("/articles/"));
        var mark = page.Locator("mark#cited");
        await Assertions.Expect(mark).ToBeInViewportAsync();
        var highlighted = string.Concat(await page.Locator("mark.cited").AllTextContentsAsync());
        Assert.False(string.IsNullOrWhiteSpace(highlighted));
        if (cited is not null) Assert.Equal(Normal(cited), Normal(highlighted));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Repo.Screenshots, "article-cited.png") });
    }

    [BrowserFact]
    public async Task Searching_for_Lavrov_finds_the_articles_that_name_him()
    {
        var page = await browser.NewPage();
        await page.GotoAsync(Server.Url("/"));
        await page.FillAsync("input[name=q]", "Lavrov");
        await page.PressAsync("input[name=q]", "Enter");
        await page.WaitForURLAsync(new Regex("/search\\?q=Lavrov"));
        var hits = page.Locator(".search-hit");
        Assert.True(await hits.CountAsync() >= 2);
        await Assertions.Expect(hits.First).ToContainTextAsync("Lavrov");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Repo.Screenshots, "search-lavrov.png"), FullPage = true });
    }

    [BrowserFact]
    public async Task The_article_page_shows_what_extraction_cut_on_request()
    {
        var page = await OpenMainStory();
        await page.Locator("#events a").First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/articles/"));
        await Assertions.Expect(page.Locator("#body .hl-entity").First).ToBeVisibleAsync();
        await page.Locator("#cut summary").ClickAsync();
        await Assertions.Expect(page.Locator("#cut .cut-list li").First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Repo.Screenshots, "article-cut.png"), FullPage = true });
    }

    [BrowserFact]
    public async Task An_upload_that_is_not_a_page_is_reported_with_its_reason()
    {
        var page = await browser.NewPage();
        await page.GotoAsync(Server.Url("/ingest"));
        await page.SetInputFilesAsync("input[type=file]", new FilePayload { Name = "kosong.txt", MimeType = "text/plain", Buffer = [] });
        await page.ClickAsync("form.upload button");
        await Assertions.Expect(page.Locator(".errors li").First).ToContainTextAsync("kosong.txt: error:");
    }

    [BrowserFact]
    public async Task An_uploaded_page_that_is_already_stored_changes_nothing()
    {
        var page = await browser.NewPage("en-GB");
        await page.GotoAsync(Server.Url("/ingest"));
        var sample = Directory.GetFiles(Repo.Samples, "*.txt").Order().First();
        await page.SetInputFilesAsync("input[type=file]", sample);
        await page.ClickAsync("form.upload button");
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("0 new articles, 1 already known, 0 failed");
    }

    [BrowserFact]
    public async Task An_upload_over_the_size_limit_is_refused_with_a_message()
    {
        var page = await browser.NewPage("en-GB");
        await page.GotoAsync(Server.Url("/ingest"));
        var big = new byte[(int)Kabar.Web.Hosting.UploadLimits.MaxFileBytes + 1];
        Array.Fill(big, (byte)'a');
        await page.SetInputFilesAsync("input[type=file]", new FilePayload { Name = "besar.txt", MimeType = "text/plain", Buffer = big });
        await page.ClickAsync("form.upload button");
        await Assertions.Expect(page.Locator(".notice-error")).ToContainTextAsync("besar.txt: the file is larger than 10 MB");
    }

    [BrowserFact]
    public async Task The_outlet_filter_keeps_only_stories_that_outlet_covered()
    {
        var page = await browser.NewPage();
        await page.GotoAsync(Server.Url("/"));
        var all = await page.Locator(".story-card").CountAsync();
        await page.SelectOptionAsync("select[name=outlet]", "Republika");
        await page.ClickAsync("form.filters button");
        await page.WaitForURLAsync(new Regex("outlet=Republika"));
        var cards = page.Locator(".story-card");
        Assert.InRange(await cards.CountAsync(), 1, all);
        foreach (var card in await cards.AllAsync())
            await Assertions.Expect(card.Locator(".outlets")).ToContainTextAsync("Republika");
    }

    private static string Normal(string s) => Regex.Replace(s, "\\s+", " ").Trim();
}
