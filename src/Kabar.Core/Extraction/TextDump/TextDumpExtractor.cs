using System.Text;
using System.Text.RegularExpressions;
using Kabar.Model;

namespace Kabar.Extraction.TextDump;

/// <summary>
/// Extracts the article from a plain-text dump of a news page. The page is read line by line
/// (<see cref="LineReader"/>), then laid out:
/// 1. the body starts at the first line of prose that is not a standfirst (a standfirst is prose
///    followed by a credit or date line before the next prose);
/// 2. the body ends at the last prose line before the first line that closes an article (a
///    sign-off, a comment prompt, navigation, a credit line);
/// 3. above the body: the headline (a title-like line, preferring one printed twice), the
///    standfirst after it, credits, dates and captions;
/// 4. in the body: paragraphs and subheadings are kept, cues, captions and template lines cut;
/// 5. the lead's dateline is taken off and reported, wire sources come from credit lines and from
///    attributions in the text.
/// </summary>
internal static class TextDumpExtractor
{
    /// <summary>Cut reasons that close an article: nothing after them is the article.</summary>
    private static readonly HashSet<string> ClosingReasons = [CutReasons.Navigation, CutReasons.CommentPrompt, CutReasons.SignOff];
    private static readonly Regex TrailingSignOff = new(@"\s+\((?<ini>[A-Za-z]{2,6}(?:/[A-Za-z]{2,6}){0,3})\)$", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private const int ListingTitleLines = 10;

    public static ExtractionOutcome Extract(TextDumpPage page, TemplateLines template, CancellationToken cancel)
    {
        var lines = LineReader.Read(page, template, cancel);
        var warnings = new List<ExtractionWarning>();
        var prose = lines.Where(l => l.Kind == LineKind.Prose).Select(l => l.Index).ToList();
        if (prose.Count == 0)
        {
            // A brief item or a clipped page: take its sentences as the article, and say so.
            lines = lines.Select(l => IsShortProse(l) ? l with { Kind = LineKind.Prose } : l).ToList();
            prose = lines.Where(l => l.Kind == LineKind.Prose).Select(l => l.Index).ToList();
            if (prose.Count > 0) warnings.Add(new(ExtractionWarningKind.LittleText, "very little article text: only short sentences"));
        }
        if (prose.Count == 0)
            return new ExtractionOutcome.Rejected(page.Source,
                "no article text: no paragraph of running prose (a home page, a listing or an empty template?)");

        var start = BodyStart(lines, prose);
        var closing = lines.Skip(start + 1).FirstOrDefault(Closes)?.Index ?? lines.Count;
        var end = BodyEnd(lines, start, closing);
        cancel.ThrowIfCancellationRequested();

        var cut = new List<CutText>();
        var head = ReadHeader(lines, start, cut);
        var body = ReadBody(lines, start, end, cut);
        foreach (var line in lines.Skip(end + 1).Where(l => l.Kind != LineKind.Blank))
            cut.Add(new CutText(line.Text, HeadlineSignOff.Is(line.Text, head.Headline) ? CutReasons.SignOff : ReasonFor(line) ?? CutReasons.Navigation));

        // The closing paragraphs that restate the headline with a link are the outlet's sign-off.
        while (body.Count > 1 && HeadlineSignOff.Is(body[^1].Text, head.Headline))
        {
            cut.Add(new CutText(body[^1].Text, CutReasons.SignOff));
            body.RemoveAt(body.Count - 1);
        }

        var credits = lines.Where(l => l.Credit is not null).Select(l => l.Credit!).ToList();
        var editors = credits.SelectMany(c => c.Editors).Concat(lines.Where(l => l.SignOffInitials is not null).SelectMany(l => l.SignOffInitials!)).ToList();
        if (body.Count > 0 && TrailingSignOff.Match(body[^1].Text) is { Success: true } signOff && body[^1].Text.Length - signOff.Length > 0)
        {
            editors.AddRange(signOff.Groups["ini"].Value.Split('/'));
            cut.Add(new CutText(signOff.Value.Trim(), CutReasons.SignOff));
            body[^1] = body[^1] with { Text = body[^1].Text[..signOff.Index] };
        }

        // An outlet the page names nowhere else still links to itself in its sign-off.
        var outlet = page.Outlet ?? cut.Where(c => c.Reason == CutReasons.SignOff).Select(c => HeadlineSignOff.LinkHost(c.Text)).OfType<string>()
            .Select(OutletNames.Resolve).FirstOrDefault(o => o is not null) ?? OutletNames.Resolve(head.OutletToken);
        LeadDateline? dateline = null;
        var outletKey = page.Outlet?.Key ?? "";
        if (body.Count > 0 && !body[0].Heading && LeadDateline.Find(body[0].Text, (name, position) => template.IsLeadOutlet(outletKey, name, position)) is { } found)
        {
            dateline = found;
            // A name learnt from the outlet's leads but known nowhere is still the outlet's name.
            outlet ??= OutletNames.Resolve(found.OutletToken) ?? (found.OutletToken is { } name ? new OutletMatch(name, null) : null);
            cut.Add(new CutText(found.Prefix.Trim(), CutReasons.Dateline));
            body[0] = body[0] with { Text = body[0].Text[found.Prefix.Length..] };
        }
        var wires = WireSources(credits, body, outlet, out var sourceDate);

        var published = credits.Select(c => c.Published).FirstOrDefault(t => t is not null);
        var modified = credits.Select(c => c.Modified).FirstOrDefault(t => t is not null);
        if (published is null && modified is not null)
        {
            published = modified;
            warnings.Add(new(ExtractionWarningKind.UpdateTimeAsPublished, "only an update time ('diperbarui') is printed; it is used as the publish time"));
        }
        if (published is null && sourceDate is not null)
        {
            published = PageTime.Day(sourceDate.Date);
            warnings.Add(new(ExtractionWarningKind.PublishDayInferred, $"publish day inferred from the date the text gives its source ({published.ToIso()})"));
        }
        if (published is null) warnings.Add(ExtractionWarning.NoPublishTime);

        var bodyText = string.Join("\n\n", body.Select(p => p.Text.Trim()).Where(t => t.Length > 0));
        var titleLike = lines.Count(l => l.Kind == LineKind.TitleLike);
        if (titleLike >= ListingTitleLines && titleLike > 2 * body.Count(p => !p.Heading))
            warnings.Add(new(ExtractionWarningKind.ListingPage, $"looks like a listing page: {titleLike} headline-like lines around {body.Count(p => !p.Heading)} paragraphs"));

        var title = head.Headline;
        var generated = title is null;
        title ??= TitleGenerator.FromLead(body.FirstOrDefault(p => !p.Heading)?.Text ?? bodyText);

        return new ExtractionOutcome.Extracted(new Article
        {
            Source = page.Source,
            Url = page.Url,
            Outlet = outlet?.Name,
            OutletDomain = outlet?.Domain,
            Title = title,
            TitleGenerated = generated,
            Subtitle = head.Subtitle,
            Published = published,
            Modified = modified,
            Authors = Distinct(credits.SelectMany(c => c.Authors).Where(a => !OutletNames.IsSelf(a, outlet) && !OutletNames.IsDomainLike(a))),
            Editors = Distinct(editors),
            WireSources = wires,
            PhotoCredits = Distinct(lines.Select(l => l.PhotoCredit).OfType<string>().Where(c => c.Length > 0)
                .Concat(credits.SelectMany(c => c.Photos))),
            Dateline = dateline?.Place,
            Language = Language.LanguageIdentifier.Identify(bodyText),
            Body = bodyText,
            Cut = cut,
            Warnings = warnings,
        });
    }

    private static bool IsShortProse(ReadLine line) =>
        line.Features is { Words: >= 6, Chars: >= 40 } f
        && ((line.Kind == LineKind.Other && (f.EndsSentence || f.Words >= 12)) || (line.Kind == LineKind.TitleLike && f.Words >= 15));

    private sealed record Paragraph(string Text, bool Heading);

    private sealed record Header(string? Headline, string? Subtitle, string? OutletToken);

    /// <summary>
    /// The first prose line, unless a credit or date line stands between it and the next prose
    /// line: then it was the standfirst and the body starts after.
    /// </summary>
    private static int BodyStart(IReadOnlyList<ReadLine> lines, List<int> prose)
    {
        var k = 0;
        while (k + 1 < prose.Count && k < 3 && k + 1 <= prose.Count / 2
               && lines.Skip(prose[k] + 1).Take(prose[k + 1] - prose[k] - 1).Any(l => l.Kind == LineKind.Credit))
            k++;
        return prose[k];
    }

    private static bool Closes(ReadLine line) => line.Kind switch
    {
        LineKind.SignOff => true,
        LineKind.Cue => ClosingReasons.Contains(line.CueReason!),
        LineKind.Credit => line.Credit!.HasPeople,
        _ => false,
    };

    /// <summary>The last prose line before the article closes, and short sentences right after it.</summary>
    private static int BodyEnd(IReadOnlyList<ReadLine> lines, int start, int closing)
    {
        var end = start;
        for (var i = start; i < closing; i++)
            if (lines[i].Kind == LineKind.Prose) end = i;
        for (var i = end + 1; i < closing; i++)
        {
            var line = lines[i];
            if (line.Kind == LineKind.Blank) continue;
            if (line.Kind is LineKind.Other or LineKind.TitleLike && line.Features.EndsSentence && line.Features.Words >= 4) end = i;
            else break;
        }
        return end;
    }

    private static Header ReadHeader(IReadOnlyList<ReadLine> lines, int start, List<CutText> cut)
    {
        var header = lines.Take(start).Where(l => l.Kind != LineKind.Blank).ToList();
        // The outlet's dateline above the body, on its own line or run into the headline, is no part of the headline.
        string? outletToken = null;
        for (var i = 0; i < header.Count; i++)
        {
            if (header[i].Kind != LineKind.TitleLike || LeadDateline.OutletHeadOfLine(header[i].Text) is not { } head) continue;
            outletToken ??= head.OutletToken;
            cut.Add(new CutText(head.Prefix, CutReasons.Dateline));
            header[i] = head.After.Length == 0 ? header[i] with { Kind = LineKind.Blank } : header[i] with { Text = head.After };
        }
        header.RemoveAll(l => l.Kind == LineKind.Blank);
        var candidates = header.Where(l => l.Kind == LineKind.TitleLike).ToList();
        var headline = candidates.OrderByDescending(c => HeadlineScore(c, header)).ThenBy(c => c.Index).FirstOrDefault();
        var subtitle = headline is null ? null : header.FirstOrDefault(l => l.Index > headline.Index
            && l.Kind is LineKind.TitleLike or LineKind.Prose or LineKind.Other && l.Features.Words >= 5);
        foreach (var line in header)
        {
            if (line == headline || line == subtitle) continue;
            var reason = ReasonFor(line);
            if (line.Kind == LineKind.Repeat)
                reason = line.FirstSeen == headline?.Index ? CutReasons.Headline : CutReasons.Caption;
            reason ??= headline is null || line.Index < headline.Index ? CutReasons.Navigation : CutReasons.Boilerplate;
            cut.Add(new CutText(line.Text, reason));
        }
        return new Header(headline?.Text, subtitle?.Text, outletToken);
    }

    /// <summary>
    /// Pages print their headline twice (above the article and over its picture) and in title
    /// case; a standfirst is in sentence case, and when repeated it is as a caption, with a period.
    /// </summary>
    private static int HeadlineScore(ReadLine candidate, List<ReadLine> header)
    {
        var score = header.Any(o => o.Kind == LineKind.Repeat && o.FirstSeen == candidate.Index && o.Text == candidate.Text) ? 2 : 0;
        var words = candidate.Text.Split(' ').Where(w => w.Length > 0 && char.IsLetter(w[0])).ToList();
        if (words.Count > 0 && words.Count(w => char.IsUpper(w[0])) >= 0.6 * words.Count) score++;
        return score;
    }

    private static List<Paragraph> ReadBody(IReadOnlyList<ReadLine> lines, int start, int end, List<CutText> cut)
    {
        var body = new List<Paragraph>();
        var joinable = false;
        for (var i = start; i <= end; i++)
        {
            var line = lines[i];
            switch (line.Kind)
            {
                case LineKind.Blank:
                    joinable = false;
                    break;
                case LineKind.Prose:
                case LineKind.Other when line.Features.EndsSentence && line.Features.Words >= 3:
                    // A dump that wraps paragraphs: a line that starts in lower case continues the last one.
                    if (joinable && line.Features.StartsLower && !body[^1].Heading)
                        body[^1] = body[^1] with { Text = body[^1].Text + " " + line.Text };
                    else
                        body.Add(new Paragraph(line.Text, false));
                    joinable = !line.Features.EndsSentence;
                    break;
                // A subheading: title-like, and either long enough or leading into prose ('Latar Belakang').
                case LineKind.TitleLike when line.Features.Words >= 3 || lines.Skip(i + 1).Take(end - i).FirstOrDefault(l => l.Kind != LineKind.Blank)?.Kind == LineKind.Prose:
                    body.Add(new Paragraph(line.Text, true));
                    joinable = false;
                    break;
                default:
                    cut.Add(new CutText(line.Text, ReasonFor(line) ?? CutReasons.Boilerplate));
                    joinable = false;
                    break;
            }
        }
        return body;
    }

    /// <summary>Why a line is cut, from what it was read as; null when its kind says nothing.</summary>
    private static string? ReasonFor(ReadLine line) => line.Kind switch
    {
        LineKind.Cue => line.CueReason,
        LineKind.Template => CutReasons.Template,
        LineKind.Domain => CutReasons.Navigation,
        LineKind.Credit => CutReasons.Byline,
        LineKind.SignOff => CutReasons.SignOff,
        LineKind.Caption => CutReasons.Caption,
        LineKind.Ticker => CutReasons.Ticker,
        LineKind.Repeat => CutReasons.Boilerplate,
        _ => null,
    };

    /// <summary>
    /// Sources the article credits: the credit lines' ('Sumber: Reuters'), the outlet itself left
    /// out; and sources named in the text ('dilansir Straits Times'): all of them when no credit
    /// line names one, else only the lead's (deeper in, the text is quoting, not crediting).
    /// </summary>
    private static IReadOnlyList<string> WireSources(List<CreditLine> credits, List<Paragraph> body, OutletMatch? outlet, out PageTime? sourceDate)
    {
        var fromCredits = credits.SelectMany(c => c.Wires).Where(w => !OutletNames.IsSelf(w, outlet)).ToList();
        var paragraphs = body.Where(p => !p.Heading).ToList();
        var attributions = (fromCredits.Count == 0 ? paragraphs : paragraphs.Take(1))
            .SelectMany(p => Attribution.FindAll(p.Text))
            .Where(a => !OutletNames.IsSelf(a.Source, outlet))
            .ToList();
        sourceDate = paragraphs.Take(1).SelectMany(p => Attribution.FindAll(p.Text)).Select(a => a.SourceDate).FirstOrDefault(d => d is not null);
        return Distinct(fromCredits.Concat(attributions.Select(a => a.Source)));
    }

    private static IReadOnlyList<string> Distinct(IEnumerable<string> names) =>
        names.Select(n => n.Trim()).Where(n => n.Length > 0).DistinctBy(n => n.ToLowerInvariant()).ToList();
}
