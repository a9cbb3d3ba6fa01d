using Kabar.Briefs;
using Kabar.Web.Charts;
using Kabar.Web.Html;
using Microsoft.AspNetCore.Http;

namespace Kabar.Web.Pages;

/// <summary>
/// One story's brief: summary with citations, timeline chart, coverage chart, people and their
/// roles per outlet, quotes by speaker, disagreements side by side, shared passages. Sections
/// the brief leaves empty are left out.
/// </summary>
public static class StoryPage
{
    public static IResult Render(PageContext context, string id)
    {
        var t = context.Text;
        var brief = context.Reader.Brief(id);
        if (brief is null)
            return Layout.Page(context, t["notfound.title"], h =>
            {
                h.Element("h1", t["notfound.title"]);
                Layout.Notice(h, t["notfound.story"], "error");
            }, StatusCodes.Status404NotFound);

        var cites = new CitationLinks(context);
        var listing = context.Reader.Story(brief.Id);
        return Layout.Page(context, brief.Title, h =>
        {
            using (h.Tag("article", ("class", "story")))
            {
                Head(h, context, brief, listing);
                Contents(h, context, brief);
                Summary(h, context, brief, cites);
                Timeline(h, context, brief, cites);
                Coverage(h, context, brief);
                Disagreements(h, context, brief, cites);
                People(h, context, brief.People, "people", cites);
                People(h, context, brief.Organisations, "organisations", cites);
                Quotes(h, context, brief, cites);
                SharedPassages(h, context, brief, cites);
                Events(h, context, brief, cites);
            }
        });
    }

