using Kabar.Web.Api;
using Kabar.Web.Localization;
using Kabar.Web.Pages;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kabar.Web.Hosting;

/// <summary>Builds the web application: Kestrel, security headers, pages, assets and the JSON API.</summary>
public static class KabarWebApp
{
    public static WebApplication Create(WebSettings settings)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(KabarWebApp).Assembly.GetName().Name });
        builder.WebHost.UseUrls(settings.Urls);
        ServerLogging.Configure(builder.Logging);
        Health.Add(builder.Services, settings.StoreProbe);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = UploadLimits.MaxRequestBytes;
        });
        builder.Services.Configure<FormOptions>(f =>
        {
            f.MultipartBodyLengthLimit = UploadLimits.MaxRequestBytes;
            f.ValueCountLimit = UploadLimits.MaxFiles + 16;
        });
        builder.Services.AddAntiforgery(a => a.Cookie.Name = "kabar-antiforgery");
        if (IsLoopbackOnly(settings.Urls))
        {
            // A page on another site must not reach this server through a rebound DNS name.
            builder.Services.Configure<HostFilteringOptions>(o => o.AllowedHosts = ["localhost", "127.0.0.1", "[::1]"]);
        }

        var app = builder.Build();
        var log = new RequestLog(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger<RequestLog>(), settings.QuietRequests);
        app.Use(log.Invoke);
        if (IsLoopbackOnly(settings.Urls)) app.UseHostFiltering();
        app.Use(SecurityHeaders.Apply);
        app.Use(RememberLanguage);
        app.UseAntiforgery();

        var reader = settings.Reader;
        PageContext Context(HttpRequest r) => new(reader, UiLanguage.For(r), r, settings.AllowIngest && settings.Ingestor is not null);

        Health.Map(app);
        Assets.Map(app);
        ApiEndpoints.Map(app, reader);
        app.MapGet("/", (HttpRequest r) => StoriesPage.Render(Context(r)));
        app.MapGet("/stories/{id}", (HttpRequest r, string id) => StoryPage.Render(Context(r), id));
        app.MapGet("/articles/{id}", (HttpRequest r, string id) => ArticlePage.Render(Context(r), id));
        app.MapGet("/search", (HttpRequest r) => SearchPage.Render(Context(r)));
        MapIngest(app, settings, Context);
        app.MapFallback((HttpRequest r) => Layout.Page(Context(r), Context(r).Text["notfound.title"], h =>
        {
            h.Element("h1", Context(r).Text["notfound.title"]);
            Layout.Notice(h, Context(r).Text["notfound.page"], "error");
        }, StatusCodes.Status404NotFound));
        return app;
    }

    private static void MapIngest(WebApplication app, WebSettings settings, Func<HttpRequest, PageContext> context)
    {
        if (!settings.AllowIngest || settings.Ingestor is null)
        {
            app.MapMethods("/ingest", ["GET", "POST"], (HttpRequest r) => Layout.Page(context(r), context(r).Text["ingest.title"],
                h => Layout.Notice(h, context(r).Text["ingest.disabled"], "error"), StatusCodes.Status403Forbidden));
            return;
        }
        var ingestor = settings.Ingestor;
        app.MapGet("/ingest", (HttpRequest r, IAntiforgery antiforgery) => IngestPage.Form(context(r), antiforgery));
        app.MapPost("/ingest", (HttpRequest r, IFormFileCollection files, IAntiforgery antiforgery) =>
        {
            var page = context(r);
            var (report, error) = UploadHandler.Ingest(files, ingestor, page.Text);
            return IngestPage.Form(page, antiforgery, report, error);
        }).WithMetadata(new RequestSizeLimitAttribute(UploadLimits.MaxRequestBytes))
          .WithFormOptions(multipartBodyLengthLimit: UploadLimits.MaxRequestBytes);
    }

    /// <summary>A <c>?lang=</c> choice is kept in a cookie, so the switch holds while browsing.</summary>
    private static Task RememberLanguage(HttpContext context, Func<Task> next)
    {
        if (UiLanguage.ByCode(context.Request.Query[UiLanguage.QueryName]) is { } chosen)
            context.Response.Cookies.Append(UiLanguage.CookieName, chosen.Code, new CookieOptions { SameSite = SameSiteMode.Lax, HttpOnly = true, MaxAge = TimeSpan.FromDays(365) });
        return next();
    }

    private static bool IsLoopbackOnly(string urls) => urls.Split(';', StringSplitOptions.RemoveEmptyEntries).All(u =>
        Uri.TryCreate(u.Trim(), UriKind.Absolute, out var uri) && (uri.IsLoopback || uri.Host == "127.0.0.1"));
}
