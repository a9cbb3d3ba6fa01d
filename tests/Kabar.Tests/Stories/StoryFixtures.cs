using System.Text.RegularExpressions;
using Kabar.Model;

namespace Kabar.Tests.Stories;

/// <summary>
/// Hand-built annotated articles: a body, and the entities, roles, quotes and dates annotation
/// would find in it, each given by the text it covers so that every span is real.
/// </summary>
internal sealed class ArticleBuilder(string source, string body)
{
    private readonly List<EntityMention> _entities = [];
    private readonly List<Quote> _quotes = [];
    private readonly List<TimeExpression> _times = [];
    private string _outlet = "Outlet " + source;
    private PageTime? _published, _firstPublished;
    private string _title = "Judul " + source;

    public ArticleBuilder Outlet(string outlet) { _outlet = outlet; return this; }
    public ArticleBuilder Title(string title) { _title = title; return this; }
    public ArticleBuilder Published(int year, int month, int day) { _published = PageTime.Day(new DateOnly(year, month, day)); return this; }
    public ArticleBuilder FirstPublished(int year, int month, int day) { _firstPublished = PageTime.Day(new DateOnly(year, month, day)); return this; }

    public ArticleBuilder Entity(string text, string type, string? canonical = null, string? role = null)
    {
        var at = Find(text);
        TextSpan? roleSpan = role is null ? null : Find(role);
        _entities.Add(new EntityMention(at, text, type, canonical ?? text, role, roleSpan));
        return this;
    }

    public ArticleBuilder Date(string text, string value)
    {
        _times.Add(new TimeExpression(Find(text), text, TimeTypes.Date, value, "published"));
        return this;
    }

    /// <summary>A quote said by <paramref name="speaker"/>: the entity mention of that text when one was added, else those words of the body.</summary>
    public ArticleBuilder Quote(string text, string speaker)
    {
        var entity = _entities.FindIndex(e => e.Text == speaker);
        _quotes.Add(entity >= 0
            ? new Quote(Find(text), text, true, entity, null, null, "kata")
            : new Quote(Find(text), text, true, null, Find(speaker), null, "kata"));
        return this;
    }

    private TextSpan Find(string text)
    {
        var i = body.IndexOf(text, StringComparison.Ordinal);
        if (i < 0) throw new ArgumentException($"'{text}' is not in the body of {source}");
        return new TextSpan(i, i + text.Length);
    }

    public AnnotatedArticle Build()
    {
        var article = new Article
        {
            Source = source, Title = _title, Outlet = _outlet, Published = _published, FirstPublished = _firstPublished, Language = "id", Body = body,
        };
        var sentences = Regex.Matches(body, @"(?:[^.!?\n]|\.(?=\d))+[.!?]?").Where(m => m.Value.Trim().Length > 0)
            .Select(m => new Sentence(new TextSpan(m.Index, m.Index + m.Length))).ToList();
        var tokens = Regex.Matches(body, @"\w+|[^\w\s]").Select(m => new Token(new TextSpan(m.Index, m.Index + m.Length), m.Value)).ToList();
        return new AnnotatedArticle(article, sentences, tokens, _entities, _quotes, _times, []);
    }
}

