using Kabar.Language;
using Kabar.Tests.Support;

namespace Kabar.Tests.Language;

/// <summary>
/// The fast detector is Kabar's own scorer over Lingua's models; its first language and confidence must be
/// Lingua's own, to the last bit, or the language of a page (and so what is stored) would change.
/// </summary>
public class TrigramScorerTests
{
    public static TheoryData<string, string> TextsOfEachCandidate => new()
    {
        { "id", "Pemerintah kota mulai memperbaiki jalan yang rusak sebelum musim hujan tiba, kata wali kota kepada wartawan di balai kota, Senin. Perbaikan ditargetkan rampung akhir bulan depan." },
        { "ms", "Kerajaan Malaysia akan mengumumkan pakej rangsangan ekonomi baharu minggu hadapan bagi membantu peniaga kecil yang terjejas, kata Menteri Kewangan kepada pemberita di Putrajaya semalam." },
        { "en", "Senior Russian and American officials agreed on Thursday to hold security talks in Geneva next month, the foreign ministry said in a statement, after weeks of rising tension over Ukraine." },
        { "tl", "Nagkasundo ang mga opisyal ng Russia at Estados Unidos na magsagawa ng pag-uusap tungkol sa seguridad sa susunod na buwan sa Geneva, ayon sa pahayag ng kagawaran." },
    };

    [Theory]
    [MemberData(nameof(TextsOfEachCandidate))]
    public void Names_each_candidate_as_Lingua_does_with_the_same_confidence(string language, string text)
    {
        var ours = LanguageIdentifier.CommonBest(text);
        Assert.Equal(LanguageIdentifier.CommonBestByLingua(text), ours);
        Assert.Equal(language, ours.Language);
    }

    // Lingua's confidence falls below 1 only where the exponentials of the sums do not underflow, on short
    // texts; the cut-offs below give texts of 120 to 200 characters, where it does, and every sample's
    // windows from its start, middle and end.
    [Fact]
    public void Agrees_with_Lingua_on_every_window_of_the_samples_including_unsure_ones()
    {
        var compared = 0;
        var unsure = 0;
        foreach (var path in Directory.GetFiles(Repo.Samples, "*.txt"))
        {
            var text = File.ReadAllText(path);
            foreach (var length in new[] { 120, 140, 160, 200, 500 })
                for (var start = 0; start + length <= text.Length; start += Math.Max(length, text.Length / 7))
                {
                    var window = text.Substring(start, length);
                    var ours = LanguageIdentifier.CommonBest(window);
                    Assert.True(LanguageIdentifier.CommonBestByLingua(window) == ours, $"{Path.GetFileName(path)} at {start}, {length} chars: ours {ours}, Lingua's {LanguageIdentifier.CommonBestByLingua(window)}");
                    compared++;
                    if (ours.Confidence is > 0 and < 1) unsure++;
                }
        }
        Assert.True(compared > 100, $"only {compared} windows compared");
        Assert.True(unsure > 0, "no window where Lingua is unsure: the normalisation is not tested");
    }

    [Theory]
    [InlineData("Министр иностранных дел России заявил, что переговоры начнутся в январе, сообщает агентство со ссылкой на источники.")]
    [InlineData("外务部长表示，双方将于明年一月在日内瓦举行安全会谈，会谈将讨论欧洲安全问题以及其他双边问题，外务部发言人说。")]
    [InlineData("Die Außenminister Russlands und der Vereinigten Staaten haben vereinbart, nächsten Monat in Genf über die Sicherheit in Europa zu sprechen.")]
    [InlineData("Menteri Luar Negeri Rusia Sergei Lavrov (Сергей Лавров) berkata rundingan akan bermula pada Januari 2022 — 100% pasti, katanya kepada wartawan!!!")]
    [InlineData("!!! 2022 --- ??? ... 12:30 WIB +++ 1.000.000 $$$ 50% ### @@@ 2021/12/23 *** ((( ))) [[[ ]]] {{{ }}} ::: ;;; ,,, 3.14159 ~~~ ^^^")]
    [InlineData("Ketegangan Meningkat, AS-Rusia Segera Negosiasi Mulai Januari 2022 ДДДД ДДДД ДДДД ДДДД ДДДД ДДДД ДДДД ДДДД ДДДД ДДДД ДДДД ДДДД")]
    public void Agrees_with_Lingua_on_other_scripts_mixed_text_and_no_letters(string text)
    {
        Assert.Equal(LanguageIdentifier.CommonBestByLingua(text), LanguageIdentifier.CommonBest(text));
    }

