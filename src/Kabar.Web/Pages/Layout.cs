using Kabar.Web.Html;
using Kabar.Web.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace Kabar.Web.Pages;

/// <summary>The frame every page shares: head, header with search and language switch, footer.</summary>
public static class Layout
{
    public static IResult Page(PageContext context, string title, Action<HtmlWriter> main, int status = StatusCodes.Status200OK)
    {
        var t = context.Text;
        var h = new HtmlWriter();
        h.Trusted(new TrustedMarkup("<!DOCTYPE html>"));
        using (h.Tag("html", ("lang", t.Code)))
        {
            using (h.Tag("head"))
            {
                h.Void("meta", ("charset", "utf-8"));
                h.Void("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"));
                h.Element("title", $"{title} · Kabar");
                h.Void("link", ("rel", "stylesheet"), ("href", Assets.Href("kabar.css")));
                h.Void("link", ("rel", "icon"), ("href", Assets.Href("kabar.svg")), ("type", "image/svg+xml"));
                h.Element("script", null, ("src", Assets.Href("kabar.js")), ("defer", "defer"));
            }
            using (h.Tag("body"))
            {
                Header(h, context);
                using (h.Tag("main", ("id", "main"))) main(h);
                using (h.Tag("footer", ("class", "site-footer")))
                {
                    h.Element("p", t["footer.about"]);
                    using (h.Tag("p")) h.Link("/api/openapi.json", t["footer.api"]);
                }
            }
        }
        return Results.Content(h.ToString(), "text/html; charset=utf-8", statusCode: status);
    }

    private static void Header(HtmlWriter h, PageContext context)
    {
        var t = context.Text;
        using (h.Tag("header", ("class", "site-header")))
        {
            using (h.Tag("a", ("href", "/"), ("class", "brand")))
            {
                h.Void("img", ("src", Assets.Href("kabar.svg")), ("alt", ""), ("width", "28"), ("height", "28"));
                h.Element("span", "Kabar");
            }
            using (h.Tag("nav", ("aria-label", t["nav.label"])))
            {
                h.Link("/", t["nav.stories"]);
                if (context.AllowIngest) h.Link("/ingest", t["nav.ingest"]);
            }
            using (h.Tag("form", ("class", "search"), ("action", "/search"), ("method", "get"), ("role", "search")))
            {
                h.Element("label", t["search.label"], ("for", "q"), ("class", "visually-hidden"));
                h.Void("input", ("type", "search"), ("id", "q"), ("name", "q"), ("placeholder", t["search.placeholder"]),
                    ("value", context.Request.Path == "/search" ? context.Request.Query["q"].ToString() : null));
                h.Element("button", t["search.button"], ("type", "submit"));
            }
            using (h.Tag("div", ("class", "lang-switch"), ("aria-label", t["lang.label"])))
            {
                foreach (var language in UiLanguage.All)
                {
                    if (language.Code == t.Code) h.Element("span", language.Code.ToUpperInvariant(), ("aria-current", "true"), ("title", language["lang.name"]));
                    else h.Link(WithLanguage(context.Request, language.Code), language.Code.ToUpperInvariant(), ("title", language["lang.name"]), ("hreflang", language.Code), ("lang", language.Code));
                }
            }
        }
    }

    /// <summary>The current page's path and query with <c>lang</c> set.</summary>
    private static string WithLanguage(HttpRequest request, string code)
    {
        var query = new QueryBuilder(request.Query.Where(q => q.Key != UiLanguage.QueryName)
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? ""))));
        query.Add(UiLanguage.QueryName, code);
        return request.Path.ToUriComponent() + query.ToQueryString();
    }

    /// <summary>A short notice box (empty results, not found, ingest disabled).</summary>
    public static void Notice(HtmlWriter h, string text, string kind = "info")
    {
        using (h.Tag("div", ("class", "notice notice-" + kind), ("role", kind == "error" ? "alert" : "status"))) h.Text(text);
    }
}