internal static class StoryFixtures
{
    /// <summary>Four reports of one meeting (two of them with the same wire quote) and one of a later, related event.</summary>
    public static List<AnnotatedArticle> Talks() =>
    [
        new ArticleBuilder("a.txt", "Pejabat Rusia dan Amerika Serikat sepakat menggelar perundingan keamanan di Jenewa pada 10 Januari. Satu hari setelahnya, Rusia juga dijadwalkan bertemu NATO di Brussel. Juru bicara Kementerian Luar Negeri Rusia Sergei Lavrov mengatakan perundingan keamanan itu penting. \"Akan ada area di mana kita dapat membuat kemajuan, dan area di mana kita tidak akan setuju,\" kata juru bicara Gedung Putih.")
            .Outlet("Harian Satu").Published(2021, 12, 28)
            .Entity("Rusia", "LOC").Entity("Amerika Serikat", "LOC").Entity("Jenewa", "LOC").Entity("NATO", "ORG")
            .Entity("Sergei Lavrov", "PER", "Sergei Lavrov", "Juru bicara Kementerian Luar Negeri Rusia")
            .Date("10 Januari", "2022-01-10").Date("Satu hari setelahnya", "2022-01-11")
            .Quote("Akan ada area di mana kita dapat membuat kemajuan, dan area di mana kita tidak akan setuju", "juru bicara Gedung Putih").Build(),
        new ArticleBuilder("b.txt", "Menteri Luar Negeri Rusia Sergey Lavrov berharap perundingan keamanan dengan Amerika Serikat di Jenewa dimulai 10 Januari. Rusia memobilisasi ratusan ribu pasukan di perbatasan Ukraina.")
            .Outlet("Warta Dua").Published(2021, 12, 23)
            .Entity("Rusia", "LOC").Entity("Amerika Serikat", "LOC").Entity("Jenewa", "LOC").Entity("Ukraina", "LOC")
            .Entity("Sergey Lavrov", "PER", "Sergei Lavrov", "Menteri Luar Negeri Rusia")
            .Date("10 Januari", "2022-01-10").Build(),
        new ArticleBuilder("c.txt", "Pejabat Amerika Serikat dan Rusia akan menggelar perundingan keamanan di Jenewa pada 10 Januari. Rusia dan NATO juga akan mengadakan pertemuan di Brussel pada 12 Januari. \"Akan ada area di mana kita dapat membuat kemajuan, dan area di mana kita tidak akan setuju,\" kata juru bicara Gedung Putih.")
            .Outlet("Kabar Tiga").Published(2021, 12, 28)
            .Entity("Rusia", "LOC").Entity("Amerika Serikat", "LOC").Entity("Jenewa", "LOC").Entity("NATO", "ORG")
            .Date("10 Januari", "2022-01-10").Date("12 Januari", "2022-01-12")
            .Quote("Akan ada area di mana kita dapat membuat kemajuan, dan area di mana kita tidak akan setuju", "juru bicara Gedung Putih").Build(),
        new ArticleBuilder("d.txt", "Perundingan keamanan antara Rusia dan Amerika Serikat akan diadakan pada 10 Januari di Jenewa, kata juru bicara Maria Zakharova.")
            .Outlet("Berita Empat").Published(2021, 12, 31)
            .Entity("Rusia", "LOC").Entity("Amerika Serikat", "LOC").Entity("Jenewa", "LOC").Entity("Maria Zakharova", "PER")
            .Date("10 Januari", "2022-01-10").Build(),
        new ArticleBuilder("e.txt", "Amerika Serikat menanggapi tuntutan keamanan Rusia soal Ukraina dengan lebih banyak diplomasi. Rusia mengerahkan lebih dari 100.000 tentara di perbatasan Ukraina. Menteri Luar Negeri Rusia Sergei Lavrov dan Blinken menegaskan posisi masing-masing.")
            .Outlet("Lima News").Published(2022, 2, 3)
            .Entity("Rusia", "LOC").Entity("Amerika Serikat", "LOC").Entity("Ukraina", "LOC")
            .Entity("Sergei Lavrov", "PER", "Sergei Lavrov", "Menteri Luar Negeri Rusia").Entity("Blinken", "PER").Build(),
    ];

    /// <summary>Two unrelated events, two reports each.</summary>
    public static List<AnnotatedArticle> Unrelated() =>
    [
        new ArticleBuilder("flood-1.txt", "Banjir besar merendam ribuan rumah warga di Semarang setelah hujan deras semalam. Badan Penanggulangan Bencana mengevakuasi warga.")
            .Published(2023, 3, 1).Entity("Semarang", "LOC").Entity("Badan Penanggulangan Bencana", "ORG").Build(),
        new ArticleBuilder("flood-2.txt", "Ribuan rumah di Semarang terendam banjir akibat hujan deras. Warga dievakuasi Badan Penanggulangan Bencana ke tempat aman.")
            .Published(2023, 3, 1).Entity("Semarang", "LOC").Entity("Badan Penanggulangan Bencana", "ORG").Build(),
        new ArticleBuilder("match-1.txt", "Persib Bandung menang dua gol tanpa balas atas Persija Jakarta dalam laga liga di stadion Bandung.")
            .Published(2023, 3, 2).Entity("Persib Bandung", "ORG").Entity("Persija Jakarta", "ORG").Build(),
        new ArticleBuilder("match-2.txt", "Laga liga antara Persib Bandung dan Persija Jakarta berakhir dengan kemenangan Persib dua gol tanpa balas.")
            .Published(2023, 3, 2).Entity("Persib Bandung", "ORG").Entity("Persija Jakarta", "ORG").Build(),
    ];

