using System.Globalization;
using System.Net;
using System.Text;

namespace Kabar.CorpusGenerator;

/// <summary>One generated page and the truth about it.</summary>
internal sealed record GeneratedPage(string FileName, string Content, string EventId, string StoryId, string Outlet, DateTime Published);

/// <summary>The facts of one event; every article about it draws on these, in its own words.</summary>
internal sealed record EventFacts(
    string Id, string StoryId, EventType Type, string City, string Person, string Role, string Org,
    DateOnly Date, int N, int M, string? Wire, string? Title, EventFacts? Follows);

/// <summary>
/// Makes events, stories and their articles from the vocabulary, deterministically for a seed. By
/// default stories start on any day of three years and pages come story by story; with
/// <paramref name="perDay"/>, stories start one day after another, about that many articles a day, and
/// pages come in publish order (numbered so), as a crawl of the news would bring them.
/// </summary>
internal sealed class CorpusWriter(Vocabulary words, int seed, int? perDay = null)
{
    private readonly Random _random = new(seed);
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public List<GeneratedPage> Generate(int articleCount)
    {
        var pages = new List<GeneratedPage>(articleCount);
        var storyNumber = 0;
        while (pages.Count < articleCount)
        {
            storyNumber++;
            var storyId = $"s{storyNumber:D6}";
            var first = NewEvent(storyId, $"{storyId}-e1", follows: null);
            if (perDay is { } rate) first = first with { Date = new DateOnly(2022, 1, 1).AddDays(pages.Count / rate) };
            var events = new List<EventFacts> { first };
            var followups = _random.Next(100) < 35 ? _random.Next(1, 3) : 0;
            for (var f = 0; f < followups; f++)
                events.Add(NewEvent(storyId, $"{storyId}-e{f + 2}", follows: events[^1]));
            foreach (var facts in events)
            {
                var reports = Math.Min(_random.Next(2, 9), articleCount - pages.Count);
                var outlets = words.Outlets.OrderBy(_ => _random.Next()).Take(Math.Min(reports, words.Outlets.Length)).ToList();
                for (var r = 0; r < reports; r++)
                {
                    var outlet = outlets[r % outlets.Count];
                    pages.Add(Render(facts, outlet, pages.Count));
                }
                if (pages.Count >= articleCount) break;
            }
        }
        return perDay is null ? pages : InPublishOrder(pages);
    }

    /// <summary>The pages by publish time (generation order breaking ties), renumbered in that order.</summary>
    private static List<GeneratedPage> InPublishOrder(List<GeneratedPage> pages) => pages
        .Select((p, i) => (Page: p, Made: i)).OrderBy(x => x.Page.Published).ThenBy(x => x.Made)
        .Select((x, i) => x.Page with { FileName = $"{i:D7}{x.Page.FileName[7..]}" }).ToList();

    private EventFacts NewEvent(string storyId, string id, EventFacts? follows)
    {
        if (follows is not null)
        {
            var type = follows.Type;
            return follows with
            {
                Id = id,
                Date = follows.Date.AddDays(_random.Next(3, 21)),
                N = follows.N + _random.Next(1, 9),
                M = _random.Next(2, 90),
                Title = Fill(Pick(type.Followups), follows),
                Follows = follows,
                Wire = _random.Next(100) < 40 ? Pick(words.Wires) : null,
            };
        }
        var eventType = Pick(words.EventTypes);
        var city = Pick(words.Cities);
        var org = eventType.Name == "launch"
            ? $"PT {Pick(words.CompanyWords)} {Pick(words.CompanyWords)} {Pick(words.CompanyKinds)}"
            : $"Dinas {Pick(words.OrgFields)} {city}";
        var facts = new EventFacts(id, storyId, eventType, city, $"{Pick(words.FirstNames)} {Pick(words.LastNames)}", "", org,
            new DateOnly(2022, 1, 1).AddDays(_random.Next(0, 3 * 365)), _random.Next(3, 400), _random.Next(2, 90),
            _random.Next(100) < 40 ? Pick(words.Wires) : null, null, null);
        return facts with { Role = Fill(Pick(eventType.Roles), facts) };
    }

    private GeneratedPage Render(EventFacts facts, OutletTemplate outlet, int index)
    {
        var published = facts.Date.ToDateTime(new TimeOnly(0, 0)).AddDays(_random.Next(0, 3)).AddMinutes(_random.Next(6 * 60, 23 * 60));
        if (DateOnly.FromDateTime(published) < facts.Date) published = facts.Date.ToDateTime(new TimeOnly(18, 0));
        var title = facts.Title ?? Fill(Pick(facts.Type.Titles), facts);
        var paragraphs = new List<string>();
        var lead = facts.Follows is null
            ? Fill(Pick(facts.Type.Leads), facts)
            : $"{title} pada {Weekday(facts.Date)} ({facts.Date.Day}/{facts.Date.Month}). Peristiwa ini menyusul {facts.Type.Thing} di {facts.City} pada {facts.Follows.Date.Day} {Month(facts.Follows.Date)} lalu.";
        paragraphs.Add(lead);
        foreach (var detail in facts.Type.Details.OrderBy(_ => _random.Next()).Take(_random.Next(2, facts.Type.Details.Length + 1)))
            paragraphs.Add(Fill(detail, facts));
        var quote = Fill(Pick(facts.Type.Quotes), facts);
        var cue = Pick(words.Cues);
        paragraphs.Insert(Math.Min(2, paragraphs.Count), _random.Next(2) == 0
            ? $"\"{quote},\" {cue} {facts.Role} {facts.Person} di {facts.City}."
            : $"{facts.Role} {facts.Person} mengatakan pihaknya terus memantau perkembangan. \"{quote},\" {cue}nya.");
        if (facts.Wire is not null)
            paragraphs.Add($"Seperti dilaporkan {facts.Wire}, {facts.Person} menyebut situasi di {facts.City} terus dipantau dan laporan lengkap akan disampaikan pekan depan.");
        var editor = $"{Pick(words.FirstNames)} {Pick(words.LastNames)}";
        var related = Fill(Pick(Pick(words.EventTypes).Titles), facts with { City = Pick(words.Cities), N = _random.Next(3, 400) });
        var fileName = $"{index:D7}_{outlet.Domain.Split('.')[0]}{(outlet.Html ? ".html" : ".txt")}";
        var dateline = outlet.Dateline
            .Replace("{OUTLET_UPPER}", outlet.Name.ToUpperInvariant()).Replace("{OUTLET}", outlet.Name)
            .Replace("{CITY_UPPER}", facts.City.ToUpperInvariant()).Replace("{City}", facts.City);
        var signoff = outlet.Signoff.Replace("{editor}", editor).Replace("{wire}", facts.Wire ?? outlet.Name)
            .Replace("{initials}", new string(editor.Split(' ').Select(w => w[0]).ToArray()).ToUpperInvariant() + "R");
        var page = new PageParts(outlet, title, published, dateline, paragraphs, $"{outlet.Related} {related}", signoff,
            $"Suasana di {facts.City}. ({outlet.Name}/{editor})");
        var content = outlet.Html ? HtmlPage(page) : TextDump(page);
        return new GeneratedPage(fileName, content, facts.Id, facts.StoryId, outlet.Name, published);
    }

