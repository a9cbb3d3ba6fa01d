using Kabar.Annotation.Times;

namespace Kabar.Tests.Annotation;

/// <summary>
/// The recogniser's fixed words are data (Resources/Times/pattern-words.tsv): every word listed for
/// a part is found in that part of a phrase, by the recogniser as it runs (only where a phrase may
/// begin), so a word added to the file is recognised and tried as a start without a code change.
/// </summary>
public class PatternWordsTests
{
    private static TimePhrase Only(string text)
    {
        var phrases = TimeRecognizer.Recognize(text, 0, text.Length).ToList();
        return Assert.Single(phrases);
    }

    private static TimePhrase Whole(string text)
    {
        var phrase = Only(text);
        Assert.Equal(text, phrase.Span.Of(text));
        return phrase;
    }

    public static TheoryData<string> Words(string role) => new(role switch
    {
        "clock" => PatternWords.Clock,
        "clock-minutes" => PatternWords.ClockWithMinutes,
        "ampm" => PatternWords.AmPm.Keys,
        "date-lead" => PatternWords.DateLeads,
        "weekday-lead" => PatternWords.WeekdayLeads,
        "month-lead" => PatternWords.MonthLeads,
        "year-lead" => PatternWords.YearLeads,
        "period-unit" => PatternWords.PeriodUnits,
        "shift-before" => PatternWords.ShiftsBefore.Keys,
        "determiner" => PatternWords.Determiners,
        "of" => PatternWords.Of,
        "ordinal-suffix" => PatternWords.OrdinalSuffixes,
        "ordinal-lead" => PatternWords.OrdinalLeads,
        "part-after-ordinal" => PatternWords.PartsAfterOrdinal,
        "quarter-letter" => PatternWords.QuarterLetters,
        "and" => PatternWords.And,
        "decade-suffix" => PatternWords.DecadeSuffixes,
        "one-prefix" => PatternWords.OnePrefixes,
        "many-prefix" => PatternWords.ManyPrefixes,
        _ => throw new ArgumentException(role),
    });

    [Theory]
    [MemberData(nameof(Words), "clock")]
    public void A_clock_word_leads_an_hour(string word)
    {
        var phrase = Whole($"{word} 10.30");
        Assert.Equal(PhraseKind.Clock, phrase.Kind);
        Assert.Equal((10, 30), (phrase.Hour, phrase.Minute));
    }

    [Theory]
    [MemberData(nameof(Words), "clock-minutes")]
    public void A_clock_word_that_needs_minutes_leads_hours_and_minutes_only(string word)
    {
        Assert.Equal((10, 30), (Whole($"{word} 10:30").Hour, Whole($"{word} 10:30").Minute));
        Assert.Empty(TimeRecognizer.Recognize($"{word} 10 orang", 0, $"{word} 10 orang".Length));
    }

    [Theory]
    [MemberData(nameof(Words), "ampm")]
    public void Am_and_pm_set_the_half_of_the_day(string word)
    {
        var hour = Whole($"pukul 8.15 {word}").Hour;
        Assert.Equal(PatternWords.AmPm[word] == "pm" ? 20 : 8, hour);
    }

    [Theory]
    [MemberData(nameof(Words), "date-lead")]
    public void A_date_lead_belongs_to_its_date(string word)
    {
        var phrase = Whole($"{word} 5 Mei 2021");
        Assert.Equal(PhraseKind.CalendarDate, phrase.Kind);
        Assert.Equal((5, 5, 2021), (phrase.Day, phrase.Month, phrase.Year));
        Assert.Equal((5, 6), (Whole($"{word} 5/6").Day, Whole($"{word} 5/6").Month));
    }

    [Theory]
    [MemberData(nameof(Words), "weekday-lead")]
    public void A_weekday_lead_belongs_to_its_weekday(string word) => Assert.Equal(1, Whole($"{word} Senin").Weekday);

    [Theory]
    [MemberData(nameof(Words), "month-lead")]
    public void A_month_lead_makes_a_month_name_a_month(string word)
    {
        var phrase = Whole($"{word} Mei");
        Assert.Equal((PhraseKind.Month, 5), (phrase.Kind, phrase.Month));
    }