    /// <summary>
    /// Two reports of a flood in Semarang and two of a second flood there a week later, in nearly the
    /// same words: only the day their leads name (and a follow-up's mention of the first) tells them apart.
    /// </summary>
    public static List<AnnotatedArticle> FloodAndFollowUp() =>
    [
        new ArticleBuilder("flood-a.txt", "SEMARANG - Banjir merendam 120 rumah warga di Semarang pada Rabu (1/3) setelah hujan deras. Badan Penanggulangan Bencana Semarang mengevakuasi warga ke balai desa.")
            .Published(2023, 3, 1).Entity("Semarang", "LOC").Entity("Badan Penanggulangan Bencana Semarang", "ORG").Date("Rabu (1/3)", "2023-03-01").Build(),
        new ArticleBuilder("flood-b.txt", "SEMARANG - Sebanyak 120 rumah di Semarang terendam banjir pada Rabu (1/3) akibat hujan deras. Warga dievakuasi Badan Penanggulangan Bencana Semarang ke balai desa.")
            .Published(2023, 3, 2).Entity("Semarang", "LOC").Entity("Badan Penanggulangan Bencana Semarang", "ORG").Date("Rabu (1/3)", "2023-03-01").Build(),
        new ArticleBuilder("flood-c.txt", "SEMARANG - Banjir kembali merendam 150 rumah warga di Semarang pada Rabu (8/3) setelah hujan deras. Banjir ini menyusul banjir pada 1 Maret lalu. Badan Penanggulangan Bencana Semarang mengevakuasi warga ke balai desa.")
            .Published(2023, 3, 8).Entity("Semarang", "LOC").Entity("Badan Penanggulangan Bencana Semarang", "ORG").Date("Rabu (8/3)", "2023-03-08").Date("1 Maret", "2023-03-01").Build(),
        new ArticleBuilder("flood-d.txt", "SEMARANG - Sebanyak 150 rumah di Semarang kembali terendam banjir pada Rabu (8/3) akibat hujan deras. Banjir ini menyusul banjir pada 1 Maret lalu. Warga dievakuasi Badan Penanggulangan Bencana Semarang ke balai desa.")
            .Published(2023, 3, 9).Entity("Semarang", "LOC").Entity("Badan Penanggulangan Bencana Semarang", "ORG").Date("Rabu (8/3)", "2023-03-08").Date("1 Maret", "2023-03-01").Build(),
    ];

    /// <summary>
    /// Pages that give no publish date (an archive dump, a tokenised corpus): two reports of a match on
    /// Saturday 22 April and two of the rematch on Sunday 13 August, in much the same words (the same
    /// teams and ground, another score and scorer), each lead naming its day without the year, as Indonesian leads do.
    /// </summary>
    public static List<AnnotatedArticle> UndatedMatchAndRematch() =>
    [
        new ArticleBuilder("match-a.txt", "Persib Bandung mengalahkan Persipura Jayapura 2 - 1 di Stadion Si Jalak Harupat , Sabtu ( 22 / 4 ) . Gol kemenangan dicetak Ezechiel N'Douassel pada menit akhir .")
            .Entity("Persib Bandung", "ORG").Entity("Persipura Jayapura", "ORG").Entity("Ezechiel N'Douassel", "PER").Date("Sabtu ( 22 / 4 )", "XXXX-04-22").Build(),
        new ArticleBuilder("match-b.txt", "Persib Bandung menang 2 - 1 atas Persipura Jayapura di Stadion Si Jalak Harupat pada Sabtu ( 22 / 4 ) . Ezechiel N'Douassel mencetak gol kemenangan di menit akhir .")
            .Entity("Persib Bandung", "ORG").Entity("Persipura Jayapura", "ORG").Entity("Ezechiel N'Douassel", "PER").Date("Sabtu ( 22 / 4 )", "XXXX-04-22").Build(),
        new ArticleBuilder("rematch-a.txt", "Persib Bandung kembali mengalahkan Persipura Jayapura 3 - 0 di Stadion Si Jalak Harupat , Minggu ( 13 / 8 ) . Dua gol dicetak Febri Hariyadi di babak kedua .")
            .Entity("Persib Bandung", "ORG").Entity("Persipura Jayapura", "ORG").Entity("Febri Hariyadi", "PER").Date("Minggu ( 13 / 8 )", "XXXX-08-13").Build(),
        new ArticleBuilder("rematch-b.txt", "Persib Bandung kembali menang 3 - 0 atas Persipura Jayapura di Stadion Si Jalak Harupat pada Minggu ( 13 / 8 ) . Febri Hariyadi mencetak dua gol di babak kedua .")
            .Entity("Persib Bandung", "ORG").Entity("Persipura Jayapura", "ORG").Entity("Febri Hariyadi", "PER").Date("Minggu ( 13 / 8 )", "XXXX-08-13").Build(),
    ];