    private sealed record PageParts(OutletTemplate Outlet, string Title, DateTime Published, string Dateline,
        List<string> Paragraphs, string Related, string Signoff, string Caption);

    private string TextDump(PageParts p)
    {
        var b = new StringBuilder();
        b.AppendLine(p.Outlet.Domain);
        if (p.Outlet.Ticker)
            b.AppendLine($"  • IHSG{_random.Next(6000, 7500)},{_random.Next(10, 99)}   {_random.Next(1, 40)},{_random.Next(10, 99)}   0.{_random.Next(10, 99)}%")
             .AppendLine($"  • EMAS{_random.Next(900, 1400)}.000 0,{_random.Next(10, 99)}%");
        b.AppendLine().AppendLine(p.Title).AppendLine();
        b.AppendLine($"{Weekday(DateOnly.FromDateTime(p.Published))}, {p.Published.Day} {Month(DateOnly.FromDateTime(p.Published))} {p.Published.Year} / {p.Published:HH:mm} WIB");
        b.AppendLine(p.Caption).AppendLine();
        for (var i = 0; i < p.Paragraphs.Count; i++)
        {
            b.AppendLine(i == 0 ? p.Dateline + p.Paragraphs[i] : p.Paragraphs[i]).AppendLine();
            if (i == 1) b.AppendLine(p.Related).AppendLine();
        }
        b.AppendLine(p.Signoff).AppendLine().AppendLine(p.Outlet.Comment).AppendLine("TERPOPULER");
        return b.ToString();
    }

    private static string HtmlPage(PageParts p)
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var iso = new DateTimeOffset(p.Published, TimeSpan.FromHours(7)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", Invariant);
        var b = new StringBuilder();
        b.Append($"<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>{E(p.Title)} - {E(p.Outlet.Name)}</title>")
         .Append($"<meta property=\"og:site_name\" content=\"{E(p.Outlet.Name)}\"><meta property=\"og:title\" content=\"{E(p.Title)}\">")
         .Append($"<meta property=\"article:published_time\" content=\"{iso}\">")
         .Append($"<link rel=\"canonical\" href=\"https://{p.Outlet.Domain}/berita/{Math.Abs(p.Title.GetHashCode()) % 1000000}\"></head><body>")
         .Append($"<header><nav><a href=\"/\">Beranda</a> <a href=\"/nasional\">Nasional</a> <a href=\"/daerah\">Daerah</a> <a href=\"/ekonomi\">Ekonomi</a></nav></header>")
         .Append($"<main><article><h1>{E(p.Title)}</h1><div class=\"date\">{E(p.Published.ToString("dd/MM/yyyy HH:mm", Invariant))} WIB</div>")
         .Append($"<figure><img src=\"/foto.jpg\" alt=\"\"><figcaption>{E(p.Caption)}</figcaption></figure>");
        for (var i = 0; i < p.Paragraphs.Count; i++)
        {
            b.Append($"<p>{E(i == 0 ? p.Dateline + p.Paragraphs[i] : p.Paragraphs[i])}</p>");
            if (i == 1) b.Append($"<p class=\"related\"><strong>{E(p.Related)}</strong></p>");
        }
        b.Append($"<p class=\"editor\">{E(p.Signoff)}</p></article>")
         .Append($"<aside><h3>{E(p.Outlet.Comment)}</h3><ul><li><a href=\"/a\">Berita populer hari ini</a></li><li><a href=\"/b\">Berita terkini lainnya</a></li></ul></aside></main>")
         .Append($"<footer>&copy; {p.Published.Year} {E(p.Outlet.Name)}. Hak cipta dilindungi.</footer></body></html>");
        return b.ToString();
    }

    private string Fill(string template, EventFacts f) => template
        .Replace("{city}", f.City).Replace("{org}", f.Org).Replace("{n}", f.N.ToString(Invariant)).Replace("{m}", f.M.ToString(Invariant))
        .Replace("{weekday}", Weekday(f.Date)).Replace("{dm}", $"{f.Date.Day}/{f.Date.Month}");

    private string Weekday(DateOnly d) => words.Weekdays[((int)d.DayOfWeek + 6) % 7];
    private string Month(DateOnly d) => words.Months[d.Month - 1];
    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
