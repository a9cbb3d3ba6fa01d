using System.Text;
using Kabar.Extraction;
using Kabar.Model;

namespace Kabar.Tests.Extraction;

/// <summary>
/// Lead datelines in the forms Indonesian outlets print them, as pages carry them and in the
/// tokenised dress of research corpora (spaces around commas and brackets, '--' as '- -'): the
/// place goes to <c>dateline</c>, the outlet to <c>outlet</c>, and neither stays in the body or in a
/// generated title. An outlet name the directory does not know is learnt from the leads of a batch.
/// </summary>
public class LeadDatelineTests
{
    private const string Sentence = "Pemerintah kota menambah sepuluh bus listrik yang akan melayani rute menuju sekolah mulai bulan depan.";
    private const string Second = "Wali kota berharap bus gratis itu mengurangi kemacetan pada jam berangkat sekolah.";

    /// <summary>A one-paragraph text dump with no headline: the title must be generated from the lead.</summary>
    private static RawDocument Dump(string name, string lead) =>
        new(name, Encoding.UTF8.GetBytes($"{lead}{Sentence}\n\n{Second}\n"));

    private static Article Extract(RawDocument page) => ExtractAll([page])[0];

    private static List<Article> ExtractAll(IReadOnlyList<RawDocument> pages) =>
        ArticleExtractor.ExtractBatch(pages).Select(o => Assert.IsType<ExtractionOutcome.Extracted>(o).Article).ToList();

    [Theory]
    [InlineData("JAKARTA, KOMPAS.com - ", "Jakarta", "Kompas")]
    [InlineData("Jakarta (ANTARA News) - ", "Jakarta", "Antara")]
    [InlineData("Jakarta ( ANTARA News ) - ", "Jakarta", "Antara")]
    [InlineData("Jakarta, CNN Indonesia -- ", "Jakarta", "CNN Indonesia")]
    [InlineData("Jakarta , CNN Indonesia - - ", "Jakarta", "CNN Indonesia")]
    [InlineData("Liputan6.com, Jakarta - ", "Jakarta", "Liputan6.com")]
    [InlineData("REPUBLIKA.CO.ID, MOSKOW - ", "Moskow", "Republika")]
    [InlineData("Samarinda , Kalimantan Timur ( ANTARA News ) - ", "Samarinda, Kalimantan Timur", "Antara")]
    public void The_place_goes_to_dateline_and_the_outlet_to_outlet(string head, string place, string outletStart)
    {
        var a = Extract(Dump("lead.txt", head));
        Assert.Equal(place, a.Dateline);
        Assert.StartsWith(outletStart, a.Outlet);
        Assert.StartsWith("Pemerintah kota menambah", a.Body);
        Assert.StartsWith("Pemerintah kota menambah", a.Title);
        Assert.Contains(a.Cut, c => c.Reason == CutReasons.Dateline && head.Trim().StartsWith(c.Text));
    }

    [Theory]
    [InlineData("Merdeka.com - ", "Merdeka.com")]
    [InlineData("Suara.com - \u200E", "Suara.com")]
    public void A_head_that_names_only_the_outlet_leaves_no_place(string head, string outlet)
    {
        var a = Extract(Dump("lead.txt", head));
        Assert.Null(a.Dateline);
        Assert.Equal(outlet, a.Outlet);
        Assert.StartsWith("Pemerintah kota menambah", a.Body);
        Assert.StartsWith("Pemerintah kota menambah", a.Title);
    }

    [Theory]
    // The dateline printed on a line of its own above the lead, as tokenised corpora split it.
    [InlineData("Suara.com -\n\n", null, "Suara.com")]
    // The dateline run into the headline above the lead.
    [InlineData("Merdeka.com - Bus Listrik Gratis Untuk Pelajar\n\n", "Bus Listrik Gratis Untuk Pelajar", "Merdeka.com")]
    [InlineData("Kompas.com – Bus Listrik Gratis Untuk Pelajar\n\n", "Bus Listrik Gratis Untuk Pelajar", "Kompas")]
    public void An_outlet_dateline_on_a_line_above_the_lead_is_neither_headline_nor_text(string above, string? headline, string outletStart)
    {
        var a = Extract(Dump("above.txt", above));
        Assert.StartsWith(outletStart, a.Outlet);
        Assert.StartsWith("Pemerintah kota menambah", a.Body);
        if (headline is null)
        {
            Assert.True(a.TitleGenerated);
            Assert.StartsWith("Pemerintah kota menambah", a.Title);
        }
        else Assert.Equal(headline, a.Title);
        Assert.DoesNotContain(".com", a.Title);
        Assert.Contains(a.Cut, c => c.Reason == CutReasons.Dateline);
    }

    [Fact]
    public void A_headline_that_opens_with_a_name_and_a_dash_keeps_it()
    {
        var a = Extract(Dump("name.txt", "KPK - DPR Saling Lapor Soal Hak Angket\n\n"));
        Assert.Equal("KPK - DPR Saling Lapor Soal Hak Angket", a.Title);
    }