    /// <summary>
    /// One minister, two happenings in one week: a meeting in Jakarta on Monday and a market visit in
    /// Surabaya on Thursday, each told by two outlets. They share their main actor, his title and
    /// much of their words; the day, the place and who else is there differ.
    /// </summary>
    public static List<AnnotatedArticle> OneMinisterTwoHappenings() =>
    [
        new ArticleBuilder("meeting-a.txt", "Menteri Perdagangan Zulkifli Hasan memimpin rapat koordinasi harga pangan bersama Badan Pangan Nasional di Jakarta , Senin ( 8 / 5 ) . Zulkifli meminta harga beras dan minyak goreng dijaga menjelang Idul Adha .")
            .Published(2023, 5, 8).Entity("Zulkifli Hasan", "PER").Entity("Badan Pangan Nasional", "ORG").Entity("Jakarta", "LOC").Date("Senin ( 8 / 5 )", "2023-05-08").Build(),
        new ArticleBuilder("meeting-b.txt", "Rapat koordinasi harga pangan dipimpin Menteri Perdagangan Zulkifli Hasan bersama Badan Pangan Nasional di Jakarta pada Senin ( 8 / 5 ) . Zulkifli meminta harga beras dan minyak goreng tetap stabil .")
            .Published(2023, 5, 8).Entity("Zulkifli Hasan", "PER").Entity("Badan Pangan Nasional", "ORG").Entity("Jakarta", "LOC").Date("Senin ( 8 / 5 )", "2023-05-08").Build(),
        new ArticleBuilder("visit-a.txt", "Menteri Perdagangan Zulkifli Hasan meninjau harga pangan di Pasar Pabean Surabaya , Kamis ( 11 / 5 ) . Zulkifli memastikan stok beras dan minyak goreng aman menjelang Idul Adha .")
            .Published(2023, 5, 11).Entity("Zulkifli Hasan", "PER").Entity("Pasar Pabean", "LOC").Entity("Surabaya", "LOC").Date("Kamis ( 11 / 5 )", "2023-05-11").Build(),
        new ArticleBuilder("visit-b.txt", "Harga pangan di Pasar Pabean Surabaya ditinjau Menteri Perdagangan Zulkifli Hasan pada Kamis ( 11 / 5 ) . Menurut Zulkifli , stok beras dan minyak goreng aman .")
            .Published(2023, 5, 11).Entity("Zulkifli Hasan", "PER").Entity("Pasar Pabean", "LOC").Entity("Surabaya", "LOC").Date("Kamis ( 11 / 5 )", "2023-05-11").Build(),
    ];

