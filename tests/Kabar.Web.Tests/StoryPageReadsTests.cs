using System.Text.RegularExpressions;
using Kabar.Briefs;
using Kabar.Search;
using Kabar.Storage;
using Kabar.Web.Reading;
using Kabar.Web.Tests.Support;

namespace Kabar.Web.Tests;

/// <summary>
/// A story page is written from its brief alone: the brief carries each cited article's id, title
/// and outlet, and each citation its sentence, so the page reads no article from the store (it used
/// to read every cited article, one by one, to print a title or a hover text).
/// </summary>
public sealed class StoryPageReadsTests
{
    private sealed class CountingReader(IStoryReader inner) : IStoryReader
    {
        public int ArticleReads;
        public IReadOnlyList<StorySummary> Stories(StoryFilter filter) => inner.Stories(filter);
        public StorySummary? Story(string storyId) => inner.Story(storyId);
        public Brief? Brief(string storyId) => inner.Brief(storyId);
        public ArticleRecord? Article(string articleId) { Interlocked.Increment(ref ArticleReads); return inner.Article(articleId); }
        public IReadOnlyList<string> Outlets => inner.Outlets;
        public IReadOnlyList<SearchHit> Search(SearchQuery query) => inner.Search(query);
    }

    [Fact]
    public async Task The_samples_story_page_links_every_citation_without_reading_an_article()
    {
        var (reader, _) = StoreStoryReader.Load([Repo.Samples]);
        using var _r = reader;
        var counting = new CountingReader(reader);
        await using var server = await RunningServer.Start(counting);
        var story = Assert.Single(reader.Stories(StoryFilter.None));
        var brief = reader.Brief(story.Id)!;

        var html = await server.Client.GetStringAsync(server.Url("/stories/" + Uri.EscapeDataString(story.Id)));

        Assert.Equal(0, counting.ArticleReads);
        Assert.DoesNotContain("cite-missing", html);
        // Every cited article is linked by its store id, and a hover text (the cited sentence) rides on the links.
        foreach (var article in brief.Articles)
            Assert.Contains($"/articles/{article.Id}?start=", html);
        Assert.Matches(new Regex("class=\"cite\" title=\"[^\"]{20,}\""), html);
        // The events list shows each article's headline, taken from the brief.
        foreach (var article in brief.Articles)
            Assert.Contains(System.Net.WebUtility.HtmlEncode(article.Title), html);
    }
}
