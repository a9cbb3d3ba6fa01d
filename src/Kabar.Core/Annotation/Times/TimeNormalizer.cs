using System.Globalization;
using Kabar.Model;

namespace Kabar.Annotation.Times;

/// <summary>How precisely a resolved time is known, coarsest last; a shift by days needs a day, by months a month.</summary>
public enum Precision { Day, Week, Month, Year }

/// <summary>The calendar point a resolved value names: its first day, how precise it is, and its clock time if stated.</summary>
public sealed record TimePoint(DateOnly Day, Precision Precision, TimeOnly? Clock = null);

/// <summary>A time the text has stated, and where: what a later 'dua hari kemudian' or 'bulan sebelumnya' counts from.</summary>
public sealed record TimeAnchor(TimePoint Point, int Start)
{
    public string Name => Start.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// What a phrase is resolved against. <paramref name="Reference"/> is the publish date (null when
/// unknown); <paramref name="Previous"/> finds the last time stated before the phrase at a given
/// precision or finer; <paramref name="Tense"/> the direction of its clause (+1 future, -1 past, null
/// unknown); <paramref name="SameSentence"/> the day stated nearest to it in its sentence, which a bare
/// clock time belongs to.
/// </summary>
public readonly record struct TimeContext(
    DateOnly? Reference, Func<Precision, TimeAnchor?>? Previous = null, int? Tense = null, TimeAnchor? SameSentence = null);

/// <summary>A resolved time: TIMEX3 type, value and mod, what it was resolved against, and the point it names (if it names one).</summary>
public sealed record TimeValue(string Type, string Value, string? Anchor, string? Mod = null, TimePoint? Point = null);

/// <summary>
/// Resolves a recognised <see cref="TimePhrase"/> to a TIMEX3 value against the publish date, the day
/// mentioned before it, and the tense of its clause. Pure: no state, no text; null when the phrase
/// names no real time (31 February, 25:00).
/// </summary>
public static class TimeNormalizer
{
    public const string Published = "published";
    private const string PastRef = "PAST_REF", PresentRef = "PRESENT_REF", FutureRef = "FUTURE_REF";

    public static TimeValue? Normalize(TimePhrase p, TimeContext c) => p.Kind switch
    {
        PhraseKind.Weekday => WithClock(p, Weekday(p, c)),
        PhraseKind.CalendarDate => WithClock(p, CalendarDate(p, c)),
        PhraseKind.Month => Month(p, c),
        PhraseKind.Year => Year(p),
        PhraseKind.YearPart => (p.Year ?? c.Reference?.Year) is { } year
            ? new TimeValue(TimeTypes.Date, $"{year:0000}-{p.Unit}{p.Count}", p.Year is null ? Published : null)
            : new TimeValue(TimeTypes.Date, $"XXXX-{p.Unit}{p.Count}", null),
        PhraseKind.Period when p.Unit is null && p.Month is not null => Month(p, c),
        PhraseKind.Period when p.Unit is null => Year(p),
        PhraseKind.Period => Period(p, c),
        PhraseKind.Offset or PhraseKind.RelativeDay => Offset(p, c),
        PhraseKind.Reference => new TimeValue(TimeTypes.Date, p.Value!, null),
        PhraseKind.Clock => Clock(p, c),
        PhraseKind.Duration => new TimeValue(TimeTypes.Duration, Length(p.Count, p.Unit!, p.Rest), null, p.Mod),
        PhraseKind.Set => Set(p),
        _ => null,
    };

    private static TimeValue? Weekday(TimePhrase p, TimeContext c)
    {
        if (p.Day is not null && p.Month is not null)
            return CalendarDate(p, c);
        var wd = p.Weekday!.Value;
        if (c.Reference is not { } reference) return new TimeValue(TimeTypes.Date, $"XXXX-WXX-{wd}", null);
        var today = IsoDay(reference);
        DateOnly day;
        if (p.WeekShift is { } weeks)
            day = reference.AddDays(7 * weeks + wd - today);
        else
        {
            var direction = p.Direction ?? c.Tense ?? -1;
            day = direction switch
            {
                0 => reference.AddDays(wd - today),
                > 0 => reference.AddDays((wd - today + 6) % 7 + 1),
                // A bare weekday in news is the last such day, the publish day included ('pada Kamis' in a Friday paper).
                _ => reference.AddDays(-((today - wd + 7) % 7 + (p.Direction is < 0 && today == wd ? 7 : 0))),
            };
        }
        return DayValue(day, Published);
    }

