using Kabar.Resources;

namespace Kabar.Annotation.Entities.Tagging;

/// <summary>
/// The two shipped taggers, embedded from <c>Resources/Models</c> and loaded on first use:
/// <see cref="News"/> (cased news text, PER/ORG/LOC, trained on IDNer2k) is the one that
/// annotates articles; <see cref="Nerp"/> (lower-cased text, PPL/PLC/IND/EVT/FNB, trained on
/// NERP) serves text that has lost its capitals. Two models rather than one: capitals are the
/// strongest name cue in real text, and NERP's lower-cased sentences would teach a joint model
/// to distrust them; the two sets also use different types.
/// </summary>
public static class NerModels
{
    public const string NewsName = "news";
    public const string NerpName = "nerp";

    public static string FileName(string model) => $"ner-{model}.bin";

    private static readonly Lazy<SequenceTagger> NewsModel = new(() => LoadEmbedded(NewsName));
    private static readonly Lazy<SequenceTagger> NerpModel = new(() => LoadEmbedded(NerpName));

    public static SequenceTagger News => NewsModel.Value;
    public static SequenceTagger Nerp => NerpModel.Value;

    public static SequenceTagger Named(string model) => model switch
    {
        NewsName => News,
        NerpName => Nerp,
        _ => throw new ArgumentException($"no model named '{model}' (known: {NewsName}, {NerpName})", nameof(model)),
    };

    private static SequenceTagger LoadEmbedded(string model)
    {
        using var stream = KabarResources.Open("Models/" + FileName(model));
        return SequenceTagger.Load(stream, EntityLexicon.Default);
    }
}