    [Theory]
    [MemberData(nameof(Words), "year-lead")]
    public void A_year_lead_makes_a_number_a_year(string word)
    {
        var phrase = Whole($"{word} 2020");
        Assert.Equal((PhraseKind.Year, 2020), (phrase.Kind, phrase.Year));
        Assert.Equal(1, Whole($"Mei {word} depan").YearShift);
    }

    [Theory]
    [MemberData(nameof(Words), "period-unit")]
    public void A_period_unit_with_a_shift_is_a_period(string word)
    {
        var phrase = Whole($"{word} lalu");
        Assert.Equal(PhraseKind.Period, phrase.Kind);
        Assert.Equal(-1, phrase.Direction);
        Assert.Equal(TimeWords.Units.GetValueOrDefault(word) ?? PatternWords.PeriodUnitValues[word], phrase.Unit);
    }

    [Theory]
    [MemberData(nameof(Words), "shift-before")]
    public void A_shift_before_a_period_says_which_way(string word)
    {
        var phrase = Whole($"{word} week");
        Assert.Equal((PhraseKind.Period, "W"), (phrase.Kind, phrase.Unit));
        Assert.Equal(PatternWords.ShiftsBefore[word].Direction, phrase.Direction);
        Assert.Equal(PatternWords.ShiftsBefore[word].AgainstPrevious, phrase.AgainstPrevious);
    }

    [Theory]
    [MemberData(nameof(Words), "determiner")]
    public void A_determiner_belongs_to_its_date(string word) => Assert.Equal((5, 5), (Whole($"{word} 5th of May").Day, Whole($"{word} 5th of May").Month));

    [Theory]
    [MemberData(nameof(Words), "of")]
    public void Of_joins_a_day_and_its_month(string word) => Assert.Equal(5, Whole($"5th {word} May").Month);

    [Theory]
    [MemberData(nameof(Words), "ordinal-suffix")]
    public void An_ordinal_suffix_follows_a_day(string word) => Assert.Equal(21, Whole($"21{word} of June").Day);

    [Theory]
    [MemberData(nameof(Words), "ordinal-lead")]
    public void An_ordinal_lead_comes_before_the_number_of_a_part_of_a_year(string word)
    {
        var phrase = Whole($"kuartal {word}-3");
        Assert.Equal((PhraseKind.YearPart, 3.0), (phrase.Kind, phrase.Count));
    }

    [Theory]
    [MemberData(nameof(Words), "part-after-ordinal")]
    public void A_part_after_its_ordinal(string word)
    {
        var phrase = Whole($"the first {word} of 2023");
        Assert.Equal((PhraseKind.YearPart, 1.0, 2023), (phrase.Kind, phrase.Count, phrase.Year));
    }

    [Theory]
    [MemberData(nameof(Words), "quarter-letter")]
    public void A_quarter_letter_before_its_digit(string word)
    {
        var phrase = Whole($"{word}2 2024");
        Assert.Equal((PhraseKind.YearPart, "Q", 2.0), (phrase.Kind, phrase.Unit, phrase.Count));
    }

    [Theory]
    [MemberData(nameof(Words), "and")]
    public void And_joins_the_two_counts_of_one_length(string word)
    {
        var phrase = Whole($"empat tahun {word} enam bulan");
        Assert.Equal((PhraseKind.Duration, "Y", 4.0), (phrase.Kind, phrase.Unit, phrase.Count));
        Assert.Equal((6.0, "M"), phrase.Rest);
    }

    [Theory]
    [MemberData(nameof(Words), "decade-suffix")]
    public void A_decade_suffix_makes_a_year_a_decade(string word) => Assert.True(Whole($"tahun 1990{word}").Decade);

    [Theory]
    [MemberData(nameof(Words), "one-prefix")]
    public void One_written_onto_its_unit(string word)
    {
        var phrase = Whole($"{word}hari");
        Assert.Equal((PhraseKind.Duration, "D", 1.0), (phrase.Kind, phrase.Unit, phrase.Count));
    }

    [Theory]
    [MemberData(nameof(Words), "many-prefix")]
    public void Many_before_a_doubled_unit(string word)
    {
        var phrase = Whole($"{word}hari-hari");
        Assert.Equal((PhraseKind.Duration, "D"), (phrase.Kind, phrase.Unit));
        Assert.Null(phrase.Count);
    }
}