    private static TimeValue? CalendarDate(TimePhrase p, TimeContext c)
    {
        int month = p.Month!.Value, dayOfMonth = p.Day!.Value;
        // Indonesian pages write day/month; '12/27' can only be month/day.
        if (month > 12 && dayOfMonth <= 12) (month, dayOfMonth) = (dayOfMonth, month);
        if (month is < 1 or > 12 || dayOfMonth is < 1 or > 31) return null;
        if (p.Year is { } year)
            return Valid(year, month, dayOfMonth) is { } exact ? DayValue(exact, null) : null;
        if (c.Reference is not { } reference)
            return dayOfMonth <= DateTime.DaysInMonth(2000, month) ? new TimeValue(TimeTypes.Date, $"XXXX-{month:00}-{dayOfMonth:00}", null) : null;
        if (p.YearShift is { } shift)
            return Valid(reference.Year + shift, month, dayOfMonth) is { } shifted ? DayValue(shifted, Published) : null;
        var candidates = Enumerable.Range(reference.Year - 1, 3).Select(y => Valid(y, month, dayOfMonth)).OfType<DateOnly>().ToList();
        // A weekday printed with the date ('Senin (27/12)') picks the year it falls on.
        if (p.Weekday is { } wd && candidates.Where(d => IsoDay(d) == wd).ToList() is { Count: > 0 } matching)
            candidates = matching;
        var direction = p.Direction ?? c.Tense;
        var pick = direction switch
        {
            > 0 => candidates.Where(d => d >= reference).Cast<DateOnly?>().FirstOrDefault(),
            < 0 => candidates.Where(d => d <= reference).Cast<DateOnly?>().LastOrDefault(),
            0 => candidates.Where(d => d.Year == reference.Year).Cast<DateOnly?>().FirstOrDefault(),
            // No tense: the nearest such day; a tie goes to the past, which news reports more.
            _ => candidates.OrderBy(d => Math.Abs(d.DayNumber - reference.DayNumber)).ThenBy(d => d).Cast<DateOnly?>().FirstOrDefault(),
        };
        return pick is { } day ? DayValue(day, Published) : null;
    }

    private static TimeValue? Month(TimePhrase p, TimeContext c)
    {
        var month = p.Month!.Value;
        if (p.Year is { } year) return MonthValue(year, month, null, p.Mod);
        if (c.Reference is not { } reference) return new TimeValue(TimeTypes.Date, $"XXXX-{month:00}", null, p.Mod);
        var direction = p.YearShift is not null ? 0 : p.Direction ?? c.Tense;
        var y = direction switch
        {
            > 0 => month >= reference.Month ? reference.Year : reference.Year + 1,
            < 0 => month <= reference.Month ? reference.Year : reference.Year - 1,
            0 => reference.Year + (p.YearShift ?? 0),
            _ => Math.Abs(month - reference.Month) <= 6 ? reference.Year
                : month < reference.Month ? reference.Year + 1 : reference.Year - 1,
        };
        return MonthValue(y, month, Published, p.Mod);
    }

    private static TimeValue Year(TimePhrase p) => p.Decade
        ? new TimeValue(TimeTypes.Date, (p.Year!.Value / 10).ToString(CultureInfo.InvariantCulture), null, p.Mod)
        : YearValue(p.Year!.Value, null, p.Mod);

