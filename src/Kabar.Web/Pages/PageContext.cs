using Kabar.Web.Localization;
using Kabar.Web.Reading;
using Microsoft.AspNetCore.Http;

namespace Kabar.Web.Pages;

/// <summary>What every page needs: the reader, the language, the request (for links) and what the server allows.</summary>
public sealed record PageContext(IStoryReader Reader, UiLanguage Text, HttpRequest Request, bool AllowIngest)
{
    /// <summary>A link to an article at a cited span, so the article page highlights it.</summary>
    public string? CitationHref(string source, int start, int end)
    {
        var id = Reader.ArticleIdOf(source);
        return id is null ? null : $"/articles/{Uri.EscapeDataString(id)}?start={start}&end={end}#cited";
    }

    public static string StoryHref(string id) => "/stories/" + Uri.EscapeDataString(id);

    public static string ArticleHref(string id) => "/articles/" + Uri.EscapeDataString(id);
}
