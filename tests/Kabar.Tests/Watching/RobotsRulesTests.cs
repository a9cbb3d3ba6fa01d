using Kabar.Watching;

namespace Kabar.Tests.Watching;

/// <summary>robots.txt as RFC 9309 reads it; the cases are the RFC's own examples (sections 2.2 and 5).</summary>
public class RobotsRulesTests
{
    private static Uri At(string path) => new("https://contoh.test" + path);

    // RFC 9309 5.1, "Simple Example".
    private const string SimpleExample = """
        User-Agent: *
        Disallow: *.gif$
        Disallow: /example/
        Allow: /publications/

        User-Agent: foobot
        Disallow:/
        Allow:/example/page.html
        Allow:/example/allowed.gif

        User-Agent: barbot
        User-Agent: bazbot
        Disallow: /example/page.html

        User-Agent: quxbot

        EOF
        """;

    [Theory]
    [InlineData("foobot", "/example/page.html", true)]
    [InlineData("foobot", "/example/allowed.gif", true)]
    [InlineData("foobot", "/example/other.html", false)]
    [InlineData("foobot", "/", false)]
    [InlineData("barbot", "/example/page.html", false)]
    [InlineData("bazbot", "/example/page.html", false)]
    [InlineData("barbot", "/example/other.html", true)]
    [InlineData("quxbot", "/example/page.html", true)]
    [InlineData("otherbot", "/example/page.html", false)]
    [InlineData("otherbot", "/images/a.gif", false)]
    [InlineData("otherbot", "/images/a.gif?x=1", true)]
    [InlineData("otherbot", "/publications/2022", true)]
    [InlineData("FooBot/2.1 (+https://foo.test)", "/example/page.html", true)]
    public void The_simple_example_of_the_RFC_is_read_as_it_says(string agent, string path, bool allowed) =>
        Assert.Equal(allowed, RobotsRules.Parse(SimpleExample, agent).Allows(At(path)));

    [Fact]
    public void The_longest_match_wins_whatever_the_order_of_the_rules()
    {
        // RFC 9309 5.2, "Longest Match".
        var rules = RobotsRules.Parse("User-Agent: foobot\nAllow: /example/page/\nDisallow: /example/page/disallowed.gif\n", "foobot");
        Assert.True(rules.Allows(At("/example/page/")));
        Assert.True(rules.Allows(At("/example/page/other.gif")));
        Assert.False(rules.Allows(At("/example/page/disallowed.gif")));
        var reversed = RobotsRules.Parse("User-Agent: foobot\nDisallow: /example/page/disallowed.gif\nAllow: /example/page/\n", "foobot");
        Assert.False(reversed.Allows(At("/example/page/disallowed.gif")));
    }

    [Fact]
    public void Allow_wins_when_an_allow_and_a_disallow_rule_are_equally_long() =>
        Assert.True(RobotsRules.Parse("User-agent: *\nDisallow: /berita\nAllow: /berita\n", "kabar").Allows(At("/berita/1")));

    [Fact]
    public void Groups_for_the_same_agent_are_merged()
    {
        // RFC 9309 2.2.1: the two ExampleBot groups are one.
        var rules = RobotsRules.Parse("user-agent: ExampleBot\ndisallow: /foo\ndisallow: /bar\n\nuser-agent: ExampleBot\ndisallow: /baz\n", "examplebot");
        Assert.False(rules.Allows(At("/foo")));
        Assert.False(rules.Allows(At("/bar")));
        Assert.False(rules.Allows(At("/baz")));
        Assert.True(rules.Allows(At("/qux")));
    }

    [Fact]
    public void Agents_match_by_whole_product_token_not_by_substring()
    {
        var text = "User-agent: kab\nDisallow: /\n\nUser-agent: kabarbot\nDisallow: /\n\nUser-agent: *\nDisallow: /private/\n";
        var rules = RobotsRules.Parse(text, "Kabar/0.1 (+news monitoring)");
        Assert.True(rules.Allows(At("/berita/1")));
        Assert.False(rules.Allows(At("/private/1")));
        Assert.False(RobotsRules.Parse("User-agent: KABAR\nDisallow: /\n", "Kabar/0.1").Allows(At("/berita/1")));
    }

    [Theory]
    // RFC 9309 2.2.3: '*' is any run of characters, '$' the end of the path.
    [InlineData("/fish*", "/fish", false)]
    [InlineData("/fish*", "/fish.html", false)]
    [InlineData("/fish*", "/Fish.asp", true)]
    [InlineData("/*.php", "/index.php", false)]
    [InlineData("/*.php", "/folder/any.php.file.html", false)]
    [InlineData("/*.php", "/windows.PHP", true)]
    [InlineData("/*.php$", "/filename.php", false)]
    [InlineData("/*.php$", "/filename.php?parameters", true)]
    [InlineData("/*.php$", "/filename.php5", true)]
    [InlineData("/fish*.php", "/fishheads/catfish.php?parameters", false)]
    [InlineData("/fish*.php", "/Fish.PHP", true)]
    [InlineData("/path$", "/path", false)]
    [InlineData("/path$", "/path/", true)]
    [InlineData("/foo/bar?baz=quz", "/foo/bar?baz=quz", false)]
    [InlineData("/foo/bar/ツ", "/foo/bar/%E3%83%84", false)]
    [InlineData("/foo/bar/%E3%83%84", "/foo/bar/ツ", false)]
    [InlineData("/foo/bar/%e3%83%84", "/foo/bar/%E3%83%84", false)]
    [InlineData("/a*b*c$", "/a-b-c", false)]
    [InlineData("/a*b*c$", "/a-b-c-d", true)]
    public void Wildcards_and_the_end_anchor_match_as_the_RFC_shows(string rule, string path, bool allowed) =>
        Assert.Equal(allowed, RobotsRules.Parse($"User-agent: *\nDisallow: {rule}\n", "kabar").Allows(At(path)));

    [Fact]
    public void Comments_empty_rules_and_unknown_lines_change_nothing()
    {
        var rules = RobotsRules.Parse("# tentang situs\nUser-agent: * # semua\nSitemap: https://contoh.test/sitemap.xml\nCrawl-delay: 5\nDisallow:\nDisallow: /cari # mesin cari\n", "kabar");
        Assert.True(rules.Allows(At("/berita/1")));
        Assert.False(rules.Allows(At("/cari?q=banjir")));
    }

    [Fact]
    public void Robots_txt_itself_is_always_allowed()
    {
        Assert.True(RobotsRules.Parse("User-agent: *\nDisallow: /\n", "kabar").Allows(At("/robots.txt")));
        Assert.True(RobotsRules.DisallowAll.Allows(At("/robots.txt")));
        Assert.False(RobotsRules.DisallowAll.Allows(At("/berita/1")));
    }
}
