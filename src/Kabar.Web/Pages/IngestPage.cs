using Kabar.Web.Hosting;
using Kabar.Web.Reading;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Kabar.Web.Pages;

/// <summary>
/// Upload pages to add them to the stories; only when the server was started with --allow-ingest.
/// Uploads are saved under names the server makes, read like `kabar ingest` reads files, and
/// reported with the same messages.
/// </summary>
public static class IngestPage
{
    public static IResult Form(PageContext context, IAntiforgery antiforgery, UploadReport? report = null, string? error = null)
    {
        var t = context.Text;
        var tokens = antiforgery.GetAndStoreTokens(context.Request.HttpContext);
        return Layout.Page(context, t["ingest.title"], h =>
        {
            h.Element("h1", t["ingest.title"]);
            h.Element("p", t.Format("ingest.help", UploadLimits.MaxFiles, UploadLimits.MaxFileBytes / 1024 / 1024, UploadLimits.MaxRequestBytes / 1024 / 1024), ("class", "lede"));
            if (error is not null) Layout.Notice(h, error, "error");
            if (report is not null) Report(h, context, report);
            using (h.Tag("form", ("method", "post"), ("action", "/ingest"), ("enctype", "multipart/form-data"), ("class", "upload")))
            {
                h.Void("input", ("type", "hidden"), ("name", tokens.FormFieldName), ("value", tokens.RequestToken));
                using (h.Tag("label"))
                {
                    h.Element("span", t["ingest.files"]);
                    h.Void("input", ("type", "file"), ("name", "files"), ("multiple", "multiple"), ("required", "required"));
                }
                h.Element("button", t["ingest.submit"], ("type", "submit"));
            }
        });
    }

    private static void Report(Html.HtmlWriter h, PageContext context, UploadReport report)
    {
        var t = context.Text;
        Layout.Notice(h, t.Format("ingest.report", report.Added, report.Duplicates, report.Failed.Count), report.Added > 0 ? "success" : "info");
        if (report.Failed.Count == 0) return;
        using (h.Tag("ul", ("class", "errors")))
        {
            foreach (var r in report.Failed)
                h.Element("li", $"{r.Source}: error: {r.Reason}");
        }
    }
}