    private static TimeValue? Period(TimePhrase p, TimeContext c)
    {
        if (p.Year is { } year && p.Unit == "Y") return YearValue(year, null, p.Mod);
        var direction = p.Direction ?? 0;
        var (basis, anchor) = Basis(p, c);
        if (basis is not { } point) return new TimeValue(TimeTypes.Date, Ref(direction), null, p.Mod);
        return Shifted(point.Day, p.Unit!, direction) is { } shifted ? shifted with { Anchor = anchor, Mod = p.Mod } : null;
    }

    private static TimeValue? Offset(TimePhrase p, TimeContext c)
    {
        var direction = p.Kind == PhraseKind.RelativeDay ? Math.Sign(p.Count ?? 0) : p.Direction ?? 0;
        var n = p.Kind == PhraseKind.RelativeDay ? Math.Abs(p.Count ?? 0) : p.Count;
        var clockUnit = p.Unit is "H" or "MIN" or "S";
        var (basis, anchor) = Basis(p, c);
        if (basis is not { } point || n is not { } count || count != Math.Floor(count) || clockUnit && point.Clock is null)
            return new TimeValue(clockUnit ? TimeTypes.Time : TimeTypes.Date, Ref(direction), null);
        var steps = (int)count * direction;
        if (clockUnit)
        {
            var at = point.Day.ToDateTime(point.Clock!.Value).Add(p.Unit switch
            {
                "H" => TimeSpan.FromHours(steps),
                "MIN" => TimeSpan.FromMinutes(steps),
                _ => TimeSpan.FromSeconds(steps),
            });
            var day = DateOnly.FromDateTime(at);
            return new TimeValue(TimeTypes.Time, Day(day) + at.ToString("'T'HH:mm", CultureInfo.InvariantCulture), anchor, null,
                new TimePoint(day, Precision.Day, TimeOnly.FromDateTime(at)));
        }
        if (p.Unit == "D") return DayValue(point.Day.AddDays(steps), anchor);
        return Shifted(point.Day, p.Unit!, steps) is { } shifted ? shifted with { Anchor = anchor } : null;
    }

    /// <summary>
    /// The point a relative phrase counts from: the time mentioned before it, precise enough for its unit
    /// ('bulan sebelumnya' after 'Februari 2022' counts months from February), or for the others the publish date.
    /// </summary>
    private static (TimePoint? Point, string? Anchor) Basis(TimePhrase p, TimeContext c)
    {
        var needed = p.Unit switch
        {
            "W" or "WE" => Precision.Week,
            "M" => Precision.Month,
            "Y" or "DE" or "CE" => Precision.Year,
            _ => Precision.Day,
        };
        // 'dua hari kemudian' with no time stated before it is later than some event, not than the publish date.
        if (p.AgainstPrevious) return c.Previous?.Invoke(needed) is { } previous ? (previous.Point, previous.Name) : (null, null);
        return c.Reference is { } reference ? (new TimePoint(reference, Precision.Day), Published) : (null, null);
    }

    /// <summary>The week, month, year or decade <paramref name="steps"/> units from <paramref name="day"/>, as TIMEX3.</summary>
    private static TimeValue? Shifted(DateOnly day, string unit, int steps)
    {
        switch (unit)
        {
            case "W":
            case "WE":
                var monday = day.AddDays(7 * steps + 1 - IsoDay(day));
                return new TimeValue(TimeTypes.Date, Week(monday) + (unit == "WE" ? "-WE" : ""), null, null, new TimePoint(monday, Precision.Week));
            case "M":
                var first = new DateOnly(day.Year, day.Month, 1).AddMonths(steps);
                return new TimeValue(TimeTypes.Date, first.ToString("yyyy-MM", CultureInfo.InvariantCulture), null, null, new TimePoint(first, Precision.Month));
            case "Y":
                return YearValue(day.Year + steps, null);
            case "DE":
                return new TimeValue(TimeTypes.Date, (day.Year / 10 + steps).ToString("000", CultureInfo.InvariantCulture), null);
            case "CE":
                return new TimeValue(TimeTypes.Date, (day.Year / 100 + steps).ToString("00", CultureInfo.InvariantCulture), null);
            default:
                return null;
        }
    }