    private static void Head(HtmlWriter h, PageContext context, Brief brief, Kabar.Storage.StorySummary? listing)
    {
        var t = context.Text;
        using (h.Tag("header", ("class", "story-head")))
        {
            h.Element("p", t["story.kicker"], ("class", "kicker"));
            h.Element("h1", brief.Title);
            if (listing is null) return;
            using (h.Tag("p", ("class", "meta")))
            {
                h.Element("span", t.Count("stories.outlets", listing.Outlets.Count), ("class", "badge"), ("data-outlets", listing.Outlets.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                h.Element("span", t.Count("stories.articles", listing.ArticleCount), ("class", "badge badge-quiet"));
                if (listing.FirstPublished is { } first && listing.LastPublished is { } last)
                    h.Element("span", first == last ? t.Dates.Day(first) : $"{t.Dates.Day(first)} – {t.Dates.Day(last)}", ("class", "span-dates"));
            }
            h.Element("p", string.Join(" · ", listing.Outlets), ("class", "outlets"));
        }
    }

    /// <summary>A row of links to the sections this brief has.</summary>
    private static void Contents(HtmlWriter h, PageContext context, Brief brief)
    {
        var t = context.Text;
        var present = new (string Id, bool Has)[]
        {
            ("summary", brief.Summary.Count > 0), ("timeline", brief.Timeline.Count > 0), ("coverage", brief.Coverage.Count > 0),
            ("disagreements", brief.Disagreements.Count > 0), ("people", brief.People.Count > 0), ("organisations", brief.Organisations.Count > 0),
            ("quotes", brief.Quotes.Count > 0), ("shared", brief.SharedPassages.Count > 0), ("events", brief.Events.Count > 0),
        };
        using (h.Tag("nav", ("class", "contents"), ("aria-label", t["story.contents"])))
        {
            foreach (var (id, has) in present.Where(p => p.Has)) h.Link("#" + id, t["section." + id]);
        }
    }

    private static void Summary(HtmlWriter h, PageContext context, Brief brief, CitationLinks cites)
    {
        if (brief.Summary.Count == 0) return;
        using (h.Tag("section", ("id", "summary"), ("class", "summary")))
        {
            h.Element("h2", context.Text["section.summary"]);
            using (h.Tag("div", ("class", "summary-text")))
            {
                foreach (var sentence in brief.Summary)
                {
                    using (h.Tag("p"))
                    {
                        h.Text(sentence.Text).Text(" ");
                        cites.Write(h, sentence.Article, sentence.Start, sentence.End);
                    }
                }
            }
        }
    }

    private static void Timeline(HtmlWriter h, PageContext context, Brief brief, CitationLinks cites)
    {
        if (brief.Timeline.Count == 0) return;
        var t = context.Text;
        using (h.Tag("section", ("id", "timeline")))
        {
            h.Element("h2", t["section.timeline"]);
            if (TimelineChart.Draw(brief.Timeline, t, i => "timeline-" + i) is { } chart)
                using (h.Tag("figure", ("class", "chart-frame"))) h.Trusted(chart);
            var order = brief.Timeline.Select((entry, index) => (entry, index))
                .OrderBy(e => TimelineChart.Start(e.entry.Date) ?? DateTime.MaxValue).ToList();
            using (h.Tag("ol", ("class", "timeline-list")))
            {
                foreach (var (entry, index) in order)
                {
                    using (h.Tag("li", ("id", "timeline-" + index)))
                    {
                        h.Element("time", t.Dates.Precise(entry.Date, entry.Precision), ("datetime", entry.Date), ("class", "when"));
                        using (h.Tag("div", ("class", "what")))
                        {
                            h.Element("p", entry.What);
                            using (h.Tag("p", ("class", "sources")))
                            {
                                foreach (var c in entry.Citations)
                                {
                                    using (h.Tag("span", ("class", "source")))
                                    {
                                        cites.Write(h, c.Article, c.Start, c.End);
                                        if (!string.IsNullOrWhiteSpace(c.Phrase)) h.Element("q", c.Phrase, ("class", "phrase"));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private static void Coverage(HtmlWriter h, PageContext context, Brief brief)
    {
        if (brief.Coverage.Count == 0) return;
        var t = context.Text;
        using (h.Tag("section", ("id", "coverage")))
        {
            h.Element("h2", t["section.coverage"]);
            if (CoverageChart.Draw(brief.Coverage, t, source => context.Reader.ArticleIdOf(source) is { } id ? PageContext.ArticleHref(id) : null) is { } chart)
                using (h.Tag("figure", ("class", "chart-frame"))) h.Trusted(chart);
            using (h.Tag("div", ("class", "table-wrap")))
            using (h.Tag("table", ("class", "coverage-table")))
            {
                using (h.Tag("thead"))
                using (h.Tag("tr"))
                {
                    h.Element("th", t["coverage.outlet"], ("scope", "col"));
                    h.Element("th", t["coverage.articles"], ("scope", "col"));
                    h.Element("th", t["coverage.wire"], ("scope", "col"));
                }
                using (h.Tag("tbody"))
                {
                    foreach (var outlet in brief.Coverage)
                    {
                        using (h.Tag("tr", ("class", "coverage-row")))
                        {
                            using (h.Tag("th", ("scope", "row")))
                            {
                                h.Text(outlet.Outlet);
                                if (outlet.ReportedFirst) h.Element("span", t["coverage.first"], ("class", "badge badge-first"));
                            }
                            using (h.Tag("td"))
                            using (h.Tag("ul", ("class", "plain")))
                            {
                                foreach (var a in outlet.Articles)
                                {
                                    using (h.Tag("li"))
                                    {
                                        if (context.Reader.ArticleIdOf(a.Article) is { } id) h.Link(PageContext.ArticleHref(id), a.Title);
                                        else h.Text(a.Title);
                                        if (Kabar.Model.PageTime.ParseIso(a.Published) is { } time)
                                            h.Element("time", t.Dates.Short(time), ("datetime", a.Published), ("class", "small"));
                                    }
                                }
                            }
                            h.Element("td", outlet.WireSources.Count > 0 ? string.Join(", ", outlet.WireSources) : "—");
                        }
                    }
                }
            }
        }
    }

    private static void Disagreements(HtmlWriter h, PageContext context, Brief brief, CitationLinks cites)
    {
        if (brief.Disagreements.Count == 0) return;
        var t = context.Text;
        using (h.Tag("section", ("id", "disagreements")))
        {
            h.Element("h2", t["section.disagreements"]);
            foreach (var d in brief.Disagreements)
            {
                using (h.Tag("div", ("class", "disagreement")))
                {
                    h.Element("h3", d.About);
                    using (h.Tag("div", ("class", "claims")))
                    {
                        foreach (var claim in d.Claims)
                        {
                            using (h.Tag("div", ("class", "claim")))
                            {
                                if (DateOnly.TryParseExact(claim.Value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day))
                                    using (h.Tag("p", ("class", "claim-value"))) h.Element("time", t.Dates.LongDay(day), ("datetime", claim.Value));
                                else h.Element("p", claim.Value, ("class", "claim-value"));
                                using (h.Tag("ul", ("class", "plain claim-sources")))
                                {
                                    foreach (var c in claim.Citations)
                                    {
                                        using (h.Tag("li"))
                                        {
                                            cites.Write(h, c.Article, c.Start, c.End);
                                            if (Excerpt(cites, c.Article, c.Start, c.End) is { } excerpt) h.Element("q", excerpt, ("class", "excerpt"));
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private static void People(HtmlWriter h, PageContext context, IReadOnlyList<EntityEntry> entities, string section, CitationLinks cites)
    {
        if (entities.Count == 0) return;
        var t = context.Text;
        using (h.Tag("section", ("id", section)))
        {
            h.Element("h2", t["section." + section]);
            using (h.Tag("ul", ("class", "entity-grid")))
            {
                foreach (var e in entities)
                {
                    using (h.Tag("li", ("class", "entity-card")))
                    {
                        h.Element("h3", e.Name);
                        var aliases = e.Aliases.Where(a => a != e.Name).ToList();
                        if (aliases.Count > 0) h.Element("p", t["entity.aka"] + " " + string.Join(", ", aliases), ("class", "aliases"));
                        if (e.Roles.Count > 0)
                        {
                            using (h.Tag("dl", ("class", "roles")))
                            {
                                foreach (var role in e.Roles)
                                {
                                    h.Element("dt", role.Outlet);
                                    using (h.Tag("dd"))
                                    {
                                        h.Text(role.Role).Text(" ");
                                        foreach (var c in role.Citations.Take(1)) cites.Write(h, c.Article, c.Start, c.End, "↗");
                                    }
                                }
                            }
                        }
                        h.Element("p", t.Format("entity.mentions", e.Citations.Count), ("class", "small"));
                    }
                }
            }
        }
    }

    private static void Quotes(HtmlWriter h, PageContext context, Brief brief, CitationLinks cites)
    {
        if (brief.Quotes.Count == 0) return;
        var t = context.Text;
        using (h.Tag("section", ("id", "quotes")))
        {
            h.Element("h2", t["section.quotes"]);
            foreach (var group in brief.Quotes)
            {
                using (h.Tag("div", ("class", "quote-group")))
                {
                    h.Element("h3", group.Speaker);
                    foreach (var q in group.Quotes)
                    {
                        using (h.Tag("figure", ("class", q.Direct ? "quote" : "quote reported")))
                        {
                            h.Element("blockquote", q.Text);
                            using (h.Tag("figcaption"))
                            {
                                h.Text(q.Direct ? t["quote.direct"] : t["quote.reported"]).Text(" · ");
                                foreach (var c in q.Citations) cites.Write(h, c.Article, c.Start, c.End);
                            }
                        }
                    }
                }
            }
        }
    }

    private static void SharedPassages(HtmlWriter h, PageContext context, Brief brief, CitationLinks cites)
    {
        if (brief.SharedPassages.Count == 0) return;
        var t = context.Text;
        using (h.Tag("section", ("id", "shared")))
        {
            h.Element("h2", t["section.shared"]);
            foreach (var p in brief.SharedPassages)
            {
                using (h.Tag("figure", ("class", "shared-passage")))
                {
                    h.Element("blockquote", p.Text);
                    using (h.Tag("figcaption"))
                    {
                        h.Text(t.Format("shared.carried", p.Articles.Count)).Text(" ");
                        foreach (var c in p.Citations) cites.Write(h, c.Article, c.Start, c.End);
                    }
                }
            }
        }
    }

    private static void Events(HtmlWriter h, PageContext context, Brief brief, CitationLinks cites)
    {
        if (brief.Events.Count == 0) return;
        var t = context.Text;
        using (h.Tag("section", ("id", "events")))
        {
            h.Element("h2", t["section.events"]);
            using (h.Tag("ol", ("class", "event-list")))
            {
                foreach (var e in brief.Events)
                {
                    using (h.Tag("li"))
                    {
                        h.Element("h3", e.Title);
                        using (h.Tag("ul", ("class", "plain")))
                        {
                            foreach (var source in e.Articles)
                            {
                                using (h.Tag("li"))
                                {
                                    var record = cites.Find(source);
                                    h.Element("span", cites.OutletOf(source), ("class", "outlet-name"));
                                    h.Text(" ");
                                    if (record is not null) h.Link(PageContext.ArticleHref(record.Id), record.Annotated.Article.Title);
                                    else h.Text(source);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// <summary>The sentence around a cited span, shortened, so a claim is read in its context.</summary>
    private static string? Excerpt(CitationLinks cites, string source, int start, int end)
    {
        var article = cites.Find(source)?.Annotated;
        if (article is null || start < 0 || end > article.Body.Length || start >= end) return null;
        var sentence = article.Sentences.FirstOrDefault(s => s.Span.Contains(start))?.Span ?? new Kabar.Model.TextSpan(start, end);
        var text = article.Text(sentence).Replace("\n\n", " ").Trim();
        return text.Length > 260 ? text[..260] + "…" : text;
    }
}
