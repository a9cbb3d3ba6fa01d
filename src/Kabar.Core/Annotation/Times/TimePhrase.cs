using Kabar.Model;

namespace Kabar.Annotation.Times;

/// <summary>What kind of time a recognised phrase states; decides how <see cref="TimeNormalizer"/> resolves it.</summary>
public enum PhraseKind
{
    /// <summary>'Senin', 'pada Kamis', 'Senin (27/12)', 'Senin pekan depan', 'last Monday'.</summary>
    Weekday,
    /// <summary>'10 Januari', '15 Desember 2021', '10 Januari mendatang', '27/12/2021', 'January 10'.</summary>
    CalendarDate,
    /// <summary>'Januari 2022', 'pada Januari', 'Januari tahun depan'.</summary>
    Month,
    /// <summary>'tahun 2022', 'pada 2021', '1990-an'.</summary>
    Year,
    /// <summary>A quarter or half of a year: 'kuartal IV-2021', 'semester pertama', 'Q1 2022'.</summary>
    YearPart,
    /// <summary>A week, month or year relative to another: 'pekan lalu', 'bulan ini', 'awal tahun depan', 'akhir pekan'.</summary>
    Period,
    /// <summary>A counted shift: 'tiga hari lalu', 'dua hari kemudian', 'sehari sebelumnya', 'two weeks ago'.</summary>
    Offset,
    /// <summary>A named day relative to another: 'kemarin', 'besok', 'hari berikutnya'.</summary>
    RelativeDay,
    /// <summary>A time without a date: 'saat ini', 'baru-baru ini'.</summary>
    Reference,
    /// <summary>A clock time: 'pukul 14.53 WIB'.</summary>
    Clock,
    /// <summary>A length of time: 'tiga bulan', 'lebih dari sebulan'.</summary>
    Duration,
    /// <summary>A recurring time: 'setiap Senin', 'tiap tahun', 'mingguan'.</summary>
    Set,
}

/// <summary>
/// One time expression as the recogniser read it, before it is resolved: the parts the text states
/// (numbers already parsed, words already looked up). Null means the text does not say.
/// </summary>
public sealed record TimePhrase(TextSpan Span, PhraseKind Kind)
{
    /// <summary>ISO day of the week, Monday = 1.</summary>
    public int? Weekday { get; init; }
    public int? Day { get; init; }
    public int? Month { get; init; }
    /// <summary>The year as written; two-digit years are already expanded to 20xx.</summary>
    public int? Year { get; init; }
    /// <summary>'tahun depan' after a date: the year relative to the reference year.</summary>
    public int? YearShift { get; init; }
    /// <summary>A direction the phrase states itself ('10 Januari mendatang', 'Senin lalu', 'pekan depan'); 0 for 'ini'.</summary>
    public int? Direction { get; init; }
    /// <summary>True when the phrase counts from the date mentioned before it ('kemudian', 'setelahnya', 'berikutnya').</summary>
    public bool AgainstPrevious { get; init; }
    /// <summary>A TIMEX3 unit: D, W, M, Y, DE, CE, H, MIN, S; WE for a weekend.</summary>
    public string? Unit { get; init; }
    /// <summary>How many units; null when the text gives no number ('beberapa hari').</summary>
    public double? Count { get; init; } = 1;
    /// <summary>The second part of a compound length ('empat tahun enam bulan': 6 M).</summary>
    public (double? Count, string Unit)? Rest { get; init; }
    /// <summary>The week of a weekday relative to the reference week ('Senin pekan depan': +1).</summary>
    public int? WeekShift { get; init; }
    public int? Hour { get; init; }
    public int? Minute { get; init; }
    /// <summary>The TIMEX3 part of day (MO, AF, EV, NI) of 'malam', 'pagi'.</summary>
    public string? PartOfDay { get; init; }
    /// <summary>A TIMEX3 mod: START, MID, END for parts of periods; MORE_THAN, APPROX ... for lengths.</summary>
    public string? Mod { get; init; }
    /// <summary>A value the words give directly (references, 'mingguan' = P1W).</summary>
    public string? Value { get; init; }
    /// <summary>'1990-an': the decade rather than the year.</summary>
    public bool Decade { get; init; }

    /// <summary>True for the phrases whose direction is left to the tense of the clause: a bare weekday, month or day-month.</summary>
    public bool NeedsTense => Direction is null && Year is null && YearShift is null && !AgainstPrevious && WeekShift is null
        && (Kind is PhraseKind.Weekday or PhraseKind.CalendarDate or PhraseKind.Month || Kind == PhraseKind.Period && Month is not null);
}
