using Kabar.Annotation.Times;
using Kabar.Model;

namespace Kabar.Tests.Annotation;

/// <summary>Time expressions in invented news sentences, resolved against a publish date.</summary>
public class TimeAnnotatorTests
{
    private static readonly DateOnly Tuesday28Dec2021 = new(2021, 12, 28);

    private static IReadOnlyList<TimeExpression> Annotate(string body, DateOnly? published)
    {
        var article = new Article { Source = "test", Title = "", Language = "id", Body = body };
        return TimeEvaluation.Pipeline().Annotate(article, published).Times;
    }

    private static TimeExpression Single(string body, DateOnly? published, string phrase)
    {
        var times = Annotate(body, published);
        var found = times.Where(t => t.Text == phrase).ToList();
        Assert.True(found.Count == 1, $"'{phrase}' not found once; found: {string.Join(", ", times.Select(t => $"'{t.Text}'={t.Value}"))}");
        Assert.Equal(phrase, body[found[0].Span.Start..found[0].Span.End]);
        return found[0];
    }

    private static string Value(string body, string phrase, DateOnly? published = null) =>
        Single(body, published ?? Tuesday28Dec2021, phrase).Value;

    [Theory]
    [InlineData("Juru bicara itu pada hari Senin (27/12) mengatakan kedua negara siap.", "hari Senin (27/12)", "2021-12-27")]
    [InlineData("Kata juru bicara pemerintahan Biden pada Senin (27/12/2021).", "Senin (27/12/2021)", "2021-12-27")]
    [InlineData("Juru bicara pemerintah berbicara pada Kamis.", "Kamis", "2021-12-23")]
    [InlineData("Presiden hari Senin menandatangani undang-undang itu.", "hari Senin", "2021-12-27")]
    [InlineData("Delegasi akan tiba pada Kamis.", "Kamis", "2021-12-30")]
    [InlineData("Ia akan diperiksa Senin depan.", "Senin depan", "2022-01-03")]
    [InlineData("Ia diperiksa Jumat pekan lalu.", "Jumat pekan lalu", "2021-12-24")]
    public void Weekdays_resolve_to_the_past_unless_the_clause_says_otherwise(string body, string phrase, string value) =>
        Assert.Equal(value, Value(body, phrase));

    [Theory]
    [InlineData("Barcelona menang atas Real Madrid , Sabtu ( 23 / 12 / 2017 ) .", "Sabtu ( 23 / 12 / 2017 )", "2017-12-23")]
    [InlineData("Juru bicara itu pada hari Senin ( 27 / 12 ) mengatakan kedua negara siap .", "hari Senin ( 27 / 12 )", "2021-12-27")]
    [InlineData("Sidang digelar pada 27 / 12 / 2021 di Jakarta .", "27 / 12 / 2021", "2021-12-27")]
    public void Dates_in_tokenised_text_read_as_in_print(string body, string phrase, string value) =>
        Assert.Equal(value, Value(body, phrase));

    [Fact]
    public void A_score_after_a_weekday_is_not_a_date()
    {
        var times = Annotate("Persib menang 3 - 0 , Minggu 3 - 1 di kandang .", Tuesday28Dec2021);
        Assert.DoesNotContain(times, t => t.Text.Contains("3 - "));
    }

    [Fact]
    public void A_weekday_with_a_date_picks_the_year_the_weekday_falls_in() =>
        Assert.Equal("2022-02-01", Value("Ned Price berbicara dalam jumpa pers pada Selasa (1/2).", "Selasa (1/2)", new DateOnly(2022, 2, 3)));

    [Fact]
    public void Thursday_in_a_Friday_paper_is_the_day_before_even_after_a_future_clause() =>
        Assert.Equal("2021-12-30", Value(
            "Perundingan akan diadakan pada 10 Januari di Jenewa, kata juru bicara Maria Zakharova pada Kamis.", "Kamis", new DateOnly(2021, 12, 31)));

