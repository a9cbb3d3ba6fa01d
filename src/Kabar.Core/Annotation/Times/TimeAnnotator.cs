using Kabar.Model;

namespace Kabar.Annotation.Times;

/// <summary>
/// Finds the time expressions of each sentence (<see cref="TimeRecognizer"/>) and resolves them in
/// text order (<see cref="TimeNormalizer"/>) against the document's reference date. Each time it
/// resolves becomes the anchor of a later 'dua hari kemudian' or 'satu hari setelahnya'; a bare
/// clock time takes the day stated nearest to it in its sentence, before or after it, else the day the
/// narrative is on (the last day stated before it), else the publish day. A bare weekday stays counted
/// from the publish day: news names 'Kamis' as the last Thursday before the paper, whatever day the
/// story told about before it.
/// </summary>
public sealed class TimeAnnotator : IAnnotator
{
    public string Name => "times";
    public AnnotationLayers Requires => AnnotationLayers.Sentences;
    public AnnotationLayers Produces => AnnotationLayers.Times;

    public void Annotate(AnnotationDocument document)
    {
        var text = document.Text;
        var reference = document.ReferenceDate;
        // The last time stated at each precision: 'dua hari kemudian' needs a day, 'bulan sebelumnya' a month.
        var latest = new TimeAnchor?[Enum.GetValues<Precision>().Length];
        // A date stated but not resolvable (no publish date: '15 Desember' is XXXX-12-15) hides older anchors:
        // 'dua hari kemudian' after it counts from it, so it stays unresolved too.
        var unresolvedAt = -1;
        TimeAnchor? Previous(Precision needed) =>
            latest.Take((int)needed + 1).OfType<TimeAnchor>().Where(a => a.Start > unresolvedAt).MaxBy(a => a.Start);

        foreach (var sentence in document.Sentences.OrderBy(s => s.Span.Start))
        {
            var phrases = TimeRecognizer.Recognize(text, sentence.Span.Start, sentence.Span.End).ToList();
            if (phrases.Count == 0) continue;
            // First the phrases that stand on their own, so that a clock time can find its day even when
            // the day comes after it; then, in text order, those counted from what came before.
            var values = new TimeValue?[phrases.Count];
            var days = new List<TimeAnchor>();
            for (var i = 0; i < phrases.Count; i++)
            {
                if (phrases[i].Kind == PhraseKind.Clock || phrases[i].AgainstPrevious) continue;
                var tense = phrases[i].NeedsTense ? ClauseTense.Of(document.Tokens, sentence.Span, phrases, i) : null;
                values[i] = TimeNormalizer.Normalize(phrases[i], new TimeContext(reference, Tense: tense));
                if (values[i]?.Point is { Precision: Precision.Day } point) days.Add(new TimeAnchor(point, phrases[i].Span.Start));
            }
            for (var i = 0; i < phrases.Count; i++)
            {
                var phrase = phrases[i];
                if (phrase.Kind == PhraseKind.Clock)
                {
                    // No day in its sentence: the day the narrative is on, the last day stated before it (not the publish day).
                    var nearby = days.MinBy(d => Math.Abs(d.Start - phrase.Span.Start))
                        ?? (latest[(int)Precision.Day] is { } day && day.Start > unresolvedAt ? day : null);
                    values[i] = TimeNormalizer.Normalize(phrase, new TimeContext(reference, SameSentence: nearby));
                }
                else if (phrase.AgainstPrevious)
                    values[i] = TimeNormalizer.Normalize(phrase, new TimeContext(reference, Previous));
                if (values[i]?.Point is { } resolved)
                    latest[(int)resolved.Precision] = new TimeAnchor(resolved, phrase.Span.Start);
                else if (values[i] is { Type: TimeTypes.Date or TimeTypes.Time } unresolved && unresolved.Value.StartsWith('X'))
                    unresolvedAt = phrase.Span.Start;
            }
            for (var i = 0; i < phrases.Count; i++)
                if (values[i] is { } v)
                    document.Times.Add(new TimeExpression(phrases[i].Span, document.Slice(phrases[i].Span), v.Type, v.Value, v.Anchor, v.Mod));
        }
    }
}
