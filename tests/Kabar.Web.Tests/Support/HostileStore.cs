using System.Text;
using Kabar.Annotation;
using Kabar.Briefs;
using Kabar.Model;
using Kabar.Search;
using Kabar.Storage;
using Kabar.Storage.Sqlite;
using Kabar.Stories;
using Kabar.Web.Reading;

namespace Kabar.Web.Tests.Support;

/// <summary>
/// A store holding one article whose every field is hostile: markup, attribute breakouts and
/// <c>javascript:</c> links in the title, body, outlet, names, cut text and URL. Written through
/// the real store API, so the pages read it as they read any article.
/// </summary>
public static class HostileStore
{
    public const string Script = "<script>window.__kabarPwned = 1; alert('script')</script>";
    public const string Breakout = "\"><img src=x onerror=\"window.__kabarPwned=2;alert('img')\">";
    public const string JavascriptLink = "<a href=\"javascript:window.__kabarPwned=3\">klik di sini</a>";
    public const string Marker = "Pejabat";

    public static readonly string Body = new StringBuilder()
        .Append("Pejabat Rusia dan AS sepakat berunding pada 10 Januari 2022 di Jenewa. ").Append(Script).Append("\n\n")
        .Append("\"Kami ingin damai ").Append(Breakout).Append("\", kata Menteri Luar Negeri Rusia Sergei Lavrov.\n\n")
        .Append("Baca selengkapnya: ").Append(JavascriptLink).Append(" javascript:alert(1)")
        .ToString();

    public static StoreStoryReader Create()
    {
        var store = SqliteKabarStore.OpenInMemory();
        var article = new Article
        {
            Source = "fixtures/hostile.txt",
            Url = "javascript:window.__kabarPwned=4",
            Outlet = "Media <b>Jahat</b>" + Breakout,
            Title = "Judul " + Script + Breakout,
            Subtitle = JavascriptLink,
            Published = new PageTime(new DateTimeOffset(2022, 1, 10, 14, 53, 0, TimeSpan.FromHours(7)), false),
            Authors = [Breakout],
            WireSources = [Script],
            Dateline = "Jenewa" + Breakout,
            Language = "id",
            Body = Body,
            Cut = [new CutText(Script + JavascriptLink, CutReasons.RelatedLink), new CutText(Breakout, "<i>alasan</i>" + Breakout)],
        };
        var annotated = DefaultAnnotation.Pipeline.Annotate(article);
        using (var writer = store.BeginWrite())
        {
            var page = writer.AddPage(new RawDocument(article.Source, Encoding.UTF8.GetBytes(Body)), "hostile-fixture", DateTimeOffset.UtcNow)!.Value;
            var id = writer.PutArticle(page, annotated, StoryEngine.Features(annotated));
            writer.TouchStory("s-hostile", DateTimeOffset.UtcNow);
            writer.PutEvent("e-hostile", "s-hostile");
            writer.AssignEvent(id, "e-hostile");
            writer.Commit();
        }
        return new StoreStoryReader(store);
    }

    /// <summary>A brief whose every text field is hostile, citing the hostile article, whatever the brief builder makes of it.</summary>
    public static Brief Brief(string storyId, string source, long? articleId)
    {
        var at = Body.IndexOf(Marker, StringComparison.Ordinal);
        var cite = new Citation(source, at, at + Marker.Length, "Kutipan " + Script + Breakout);
        IReadOnlyList<Citation> cites = [cite];
        return new Brief(storyId, "Cerita " + Script, [new BriefEvent("e-hostile", Breakout, [source])],
            [new SummarySentence("Ringkasan " + Script + Breakout, source, cite.Start, cite.End)],
            [new TimelineEntry("2022-01-10", "day", "Perundingan " + Script, [new TimelineCitation(source, cite.Start, cite.End, Breakout, Script)])],
            [new EntityEntry("Sergei " + Breakout, EntityTypes.Person, [Script], [new RoleClaim(JavascriptLink, "Media" + Breakout, cites)], cites)],
            [new EntityEntry("NATO" + Script, EntityTypes.Organisation, [], [], cites)],
            [new QuoteGroup("Lavrov" + Breakout, [new BriefQuote("Kami ingin " + Script, true, ["Media" + Breakout], cites)])],
            [new OutletCoverage("Media" + Breakout, [new CoveredArticle(source, "Judul" + Script, "2022-01-10T14:53:00+07:00")], [Script], true)],
            [new Disagreement(DisagreementKinds.Date, DisagreementStrengths.Conflict, "Rapat " + Script, [new Claim("11 Januari" + Breakout, cites), new Claim(JavascriptLink, cites)])],
            [new SharedPassage([source, source], "Bagian " + Script, cites)],
            [new BriefArticle(source, articleId, "Judul " + Script + Breakout, "Media <b>Jahat</b>" + Breakout, "2022-01-10T14:53:00+07:00", "javascript:window.__kabarPwned=4")]);
    }
}

/// <summary>Reads the store, but serves the hostile brief for every story, so each brief field's escaping is tested whatever the brief builder writes.</summary>
public sealed class HostileBriefReader(StoreStoryReader inner) : IStoryReader
{
    public IReadOnlyList<StorySummary> Stories(StoryFilter filter) => inner.Stories(filter);
    public StorySummary? Story(string storyId) => inner.Story(storyId);
    public Brief? Brief(string storyId) => inner.Brief(storyId) is { } built ? HostileStore.Brief(storyId, "fixtures/hostile.txt", built.Articles.Single().Id) : null;
    public ArticleRecord? Article(string articleId) => inner.Article(articleId);
    public IReadOnlyList<string> Outlets => inner.Outlets;
    public IReadOnlyList<SearchHit> Search(SearchQuery query) => inner.Search(query);
}