    [Theory]
    [InlineData("Pembicaraan keamanan digelar pada 10 Januari mendatang.", "10 Januari mendatang", "2022-01-10")]
    [InlineData("Dokumen itu diserahkan pada 15 Desember.", "15 Desember", "2021-12-15")]
    [InlineData("Selanjutnya, pada tanggal 13 Januari, utusan Rusia bertemu.", "tanggal 13 Januari", "2022-01-13")]
    [InlineData("Pejabat akan menggelar pembicaraan pada 10 Januari tahun depan.", "10 Januari tahun depan", "2022-01-10")]
    [InlineData("Negosiasi akan dimulai pada 10 Januari.", "10 Januari", "2022-01-10")]
    [InlineData("Sidang perdana digelar 3 Januari lalu.", "3 Januari lalu", "2021-01-03")]
    [InlineData("Ia lahir pada 17 Agustus 1945.", "17 Agustus 1945", "1945-08-17")]
    [InlineData("The talks are set for January 10.", "January 10", "2022-01-10")]
    public void Day_and_month_take_the_year_from_the_tense_or_the_nearest_date(string body, string phrase, string value) =>
        Assert.Equal(value, Value(body, phrase));

    [Theory]
    [InlineData("Negosiasi dimulai pada Januari 2022.", "Januari 2022", "2022-01")]
    [InlineData("Ia memahami pembicaraan dengan Rusia akan dimulai Januari.", "Januari", "2022-01")]
    [InlineData("Kasus naik tajam pada Agustus.", "Agustus", "2021-08")]
    [InlineData("Ekspor turun pada bulan Maret lalu.", "bulan Maret lalu", "2021-03")]
    public void Months_take_their_year_from_the_tense_or_the_nearest_one(string body, string phrase, string value) =>
        Assert.Equal(value, Value(body, phrase));

    [Theory]
    [InlineData("Telah disepakati bahwa pada awal tahun depan putaran pertama digelar.", "awal tahun depan", "2022", "START")]
    [InlineData("Berbicara di Gedung Putih awal bulan ini, Biden menegaskan.", "awal bulan ini", "2021-12", "START")]
    [InlineData("Proyek itu rampung akhir tahun.", "akhir tahun", "2021", "END")]
    [InlineData("Vaksin tiba pertengahan Januari.", "pertengahan Januari", "2022-01", "MID")]
    [InlineData("Warga diminta waspada hingga akhir pekan ini.", "akhir pekan ini", "2021-W52-WE", null)]
    public void Parts_of_periods_carry_a_mod(string body, string phrase, string value, string? mod)
    {
        var t = Single(body, Tuesday28Dec2021, phrase);
        Assert.Equal(value, t.Value);
        Assert.Equal(mod, t.Mod);
    }

    [Theory]
    [InlineData("Kemarin Uni Eropa mengimbau AS.", "Kemarin", "2021-12-27")]
    [InlineData("Harga naik hari ini.", "hari ini", "2021-12-28")]
    [InlineData("Hujan turun besok.", "besok", "2021-12-29")]
    [InlineData("Bantuan dibagikan lusa.", "lusa", "2021-12-30")]
    [InlineData("Moskow mengajukan dua rancangan pekan lalu.", "pekan lalu", "2021-W51")]
    [InlineData("Rapat digelar minggu depan.", "minggu depan", "2022-W01")]
    [InlineData("Bulan lalu, Putin meminta NATO berunding.", "Bulan lalu", "2021-11")]
    [InlineData("Anggaran tahun depan naik.", "tahun depan", "2022")]
    [InlineData("Banjir melanda tiga hari lalu.", "tiga hari lalu", "2021-12-25")]
    [InlineData("The bank raised rates last week.", "last week", "2021-W51")]
    [InlineData("Officials met on Monday.", "Monday", "2021-12-27")]
    public void Relative_days_and_periods_count_from_the_publish_date(string body, string phrase, string value)
    {
        var t = Single(body, Tuesday28Dec2021, phrase);
        Assert.Equal(value, t.Value);
        Assert.Equal("published", t.Anchor);
    }

    [Theory]
    [InlineData("Pada 15 Desember, Rusia menyerahkan rancangan, dan dua hari kemudian, kementerian menerbitkan teks.", "15 Desember", "dua hari kemudian", "2021-12-17")]
    [InlineData("Pembicaraan akan dilakukan pada 10 Januari mendatang.\n\nSatu hari setelahnya, Rusia bertemu NATO.", "10 Januari mendatang", "Satu hari setelahnya", "2022-01-11")]
    [InlineData("NATO bertemu pada 12 Januari. Pertemuan hari berikutnya digelar OSCE.", "12 Januari", "hari berikutnya", "2022-01-13")]
    [InlineData("Sidang digelar pada Kamis (23/12). Sehari sebelumnya, hakim menolak eksepsi.", "Kamis (23/12)", "Sehari sebelumnya", "2021-12-22")]
    [InlineData("Officials met on December 20. Two days later, the ministry published the figures.", "December 20", "Two days later", "2021-12-22")]
    [InlineData("Inflasi pada Februari 2021 naik dari bulan sebelumnya.", "Februari 2021", "bulan sebelumnya", "2021-01")]
    public void Later_and_earlier_count_from_the_date_mentioned_before(string body, string anchorPhrase, string phrase, string value)
    {
        var t = Single(body, Tuesday28Dec2021, phrase);
        Assert.Equal(value, t.Value);
        Assert.Equal(body.IndexOf(anchorPhrase, StringComparison.Ordinal).ToString(), t.Anchor);
    }

