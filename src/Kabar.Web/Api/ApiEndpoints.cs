using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kabar.Serialization;
using Kabar.Web.Pages;
using Kabar.Web.Reading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kabar.Web.Api;

/// <summary>
/// The JSON API under /api: the same shapes the CLI prints with --json (snake_case through
/// <see cref="KabarJson"/>), described by /api/openapi.json.
/// </summary>
public static class ApiEndpoints
{
    private const string Json = "application/json; charset=utf-8";
    private static readonly Lazy<string> OpenApi = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Kabar.Web.Resources.openapi.json")!;
        return new StreamReader(stream).ReadToEnd();
    });

    public static void Map(IEndpointRouteBuilder app, IStoryReader reader)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/openapi.json", () => Results.Text(OpenApi.Value, Json));

        api.MapGet("/stories", (HttpRequest request) =>
        {
            var filter = new StoryFilter(StoriesPage.NullIfEmpty(request.Query["outlet"]), StoriesPage.ParseDay(request.Query["from"]), StoriesPage.ParseDay(request.Query["to"]));
            var stories = new JsonArray();
            foreach (var listing in reader.Stories(filter))
                if (reader.Brief(listing.Id) is { } brief) stories.Add(Story(brief, listing));
            return Text(new JsonObject { ["stories"] = stories });
        });

        api.MapGet("/stories/{id}", (string id) =>
        {
            var brief = reader.Brief(id);
            if (brief is null) return Error(StatusCodes.Status404NotFound, $"no story '{id}'");
            var listing = reader.Stories(StoryFilter.None).FirstOrDefault(s => s.Id == id);
            return Text(Story(brief, listing));
        });

        api.MapGet("/articles/{id}", (string id) =>
        {
            var record = reader.Article(id);
            if (record is null) return Error(StatusCodes.Status404NotFound, $"no article '{id}'");
            var json = ArticleJson.FromAnnotated(record.Annotated);
            json["id"] = record.Id;
            json["story"] = record.StoryId;
            return Text(json);
        });

        api.MapGet("/search", (HttpRequest request) =>
        {
            var query = request.Query["q"].ToString().Trim();
            if (query.Length == 0) return Error(StatusCodes.Status400BadRequest, "give a query: /api/search?q=WORDS");
            var hits = reader.Search(query, SearchPage.Limit);
            return Text(new JsonObject
            {
                ["query"] = query,
                ["hits"] = JsonSerializer.SerializeToNode(hits, KabarJson.Options),
            });
        });
    }

    /// <summary>A brief as `kabar story --json` prints it, with the list's facts (outlets, article count, days) added.</summary>
    private static JsonObject Story(Kabar.Briefs.Brief brief, StoryListing? listing)
    {
        var json = JsonSerializer.SerializeToNode(brief, KabarJson.Options)!.AsObject();
        if (listing is null) return json;
        json["outlets"] = JsonSerializer.SerializeToNode(listing.Outlets, KabarJson.Options);
        json["article_count"] = listing.ArticleCount;
        json["first_day"] = listing.FirstDay?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        json["last_day"] = listing.LastDay?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return json;
    }

    private static IResult Text(JsonNode json) => Results.Text(json.ToJsonString(KabarJson.Options), Json);

    private static IResult Error(int status, string message) =>
        Results.Text(new JsonObject { ["error"] = message }.ToJsonString(KabarJson.Options), Json, statusCode: status);
}
