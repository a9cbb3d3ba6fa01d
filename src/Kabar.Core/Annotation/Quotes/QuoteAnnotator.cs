using Kabar.Model;

namespace Kabar.Annotation.Quotes;

/// <summary>
/// Finds direct quotes (words between quotation marks) and reported speech ('X mengatakan bahwa ...',
/// 'menurut X, ...', '..., kata X.') and who said them. Attribution, in the order it is tried:
/// a cue after the closing mark and the speaker after it ('"...," kata Lavrov'); a speaker and cue
/// verb before the opening mark ('X mengatakan, "..."'); for a quote that opens its paragraph or
/// follows another quote, the speaker of the quote just before it (same or previous paragraph).
/// Speakers are read from the entity layer (a person in the phrase, with the canonical name it
/// carries), else a role phrase ('juru bicara Dewan Keamanan Nasional Gedung Putih'), else an
/// organisation or place (a capital speaks for its government: Resources/Quotes/metonymy.tsv);
/// pronouns (ia, dia, beliau, -nya) go back to the last person named outside quotes.
/// The cue words and lists are in Resources/Quotes. It reads the body as written: never
/// stop-word-filtered text, whose lists drop 'kata' and 'ujar'.
/// </summary>
public sealed class QuoteAnnotator : IAnnotator
{
    public string Name => "quotes";
    public AnnotationLayers Requires => AnnotationLayers.Sentences | AnnotationLayers.Entities;
    public AnnotationLayers Produces => AnnotationLayers.Quotes;

    public void Annotate(AnnotationDocument document)
    {
        if (document.Tokens.Count == 0 || document.Sentences.Count == 0) return;
        var layout = new TextLayout(document);
        var found = new QuoteFinder(layout).Find();
        document.Quotes.AddRange(found);
    }
}