    /// <summary>
    /// Two floods in Semarang three weeks apart, each told in the same words by two outlets, with
    /// other officials; and a follow-up of the first a week later, in other words, with its official.
    /// The threads are told apart by who is in them, not by their words.
    /// </summary>
    public static List<AnnotatedArticle> TwoFloodThreads() =>
    [
        new ArticleBuilder("a1.txt", "SEMARANG - Banjir merendam 120 rumah warga di Semarang pada Rabu (1/3) setelah hujan deras. Kepala BPBD Semarang Budi Santoso mengatakan warga dievakuasi ke balai desa.")
            .Published(2023, 3, 1).Entity("Semarang", "LOC").Entity("Budi Santoso", "PER").Date("Rabu (1/3)", "2023-03-01").Build(),
        new ArticleBuilder("a2.txt", "SEMARANG - Sebanyak 120 rumah di Semarang terendam banjir pada Rabu (1/3). Budi Santoso, Kepala BPBD Semarang, menyebut warga dievakuasi ke balai desa.")
            .Published(2023, 3, 1).Entity("Semarang", "LOC").Entity("Budi Santoso", "PER").Date("Rabu (1/3)", "2023-03-01").Build(),
        new ArticleBuilder("a3.txt", "SEMARANG - Kepala BPBD Semarang Budi Santoso meninjau tanggul yang jebol di Kaligawe pada Rabu (8/3), sepekan setelah banjir. Perbaikan tanggul ditargetkan selesai dalam dua pekan, kata Budi.")
            .Published(2023, 3, 8).Entity("Semarang", "LOC").Entity("Budi Santoso", "PER").Entity("Kaligawe", "LOC").Date("Rabu (8/3)", "2023-03-08").Build(),
        new ArticleBuilder("b1.txt", "SEMARANG - Banjir merendam 90 rumah warga di Semarang pada Rabu (22/3) setelah hujan deras. Camat Genuk Rina Wulandari mengatakan warga dievakuasi ke balai desa.")
            .Published(2023, 3, 22).Entity("Semarang", "LOC").Entity("Rina Wulandari", "PER").Entity("Genuk", "LOC").Date("Rabu (22/3)", "2023-03-22").Build(),
        new ArticleBuilder("b2.txt", "SEMARANG - Sebanyak 90 rumah di Semarang terendam banjir pada Rabu (22/3). Rina Wulandari, Camat Genuk, menyebut warga dievakuasi ke balai desa.")
            .Published(2023, 3, 22).Entity("Semarang", "LOC").Entity("Rina Wulandari", "PER").Entity("Genuk", "LOC").Date("Rabu (22/3)", "2023-03-22").Build(),
    ];

    /// <summary>
    /// A chain of events a week apart, each sharing its people and words with the one before and
    /// nothing with the one two steps back: a governor's flood visit, the governor and a minister's
    /// aid, the minister and a company's dam deal, the company's share sale.
    /// </summary>
    public static List<AnnotatedArticle> Chain() =>
    [
        new ArticleBuilder("a.txt", "Gubernur Ganjar Pranowo meninjau banjir di Demak pada Senin (6/3). Ganjar meminta warga Demak mengungsi ke balai desa.")
            .Published(2023, 3, 6).Entity("Ganjar Pranowo", "PER").Entity("Demak", "LOC").Date("Senin (6/3)", "2023-03-06").Build(),
        new ArticleBuilder("b.txt", "Ganjar Pranowo dan Menteri Sosial Tri Rismaharini menyerahkan bantuan bagi korban banjir Demak pada Senin (13/3). Risma menyiapkan dapur umum.")
            .Published(2023, 3, 13).Entity("Ganjar Pranowo", "PER").Entity("Tri Rismaharini", "PER").Entity("Demak", "LOC").Date("Senin (13/3)", "2023-03-13").Build(),
        new ArticleBuilder("c.txt", "Menteri Sosial Tri Rismaharini menandatangani kerja sama pembangunan bendungan dengan PT Waskita Karya pada Senin (20/3). Risma menyebut bendungan mencegah bencana.")
            .Published(2023, 3, 20).Entity("Tri Rismaharini", "PER").Entity("PT Waskita Karya", "ORG").Date("Senin (20/3)", "2023-03-20").Build(),
        new ArticleBuilder("d.txt", "PT Waskita Karya menjual saham baru senilai Rp 2 triliun di Bursa Efek Indonesia pada Senin (27/3). Investor asing memborong saham perusahaan konstruksi itu.")
            .Published(2023, 3, 27).Entity("PT Waskita Karya", "ORG").Entity("Bursa Efek Indonesia", "ORG").Date("Senin (27/3)", "2023-03-27").Build(),
    ];
}
