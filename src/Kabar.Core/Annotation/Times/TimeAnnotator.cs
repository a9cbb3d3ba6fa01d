using Kabar.Model;

namespace Kabar.Annotation.Times;

/// <summary>
/// Finds the time expressions of each sentence (<see cref="TimeRecognizer"/>) and resolves them in
/// text order (<see cref="TimeNormalizer"/>) against the document's reference date. Each day it
/// resolves becomes the anchor of the next 'dua hari kemudian' or 'satu hari setelahnya'; a bare
/// clock time takes the day stated nearest to it in its sentence.
/// </summary>
public sealed class TimeAnnotator : IAnnotator
{
    public string Name => "times";
    public AnnotationLayers Requires => AnnotationLayers.Sentences;
    public AnnotationLayers Produces => AnnotationLayers.Times;

    public void Annotate(AnnotationDocument document)
    {
        var text = document.Text;
        TimeAnchor? previous = null;
        foreach (var sentence in document.Sentences.OrderBy(s => s.Span.Start))
        {
            var phrases = TimeRecognizer.Recognize(text, sentence.Span.Start, sentence.Span.End).ToList();
            var values = new TimeValue?[phrases.Count];
            var days = new List<TimeAnchor>();
            for (var i = 0; i < phrases.Count; i++)
            {
                var phrase = phrases[i];
                if (phrase.Kind == PhraseKind.Clock) continue;
                var tense = phrase.NeedsTense ? ClauseTense.Of(text, sentence.Span, phrases, i) : null;
                values[i] = TimeNormalizer.Normalize(phrase, new TimeContext(document.ReferenceDate, previous, tense));
                if (values[i]?.Day is { } day)
                {
                    previous = new TimeAnchor(day, phrase.Span.Start);
                    days.Add(previous);
                }
            }
            for (var i = 0; i < phrases.Count; i++)
            {
                if (phrases[i].Kind != PhraseKind.Clock) continue;
                var nearby = days.MinBy(d => Math.Abs(d.Start - phrases[i].Span.Start));
                values[i] = TimeNormalizer.Normalize(phrases[i], new TimeContext(document.ReferenceDate, SameSentence: nearby));
            }
            for (var i = 0; i < phrases.Count; i++)
                if (values[i] is { } v)
                    document.Times.Add(new TimeExpression(phrases[i].Span, document.Slice(phrases[i].Span), v.Type, v.Value, v.Anchor, v.Mod));
        }
    }
}