    // The full set (14 candidates) is Kabar's scorer over its Latin-script languages wherever Lingua's letter rules
    // have nothing to decide; elsewhere the scorer must decline and Lingua answer. Either way the answer is Lingua's.
    [Theory]
    [InlineData("Senior Russian and American officials agreed on Thursday to hold security talks in Geneva next month, the foreign ministry said in a statement, after weeks of rising tension over Ukraine.")]
    [InlineData("De ministers van buitenlandse zaken van Rusland en de Verenigde Staten hebben afgesproken om volgende maand in Genf opnieuw met elkaar te praten over de veiligheid in Europa.")]
    [InlineData("Les responsables russes et américains ont convenu de tenir des pourparlers sur la sécurité en Europe le mois prochain à Genève, a déclaré le ministère des Affaires étrangères.")]
    [InlineData("Die Außenminister Russlands und der Vereinigten Staaten haben vereinbart, nächsten Monat in Genf über die Sicherheit in Europa zu sprechen, teilte das Ministerium mit.")]
    [InlineData("Los ministros de Asuntos Exteriores de Rusia y Estados Unidos acordaron reunirse el mes que viene en Ginebra para hablar de la seguridad en Europa, informó el ministerio.")]
    [InlineData("Os ministros das Relações Exteriores da Rússia e dos Estados Unidos concordaram em se reunir no próximo mês em Genebra para falar sobre a segurança na Europa.")]
    [InlineData("Kerajaan Malaysia akan mengumumkan pakej rangsangan ekonomi baharu minggu hadapan bagi membantu peniaga kecil yang terjejas, kata Menteri Kewangan kepada pemberita di Putrajaya semalam.")]
    [InlineData("Café owners in São Paulo and Zürich said the new rules, which take effect in January, would hurt small businesses that already struggle with rising rents and falling demand.")]
    [InlineData("Министр иностранных дел России заявил, что переговоры начнутся в январе, сообщает агентство со ссылкой на источники в министерстве.")]
    [InlineData("Menteri Luar Negeri Rusia Sergei Lavrov (Сергей Лавров) berkata rundingan akan bermula pada Januari 2022, katanya kepada wartawan di Moscow semalam petang.")]
    [InlineData("外务部长表示，双方将于明年一月在日内瓦举行安全会谈，会谈将讨论欧洲安全问题以及其他双边问题，外务部发言人说。外务部长表示，双方将于明年一月在日内瓦举行安全会谈。")]
    [InlineData("é é é é é é é é é é é é é é é é é é é é é é é é é é é é é é é é é é é é é é é é é é é é é é é é é é é é é é é é é é é é é é é é")]
    public void The_full_set_answers_as_Lingua_alone_does(string text)
    {
        Assert.Equal(LanguageIdentifier.IdentifyAmongAllByLingua(text), LanguageIdentifier.IdentifyAmongAll(text));
    }

    [Fact]
    public void The_full_set_answers_as_Lingua_alone_does_on_every_window_of_the_samples()
    {
        var compared = 0;
        foreach (var path in Directory.GetFiles(Repo.Samples, "*.txt"))
        {
            var text = File.ReadAllText(path);
            foreach (var length in new[] { 120, 200, 500, 2000 })
                for (var start = 0; start + length <= text.Length; start += Math.Max(length, text.Length / 7))
                {
                    var window = text.Substring(start, length);
                    Assert.True(LanguageIdentifier.IdentifyAmongAllByLingua(window) == LanguageIdentifier.IdentifyAmongAll(window), $"{Path.GetFileName(path)} at {start}, {length} chars");
                    compared++;
                }
        }
        Assert.True(compared > 100, $"only {compared} windows compared");
    }

    [Fact]
    public void Stands_in_for_Lingua_on_plain_English_and_declines_where_its_rules_decide()
    {
        var scorer = TrigramScorer.ForLatinLanguagesOf([Lingua.Language.Indonesian, Lingua.Language.English, Lingua.Language.German, Lingua.Language.Russian]);
        Assert.Equal(Lingua.Language.English, scorer.DetectLikeLingua("Senior Russian and American officials agreed on Thursday to hold security talks in Geneva next month."));
        Assert.Null(scorer.DetectLikeLingua("Die Straße ist groß, und die Außenminister haben vereinbart, nächsten Monat in Genf zu sprechen.")); // ß is German's own letter
        Assert.Null(scorer.DetectLikeLingua("Министр иностранных дел России заявил, что переговоры начнутся в январе."));
        Assert.Null(scorer.DetectLikeLingua("über öl ärger übel öde ähre über öl ärger übel öde ähre über öl ärger übel öde ähre")); // letters Lingua's table maps to a few languages, in most words
    }

    [Fact]
    public void Refuses_languages_whose_Lingua_rules_it_does_not_repeat()
    {
        Assert.Throws<ArgumentException>(() => new TrigramScorer(Lingua.Language.Indonesian, Lingua.Language.German));
    }
}
