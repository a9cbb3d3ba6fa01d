namespace Kabar.Web.Html;

/// <summary>Cuts labels to fit a chip or a chart row; the full text goes in a title.</summary>
public static class Shorten
{
    public static string To(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}
