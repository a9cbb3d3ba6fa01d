using Kabar.Web.Localization;
using Kabar.Web.Reading;
using Microsoft.AspNetCore.Http;

namespace Kabar.Web.Pages;

/// <summary>What every page needs: the reader, the language, the request (for links) and what the server allows.</summary>
public sealed record PageContext(IStoryReader Reader, UiLanguage Text, HttpRequest Request, bool AllowIngest)
{
    public static string StoryHref(string id) => "/stories/" + Uri.EscapeDataString(id);

    public static string ArticleHref(string id) => "/articles/" + Uri.EscapeDataString(id);
}
