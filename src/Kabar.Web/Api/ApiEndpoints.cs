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
            var stories = new JsonArray(reader.Stories(filter).Select(s => (JsonNode?)StoreJson.Story(s)).ToArray());
            return Text(new JsonObject { ["stories"] = stories });
        });

        api.MapGet("/stories/{id}", (string id) =>
        {
            var brief = reader.Brief(id);
            if (brief is null) return Error(StatusCodes.Status404NotFound, $"no story '{id}'");
            return Text(new JsonObject { ["stories"] = new JsonArray(JsonSerializer.SerializeToNode(brief, KabarJson.Options)) });
        });

        api.MapGet("/articles/{id}", (string id) =>
        {
            var record = reader.Article(id);
            if (record is null) return Error(StatusCodes.Status404NotFound, $"no article '{id}'");
            var json = ArticleJson.FromAnnotated(record.Annotated);
            json["id"] = record.Id;
            json["story"] = record.Story is null ? null : new JsonObject { ["id"] = record.Story.Id, ["title"] = record.Story.Title };
            return Text(json);
        });

        api.MapGet("/search", (HttpRequest request) =>
        {
            var query = request.Query["q"].ToString().Trim();
            if (query.Length == 0) return Error(StatusCodes.Status400BadRequest, "give a query: /api/search?q=WORDS");
            IReadOnlyList<Kabar.Search.SearchHit> hits;
            var filter = new Kabar.Search.SearchQuery(query, StoriesPage.NullIfEmpty(request.Query["outlet"]), StoriesPage.ParseDay(request.Query["from"]), StoriesPage.ParseDay(request.Query["to"]), SearchPage.Limit);
            try { hits = reader.Search(filter); }
            catch (Kabar.Search.SearchQueryException e) { return Error(StatusCodes.Status400BadRequest, e.Message); }
            return Text(new JsonObject { ["hits"] = new JsonArray(hits.Select(h => (JsonNode?)StoreJson.Hit(h)).ToArray()) });
        });
    }

    private static IResult Text(JsonNode json) => Results.Text(json.ToJsonString(KabarJson.Options), Json);

    private static IResult Error(int status, string message) =>
        Results.Text(new JsonObject { ["error"] = message }.ToJsonString(KabarJson.Options), Json, statusCode: status);
}