    [Fact]
    public void A_hyphenated_word_after_the_outlet_is_not_a_place()
    {
        // Tokenised 'Hari-hari' reads 'Hari - hari': the sentence goes on in lower case, so 'Hari' is no dateline.
        var a = Extract(new RawDocument("lead.txt", Encoding.UTF8.GetBytes(
            "Merdeka.com - Hari - hari perancang busana itu kini terasa suram setelah ia ditahan polisi bersama suaminya .\n\n" + Second + "\n")));
        Assert.Null(a.Dateline);
        Assert.StartsWith("Hari - hari perancang", a.Body);
    }

    [Fact]
    public void An_unknown_outlet_is_learnt_from_the_leads_of_its_pages()
    {
        // 'Warta Pelosok' is in no data file; three pages open with it in the outlet's place.
        string[] places = ["BOGOR", "DEPOK", "BEKASI", "CIBINONG"];
        var pages = places.Select((p, i) => Dump($"wp-{i}.txt", $"{p} ( Warta Pelosok ) - ")).ToList();
        var articles = ExtractAll(pages);
        for (var i = 0; i < places.Length; i++)
        {
            Assert.Equal(places[i][0] + places[i][1..].ToLowerInvariant(), articles[i].Dateline);
            Assert.Equal("Warta Pelosok", articles[i].Outlet);
            Assert.StartsWith("Pemerintah kota menambah", articles[i].Body);
        }
    }

    [Fact]
    public void An_unknown_outlet_that_signs_before_the_place_is_learnt_from_what_stays_the_same()
    {
        // 'Kabar Lembah, Ternate -' and 'JAYAPURA, SUARA PAGI -' have the same shape: the outlet is
        // the part that stays the same across its pages, the place the part that varies.
        string[] places = ["Ternate", "Jayapura", "Ternate", "Sorong", "Manokwari"];
        var signFirst = places.Select((p, i) => Dump($"kl-{i}.txt", $"Kabar Lembah, {p} - ")).ToList();
        var articles = ExtractAll(signFirst);
        for (var i = 0; i < places.Length; i++)
        {
            Assert.Equal(places[i], articles[i].Dateline);
            Assert.Equal("Kabar Lembah", articles[i].Outlet);
        }
        var signAfter = places.Select((p, i) => Dump($"sp-{i}.txt", $"{p.ToUpperInvariant()}, SUARA SENJA - ")).ToList();
        Assert.All(ExtractAll(signAfter), a => Assert.Equal("SUARA SENJA", a.Outlet));
    }

    [Fact]
    public void One_page_does_not_teach_an_outlet_name()
    {
        // Alone, '( Warta Pelosok )' could be anything in brackets: the lead is left as printed.
        var a = Extract(Dump("wp.txt", "BOGOR ( Warta Pelosok ) - "));
        Assert.Null(a.Dateline);
        Assert.StartsWith("BOGOR ( Warta Pelosok )", a.Body);
    }

    [Fact]
    public void A_name_that_only_ever_stands_first_is_not_learnt_as_an_outlet()
    {
        // 'Jakarta' opens every lead, but before the comma: the place, not the outlet.
        var pages = Enumerable.Range(0, 4).Select(i => Dump($"c-{i}.txt", "Jakarta , CNN Indonesia - - ")).ToList();
        Assert.All(ExtractAll(pages), a => Assert.Equal("Jakarta", a.Dateline));
    }

    [Fact]
    public void An_html_lead_gives_its_dateline_too()
    {
        var page = HtmlFixtures.Page(articleTop: "<h1>Harga Cabai Naik</h1>").Replace("<p>" + HtmlFixtures.Paragraph1, "<p>JAKARTA, KOMPAS.com - " + HtmlFixtures.Paragraph1);
        var a = HtmlFixtures.Article(HtmlFixtures.Extract(page));
        Assert.Equal("Jakarta", a.Dateline);
        Assert.StartsWith(HtmlFixtures.Paragraph1, a.Body);
        Assert.Contains(a.Cut, c => c.Reason == CutReasons.Dateline && c.Text == "JAKARTA, KOMPAS.com -");
    }

    [Theory]
    [InlineData("Catatan: ")]
    [InlineData("Disclosure: ")]
    public void A_label_with_a_colon_is_no_dateline(string head)
    {
        var a = Extract(Dump("lead.txt", head));
        Assert.Null(a.Dateline);
        Assert.StartsWith(head.Trim(), a.Body);
    }

    [Fact]
    public void An_html_paragraph_opening_with_a_label_keeps_it()
    {
        var page = HtmlFixtures.Page(articleTop: "<h1>Harga Cabai Naik</h1>").Replace("<p>" + HtmlFixtures.Paragraph1, "<p>Note: " + HtmlFixtures.Paragraph1);
        var a = HtmlFixtures.Article(HtmlFixtures.Extract(page));
        Assert.Null(a.Dateline);
        Assert.StartsWith("Note: ", a.Body);
    }
}
