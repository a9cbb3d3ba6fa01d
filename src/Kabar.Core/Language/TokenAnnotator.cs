using System.Text.RegularExpressions;
using Kabar.Annotation;
using Kabar.Model;

namespace Kabar.Language;

/// <summary>Splits the body into word and punctuation tokens. (Interim: a plain regex tokenizer.)</summary>
public sealed partial class TokenAnnotator : IAnnotator
{
    public string Name => "tokens";
    public AnnotationLayers Requires => AnnotationLayers.None;
    public AnnotationLayers Produces => AnnotationLayers.Tokens;

    [GeneratedRegex(@"\w+(?:[-'’.,]\w+)*|[^\w\s]", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();

    public void Annotate(AnnotationDocument document)
    {
        foreach (Match m in TokenPattern().Matches(document.Text))
            document.Tokens.Add(new Token(new TextSpan(m.Index, m.Index + m.Length), m.Value));
    }
}