    [Fact]
    public void A_clock_time_joins_the_date_of_its_sentence()
    {
        Assert.Equal("2021-12-27T14:53", Value("Pertemuan dimulai pukul 14.53 WIB pada Senin (27/12).", "pukul 14.53 WIB"));
        var t = Single("Pertemuan digelar Senin (27/12) pukul 14.53 WIB di Jenewa.", Tuesday28Dec2021, "Senin (27/12) pukul 14.53 WIB");
        Assert.Equal(("TIME", "2021-12-27T14:53"), (t.Type, t.Value));
        Assert.Equal("2021-12-28T08:03", Value("Berita diperbarui 08:03 WIB.", "08:03 WIB"));
    }

    [Theory]
    [InlineData("Ia dirawat selama tiga bulan.", "tiga bulan", "P3M", null)]
    [InlineData("Ia buron dua pekan.", "dua pekan", "P2W", null)]
    [InlineData("Komentar pertama dalam lebih dari sebulan.", "lebih dari sebulan", "P1M", "MORE_THAN")]
    [InlineData("Ia dihukum dua belas tahun.", "dua belas tahun", "P12Y", null)]
    [InlineData("Perjalanan itu memakan waktu 24 jam.", "24 jam", "PT24H", null)]
    [InlineData("Sengketa itu berlangsung bertahun-tahun.", "bertahun-tahun", "PXY", null)]
    [InlineData("Terdakwa divonis empat tahun enam bulan penjara.", "empat tahun enam bulan", "P4Y6M", null)]
    [InlineData("Operasi berlangsung 2 jam 30 menit.", "2 jam 30 menit", "PT2H30M", null)]
    public void Durations(string body, string phrase, string value, string? mod)
    {
        var t = Single(body, Tuesday28Dec2021, phrase);
        Assert.Equal(("DURATION", value, mod), (t.Type, t.Value, t.Mod));
    }

    [Theory]
    [InlineData("Rapat digelar setiap Senin.", "setiap Senin", "XXXX-WXX-1")]
    [InlineData("Festival digelar tiap tahun.", "tiap tahun", "P1Y")]
    [InlineData("Pameran digelar dua tahun sekali.", "dua tahun sekali", "P2Y")]
    [InlineData("Ia memberi konferensi pers mingguan.", "mingguan", "P1W")]
    public void Sets(string body, string phrase, string value)
    {
        var t = Single(body, Tuesday28Dec2021, phrase);
        Assert.Equal(("SET", value), (t.Type, t.Value));
    }

    [Theory]
    [InlineData("Pertumbuhan ekonomi kuartal IV-2021 mencapai 5 persen.", "kuartal IV-2021", "2021-Q4")]
    [InlineData("Laporan semester pertama 2023 dirilis.", "semester pertama 2023", "2023-H1")]
    [InlineData("Gedung itu dibangun pada 1980-an.", "1980-an", "198")]
    [InlineData("Ia menjabat sejak tahun 2014.", "tahun 2014", "2014")]
    public void Years_decades_and_quarters(string body, string phrase, string value) =>
        Assert.Equal(value, Value(body, phrase));

    [Theory]
    [InlineData("Arus mudik libur Natal diperkirakan memuncak pekan ini.", "Natal", "2021-12-25")]
    [InlineData("Polisi berjaga selama malam pergantian tahun.", "malam pergantian tahun", "2021-12-31TNI")]
    [InlineData("Upacara digelar pada Hari Kemerdekaan 2021.", "Hari Kemerdekaan 2021", "2021-08-17")]
    public void Fixed_day_holidays(string body, string phrase, string value) =>
        Assert.Equal(value, Value(body, phrase));

    [Fact]
    public void A_holiday_name_inside_a_place_name_is_not_a_time() =>
        Assert.Empty(Annotate("Banjir melanda Kabupaten Mandailing Natal dan kota natal penyanyi itu.", Tuesday28Dec2021));