    private static TimeValue YearValue(int year, string? anchor, string? mod = null) =>
        new(TimeTypes.Date, year.ToString("0000", CultureInfo.InvariantCulture), anchor, mod,
            year is >= 1 and <= 9999 ? new TimePoint(new DateOnly(year, 1, 1), Precision.Year) : null);

    private static TimeValue MonthValue(int year, int month, string? anchor, string? mod) =>
        new(TimeTypes.Date, $"{year:0000}-{month:00}", anchor, mod,
            year is >= 1 and <= 9999 ? new TimePoint(new DateOnly(year, month, 1), Precision.Month) : null);

    private static TimeValue? Clock(TimePhrase p, TimeContext c)
    {
        if (p.Hour is not { } hour || hour > 24 || p.Minute is > 59) return null;
        var time = $"T{hour:00}:{p.Minute ?? 0:00}";
        var clock = new TimeOnly(hour % 24, p.Minute ?? 0);
        if (c.SameSentence is { } nearby)
            return new TimeValue(TimeTypes.Time, Day(nearby.Point.Day) + time, nearby.Name, null, new TimePoint(nearby.Point.Day, Precision.Day, clock));
        return c.Reference is { } reference
            ? new TimeValue(TimeTypes.Time, Day(reference) + time, Published, null, new TimePoint(reference, Precision.Day, clock))
            : new TimeValue(TimeTypes.Time, "XXXX-XX-XX" + time, null);
    }

    /// <summary>A date with the clock time or part of day printed with it: 2021-12-27T14:53, 2021-12-27TNI.</summary>
    private static TimeValue? WithClock(TimePhrase p, TimeValue? date)
    {
        if (date is null) return null;
        if (p.Hour is { } hour)
            return hour > 23 || p.Minute is > 59 ? date : date with
            {
                Type = TimeTypes.Time,
                Value = $"{date.Value}T{hour:00}:{p.Minute ?? 0:00}",
                Point = date.Point is { } point ? point with { Clock = new TimeOnly(hour, p.Minute ?? 0) } : null,
            };
        return p.PartOfDay is { } part ? date with { Type = TimeTypes.Time, Value = $"{date.Value}T{part}" } : date;
    }

    private static TimeValue? Set(TimePhrase p)
    {
        var value = p.Value
            ?? (p.Weekday is { } wd ? $"XXXX-WXX-{wd}"
            : p.Month is { } month ? $"XXXX-{month:00}"
            : p.Unit is { } unit ? Length(p.Count, unit)
            : null);
        return value is null ? null : new TimeValue(TimeTypes.Set, value, null);
    }

    /// <summary>A TIMEX3 duration: P3M, P2W, PT24H, PXD when the count is not given, P4Y6M and PT2H30M for compound lengths.</summary>
    private static string Length(double? count, string unit, (double? Count, string Unit)? rest = null)
    {
        var parts = new List<(string N, string Unit)> { (Number(count), unit) };
        if (rest is { } r) parts.Add((Number(r.Count), r.Unit));
        var date = string.Concat(parts.Where(p => !IsClock(p.Unit)).Select(p => p.N + (p.Unit == "WE" ? "W" : p.Unit)));
        var clock = string.Concat(parts.Where(p => IsClock(p.Unit)).Select(p => p.N + (p.Unit == "MIN" ? "M" : p.Unit)));
        return "P" + date + (clock.Length > 0 ? "T" + clock : "");

        static string Number(double? n) => n is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : "X";
        static bool IsClock(string unit) => unit is "H" or "MIN" or "S";
    }

    private static TimeValue DayValue(DateOnly day, string? anchor) => new(TimeTypes.Date, Day(day), anchor, null, new TimePoint(day, Precision.Day));

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Week(DateOnly day)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        return $"{ISOWeek.GetYear(date):0000}-W{ISOWeek.GetWeekOfYear(date):00}";
    }

    private static int IsoDay(DateOnly day) => day.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)day.DayOfWeek;

    private static DateOnly? Valid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    private static string Ref(int direction) => direction switch { < 0 => PastRef, > 0 => FutureRef, _ => PresentRef };
}
