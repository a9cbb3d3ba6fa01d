using Kabar.Annotation.Times;
using Kabar.Tests.Support;

namespace Kabar.Tests.Annotation;

/// <summary>
/// The recogniser runs its regex only where a time phrase can begin (<see cref="PhraseStarts"/>);
/// that must find exactly the phrases of running it at every word.
/// </summary>
public class PhraseStartsTests
{
    public static TheoryData<string> Texts()
    {
        var texts = new TheoryData<string>
        {
            // Phrases glued to a prefix or a hyphen, abbreviations, capitals, English, numbers alone.
            "Sehari kemudian, berhari-hari hujan; akhir-Maret lalu dan awal 2020-an, Q1 2024 serta kuartal ke-3.",
            "Pada tgl. 5/6/2021 pukul 08.30 WIB, setiap Senin, tiap-tiap bulan; HUT RI ke-80 dan Malam Tahun Baru.",
            "The next day, at 10:30 a.m., nearly two years ago, the first quarter of 2023 and New Year's Eve.",
            "Sekitar tiga pekan lalu, lebih dari 2 jam, kemarin lusa, saat ini, 12 Januari 2022 dan 2022-01-12.",
            "ſetiap \u212Aemarin SENIN, MEI 2021, İki gün, hari ini, DUA HARI KEMUDIAN.",
        };
        foreach (var file in Directory.GetFiles(Repo.Samples, "*.txt").Order(StringComparer.Ordinal))
            texts.Add(File.ReadAllText(file));
        foreach (var set in new[] { "TimeEvalSet.txt", "TimeEvalHeldOut.txt", "TimeEvalHeldOut2.txt" })
            texts.Add(File.ReadAllText(Path.Combine(Repo.Root, "tests", "Kabar.Tests", "Annotation", set)));
        return texts;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Skipping_words_that_begin_no_phrase_finds_the_same_phrases(string text)
    {
        var tried = TimeRecognizer.Recognize(text, 0, text.Length, tryEveryWord: true).ToList();
        var skipped = TimeRecognizer.Recognize(text, 0, text.Length, tryEveryWord: false).ToList();
        Assert.NotEmpty(tried);
        Assert.Equal(tried, skipped);
    }
}
