using System.Net;
using System.Text.Json;
using Kabar.Web.Reading;
using Kabar.Web.Tests.Support;

namespace Kabar.Web.Tests;

/// <summary>What every client of the server relies on, over real HTTP: headers, escaping, API shapes, language, limits.</summary>
public sealed class ServerTests(HostileServer hostile) : IClassFixture<HostileServer>
{
    private string ArticleId => hostile.ArticleId;

    private async Task<(HttpResponseMessage Response, string Body)> Get(string path, string? acceptLanguage = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptLanguage is not null) request.Headers.Add("Accept-Language", acceptLanguage);
        var response = await hostile.Server.Client.SendAsync(request);
        return (response, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/stories/s-hostile")]
    [InlineData("/api/stories")]
    [InlineData("/no/such/page")]
    public async Task Every_response_forbids_inline_script_and_sniffing(string path)
    {
        var (response, _) = await Get(path);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/stories/s-hostile")]
    [InlineData("/articles/{id}")]
    [InlineData("/articles/{id}?cut=1&start=0&end=7")]
    [InlineData("/search?q=Pejabat")]
    public async Task Page_text_never_becomes_markup(string path)
    {
        var (response, html) = await Get(path.Replace("{id}", ArticleId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>window.__kabarPwned", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>Jahat</b>", html);
        // The only scripts are Kabar's own file.
        Assert.Equal(1, html.Split("<script").Length - 1);
    }

    [Fact]
    public async Task The_article_api_returns_the_annotated_article_with_html_characters_escaped()
    {
        var (response, json) = await Get("/api/articles/" + ArticleId);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("<script>", json);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(HostileStore.Body, doc.RootElement.GetProperty("body").GetString());
        Assert.Equal(ArticleId, doc.RootElement.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Array, doc.RootElement.GetProperty("sentences").ValueKind);
    }

    [Fact]
    public async Task The_stories_api_lists_stories_as_the_cli_does()
    {
        var (_, json) = await Get("/api/stories");
        using var doc = JsonDocument.Parse(json);
        var story = Assert.Single(doc.RootElement.GetProperty("stories").EnumerateArray());
        Assert.Equal("s-hostile", story.GetProperty("id").GetString());
        Assert.Equal(1, story.GetProperty("article_count").GetInt32());
    }

    [Fact]
    public async Task The_story_api_returns_the_brief_in_the_cli_shape()
    {
        var (_, json) = await Get("/api/stories/s-hostile");
        using var doc = JsonDocument.Parse(json);
        var story = Assert.Single(doc.RootElement.GetProperty("stories").EnumerateArray());
        foreach (var field in new[] { "id", "title", "events", "summary", "timeline", "people", "organisations", "quotes", "coverage", "disagreements", "shared_passages" })
            Assert.True(story.TryGetProperty(field, out _), $"story has no '{field}'");
    }

    [Theory]
    [InlineData("/api/stories/no-such-story", HttpStatusCode.NotFound)]
    [InlineData("/api/articles/999999", HttpStatusCode.NotFound)]
    [InlineData("/api/articles/..%2F..%2Fetc%2Fpasswd", HttpStatusCode.NotFound)]
    [InlineData("/api/search?q=", HttpStatusCode.BadRequest)]
    [InlineData("/api/search?q=%22unclosed", HttpStatusCode.BadRequest)]
    public async Task Api_errors_are_json_with_a_message(string path, HttpStatusCode status)
    {
        var (response, json) = await Get(path);
        Assert.Equal(status, response.StatusCode);
        using var doc = JsonDocument.Parse(json);
        Assert.False(string.IsNullOrWhiteSpace(doc.RootElement.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task The_openapi_description_names_every_endpoint()
    {
        var (_, json) = await Get("/api/openapi.json");
        using var doc = JsonDocument.Parse(json);
        var paths = doc.RootElement.GetProperty("paths");
        foreach (var path in new[] { "/api/stories", "/api/stories/{id}", "/api/articles/{id}", "/api/search" })
            Assert.True(paths.TryGetProperty(path, out _), path);
    }

    [Theory]
    [InlineData("/articles/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/assets/..%2F..%2FKabar.slnx")]
    [InlineData("/assets/kabar.db")]
    public async Task Requests_never_name_files(string path)
    {
        var (response, body) = await Get(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("<Solution>", body);
    }

    [Fact]
    public async Task Indonesian_is_the_default_and_english_comes_with_accept_language_or_the_switch()
    {
        Assert.Contains("Cerita terbaru", (await Get("/")).Body);
        Assert.Contains("Latest stories", (await Get("/", "en-GB,en;q=0.9")).Body);
        Assert.Contains("Cerita terbaru", (await Get("/", "id-ID,id;q=0.9,en;q=0.5")).Body);
        var (response, body) = await Get("/?lang=en", "id-ID");
        Assert.Contains("Latest stories", body);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("kabar-lang=en"));
    }

    [Fact]
    public async Task English_counts_say_one_story_not_one_stories()
    {
        var body = (await Get("/?lang=en")).Body;
        Assert.Contains(">1 story<", body);
        Assert.DoesNotContain("1 stories", body);
    }

    [Fact]
    public async Task Dates_are_written_as_each_language_writes_them()
    {
        Assert.Contains("Senin, 10 Januari 2022, 14.53 WIB", (await Get("/articles/" + ArticleId)).Body);
        Assert.Contains("Monday, 10 January 2022, 14:53 WIB", (await Get("/articles/" + ArticleId + "?lang=en")).Body);
    }

    [Fact]
    public async Task Uploads_are_refused_unless_the_server_allows_them()
    {
        var (response, body) = await Get("/ingest");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("--allow-ingest", body);
    }

    [Fact]
    public async Task The_cited_span_is_marked_on_the_article_page()
    {
        var at = HostileStore.Body.IndexOf(HostileStore.Marker, StringComparison.Ordinal);
        var (_, html) = await Get($"/articles/{ArticleId}?start={at}&end={at + HostileStore.Marker.Length}");
        Assert.Contains("id=\"cited\"", html);
    }
}