    [Theory]
    [InlineData("Minggu lalu harga naik, dan pada Minggu (26/12) turun lagi.", "Minggu lalu", "2021-W51")]
    [InlineData("Minggu lalu harga naik, dan pada Minggu (26/12) turun lagi.", "Minggu (26/12)", "2021-12-26")]
    public void Minggu_is_a_week_or_a_Sunday_by_what_follows(string body, string phrase, string value) =>
        Assert.Equal(value, Value(body, phrase));

    [Theory]
    [InlineData("Mei Lan datang ke Jakarta bersama Juni Astuti.")]
    [InlineData("Rusia mengerahkan lebih dari 100.000 tentara; indeks LQ45 naik 10,20 poin.")]
    [InlineData("Harga emas 1.350.000 dan (27/12) tertulis di papan.")]
    [InlineData("Ia diwawancarai Russia Today dan membaca Anggaran Militer AS Tahun Depan.")]
    [InlineData("Kedua negara saling menghormati satu sama lain sehari-hari.")]
    public void Names_figures_and_bare_brackets_are_not_times(string body) =>
        Assert.Empty(Annotate(body, Tuesday28Dec2021));

    [Fact]
    public void Without_a_publish_date_relative_values_stay_unresolved()
    {
        var body = "Kemarin pejabat bertemu. Pembicaraan digelar 10 Januari mendatang dan Senin. Dua hari kemudian NATO bertemu pada Januari; tahun depan juga. Ia datang pukul 14.53 WIB.";
        var values = Annotate(body, null).ToDictionary(t => t.Text, t => t.Value);
        Assert.Equal("PAST_REF", values["Kemarin"]);
        Assert.Equal("XXXX-01-10", values["10 Januari mendatang"]);
        Assert.Equal("XXXX-WXX-1", values["Senin"]);
        Assert.Equal("FUTURE_REF", values["Dua hari kemudian"]);
        Assert.Equal("XXXX-01", values["Januari"]);
        Assert.Equal("FUTURE_REF", values["tahun depan"]);
        Assert.Equal("XXXX-XX-XXT14:53", values["pukul 14.53 WIB"]);
    }

    [Fact]
    public void Impossible_dates_are_dropped_not_invented()
    {
        var times = Annotate("Rapat digelar 31 Februari 2022 pukul 25.00 WIB. Rapat berikutnya 1 Maret 2022 pukul 09.00 WIB.", Tuesday28Dec2021);
        Assert.DoesNotContain(times, t => t.Value.StartsWith("2022-02") || t.Value.Contains("T25"));
        // The possible date beside them is still read: the test fails if the recogniser finds nothing.
        Assert.Contains(times, t => t.Value.StartsWith("2022-03-01", StringComparison.Ordinal));
    }

    [Fact]
    public void Emoji_and_other_scripts_keep_offsets_right()
    {
        var body = "🎉🎉 Rapat digelar besok 🎉 اليوم «pada 10 Januari» 日本 dua pekan.";
        var times = Annotate(body, Tuesday28Dec2021);
        Assert.Equal(["besok", "10 Januari", "dua pekan"], times.Select(t => body[t.Span.Start..t.Span.End]));
        Assert.Equal(["2021-12-29", "2022-01-10", "P2W"], times.Select(t => t.Value));
    }

    [Fact]
    public void One_very_long_sentence_is_annotated_whole()
    {
        // 200,000 characters with no full stop: every expression is still found, in one pass.
        var chunk = "pada 10 Januari mendatang dan 100.000 tentara serta tiga bulan ";
        var body = string.Concat(Enumerable.Repeat(chunk, 200_000 / chunk.Length));
        var times = Annotate(body, Tuesday28Dec2021);
        Assert.Equal(2 * (200_000 / chunk.Length), times.Count);
    }

    [Fact]
    public void A_clock_time_takes_the_day_the_narrative_is_on() =>
        Assert.Equal("2021-12-15T06:15", Value(
            "Kebakaran terjadi di pasar itu pada 15 Desember 2021. Petugas tiba di lokasi sekitar pukul 06.15 WIB.",
            "pukul 06.15 WIB", Tuesday28Dec2021));

    [Fact]
    public void A_clock_time_with_no_day_stated_before_it_is_on_the_publish_day() =>
        Assert.Equal("2021-12-28T06:15", Value("Petugas tiba di lokasi sekitar pukul 06.15 WIB.", "pukul 06.15 WIB", Tuesday28Dec2021));
}
