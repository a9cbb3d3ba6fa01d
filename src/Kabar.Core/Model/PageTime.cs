using System.Globalization;

namespace Kabar.Model;

/// <summary>
/// A publish or modify time as a page states it: a local time with its UTC offset
/// (WIB = +07:00, WITA = +08:00, WIT = +09:00), or only a day when the page gives no clock time.
/// </summary>
public sealed record PageTime(DateTimeOffset Value, bool DateOnly)
{
    public static PageTime Day(DateOnly day) => new(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7)), true);

    public DateOnly Date => System.DateOnly.FromDateTime(Value.DateTime);

    /// <summary><c>2021-12-28T14:53:00+07:00</c>, or <c>2021-12-28</c> when only the day is known.</summary>
    public string ToIso() => DateOnly
        ? Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : Value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public override string ToString() => ToIso();

    /// <summary>Reads what <see cref="ToIso"/> writes.</summary>
    public static PageTime? ParseIso(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (text.Length == 10 && System.DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return Day(d);
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var v) ? new PageTime(v, false) : null;
    }
}
