namespace Kabar.Extraction.TextDump;

/// <summary>
/// Reads every line of a text dump on its own: blank, a boilerplate cue, the outlet's template, a
/// domain, a credit, a sign-off, a caption, a ticker, a repeat of an earlier line, prose, a
/// title-like line, or other. Patterns only run on short lines, so the cost stays linear in size.
/// </summary>
internal static class LineReader
{
    private const int MaxCueChars = 300;

    public static IReadOnlyList<ReadLine> Read(TextDumpPage page, TemplateLines template, CancellationToken cancel)
    {
        var read = new List<ReadLine>(page.Lines.Count);
        var firstSeen = new Dictionary<string, int>();
        var outletKey = page.Outlet?.Key ?? "";
        foreach (var text in page.Lines)
        {
            if ((read.Count & 255) == 0) cancel.ThrowIfCancellationRequested();
            var index = read.Count;
            if (text.Length == 0)
            {
                read.Add(new ReadLine(index, text, LineKind.Blank, default, ""));
                continue;
            }
            var key = RepeatKey(text);
            var seen = key.Length > 0 && firstSeen.TryGetValue(key, out var first) ? first : -1;
            if (seen < 0 && key.Length > 0) firstSeen[key] = index;
            read.Add(ReadOne(index, text, key, seen, template, outletKey));
        }
        return read;
    }

    private static ReadLine ReadOne(int index, string text, string key, int seen, TemplateLines template, string outletKey)
    {
        var features = LineFeatures.Of(text);
        ReadLine As(LineKind kind) => new(index, text, kind, features, key) { FirstSeen = seen };
        if (text.Length <= MaxCueChars)
        {
            if (CreditLine.SignOffInitials(text) is { } initials && !initials.Any(TextDumpCues.WireAgencies.Contains))
                return As(LineKind.SignOff) with { SignOffInitials = initials };
            if (CueReason(text) is { } reason) return As(LineKind.Cue) with { CueReason = reason };
            if (template.Contains(outletKey, text)) return As(LineKind.Template);
            if (OutletNames.IsDomainLike(text)) return As(LineKind.Domain);
        }
        if (OutletNames.UrlHost(text) is not null) return As(LineKind.Domain);
        if (text.Length <= MaxCueChars)
        {
            if (CreditLine.Parse(text) is { } credit) return As(LineKind.Credit) with { Credit = credit };
        }
        if (Caption.TryRead(text, out var photo)) return As(LineKind.Caption) with { PhotoCredit = photo };
        if (features.Chars <= 80 && (features.DigitRatio >= 0.3 || (text.Contains('%') && !features.IsProse)))
            return As(LineKind.Ticker);
        if (seen >= 0) return As(LineKind.Repeat);
        if (features.IsProse) return As(LineKind.Prose);
        if (features.IsTitleLike) return As(LineKind.TitleLike);
        return As(LineKind.Other);
    }

    private static string? CueReason(string text)
    {
        foreach (var cue in TextDumpCues.LineCues)
            if (cue.Pattern.IsMatch(text)) return cue.Reason;
        return null;
    }

    /// <summary>Letters and digits only, lower case: a caption that repeats the standfirst with a period still meets it.</summary>
    private static string RepeatKey(string text) =>
        text.Length > 400 ? "" : new string(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
