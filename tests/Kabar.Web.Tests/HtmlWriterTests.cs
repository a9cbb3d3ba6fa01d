using Kabar.Web.Html;

namespace Kabar.Web.Tests;

public class HtmlWriterTests
{
    [Fact]
    public void Text_and_attribute_values_are_encoded()
    {
        var h = new HtmlWriter();
        using (h.Tag("p", ("title", "\"><img src=x onerror=alert(1)>")))
            h.Text("<script>alert(1)</script>");
        var html = h.ToString();
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("\"><img", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("//evil.example/x")]
    public void A_link_that_is_not_http_or_local_is_written_as_text(string href)
    {
        var h = new HtmlWriter();
        h.Link(href, "klik");
        Assert.Equal("klik", h.ToString());
        Assert.Throws<ArgumentException>(() => new HtmlWriter().Tag("a", ("href", href)));
    }

    [Theory]
    [InlineData("/articles/3?start=1&end=4#cited")]
    [InlineData("https://www.kontan.co.id/news/x")]
    public void Local_and_http_links_are_kept(string href)
    {
        var h = new HtmlWriter();
        h.Link(href, "x");
        Assert.StartsWith("<a href=", h.ToString());
    }
}
