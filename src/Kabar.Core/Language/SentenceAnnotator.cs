using System.Text.RegularExpressions;
using Kabar.Annotation;
using Kabar.Model;

namespace Kabar.Language;

/// <summary>Splits the body into sentences. (Interim: splits after . ! ? followed by a space and a capital, and at paragraph breaks.)</summary>
public sealed partial class SentenceAnnotator : IAnnotator
{
    public string Name => "sentences";
    public AnnotationLayers Requires => AnnotationLayers.Tokens;
    public AnnotationLayers Produces => AnnotationLayers.Sentences;

    [GeneratedRegex(@"(?<=[.!?][""”’]?)\s+(?=[""“A-Z])|\n+", RegexOptions.CultureInvariant)]
    private static partial Regex Boundary();

    public void Annotate(AnnotationDocument document)
    {
        var text = document.Text;
        var start = 0;
        foreach (Match m in Boundary().Matches(text))
        {
            AddTrimmed(document, text, start, m.Index);
            start = m.Index + m.Length;
        }
        AddTrimmed(document, text, start, text.Length);
    }

    private static void AddTrimmed(AnnotationDocument document, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) document.Sentences.Add(new Sentence(new TextSpan(start, end)));
    }
}
