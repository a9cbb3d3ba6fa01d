using System.CommandLine;
using System.Text.Json.Nodes;
using Kabar.Annotation.Entities;
using Kabar.Annotation.Entities.Tagging;
using Kabar.Evaluation.Ner;
using Kabar.Serialization;

namespace Kabar.Cli.Commands;

/// <summary>
/// `kabar eval ner FILE [--model news|nerp|PATH] [--pipeline] [--json]`: tags a CoNLL-style file (token per line,
/// tag last, blank line between sentences) and scores it against its own tags, entity by entity
/// (exact span and type), per type, micro- and macro-averaged.
/// </summary>
internal sealed class EvalNerCommand : ICliCommand
{
    public int Order => 20;
    public string? Parent => "eval";

    public Command Create()
    {
        var file = new Argument<string>("file") { Description = "CoNLL-style file: token per line, tag in the last column, blank line between sentences." };
        var model = new Option<string?>("--model") { Description = "'news' (PER/ORG/LOC, cased), 'nerp' (PPL/PLC/IND/EVT/FNB, lower case) or a model file; by default the one whose types the file uses." };
        var pipeline = new Option<bool>("--pipeline") { Description = "Score what `kabar annotate` returns (tagger and every step after it), each sentence as one document, instead of the tagger alone." };
        var without = new Option<string?>("--without") { Description = "With --pipeline: entity steps to turn off, comma-separated (" + string.Join(", ", EntityStepNames.ByName.Keys) + "), to measure what each adds or bends." };
        var json = CommonOptions.Json();
        var command = new Command("ner", "Score the entity tagger on a CoNLL-style file: precision, recall and F1 per type, micro and macro.")
        {
            file, model, pipeline, without, json,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            List<TaggedSentence> sentences;
            try { sentences = ConllReader.Read(path); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                Console.Error.WriteLine($"{path}: error: {e.Message}");
                return ExitCodes.AllFailed;
            }
            if (sentences.Count == 0)
            {
                Console.Error.WriteLine($"{path}: error: no sentences (expected 'token ... tag' lines)");
                return ExitCodes.AllFailed;
            }
            SequenceTagger tagger;
            try { tagger = Choose(parse.GetValue(model), sentences); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException)
            {
                Console.Error.WriteLine($"kabar eval ner: {e.Message}");
                return ExitCodes.UsageError;
            }
            var throughPipeline = parse.GetValue(pipeline);
            var steps = EntitySteps.All;
            try { if (parse.GetValue(without) is { } off) steps &= ~EntityStepNames.Parse(off); }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine($"kabar eval ner: {e.Message}");
                return ExitCodes.UsageError;
            }
            var annotate = steps == EntitySteps.All ? Annotation.DefaultAnnotation.Pipeline : PipelineTags.With(steps);
            var score = throughPipeline
                ? EntityScore.Compute(sentences.Select(s => (PipelineTags.AsKabarTypes(s.Tags), PipelineTags.Of(s.Words, annotate))))
                : EntityScore.Compute(sentences.Select(s => (s.Tags, CorpusTokens.Tag(tagger, s.Words))));
            var description = throughPipeline ? "the annotate pipeline (model by the text's casing)"
                + (steps == EntitySteps.All ? "" : $", entity steps: {steps}") : tagger.Description;
            if (parse.GetValue(json)) Console.Out.WriteLine(ToJson(path, description, sentences.Count, score).ToJsonString(KabarJson.Options));
            else
            {
                Console.Out.WriteLine($"{path}: {sentences.Count} sentences; model: {description}");
                NerReport.Write(Console.Out, score);
            }
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The named or given model, or the shipped one whose entity types the file's tags use most.</summary>
    private static SequenceTagger Choose(string? model, List<TaggedSentence> sentences)
    {
        if (model is NerModels.NewsName or NerModels.NerpName) return NerModels.Named(model);
        if (model is not null)
        {
            if (!File.Exists(model)) throw new ArgumentException($"--model '{model}' is neither 'news', 'nerp' nor a model file");
            using var stream = File.OpenRead(model);
            return SequenceTagger.Load(stream, EntityLexicon.Default);
        }
        var types = sentences.SelectMany(s => s.Tags).Where(t => t != "O").Select(t => t[2..]).ToHashSet();
        var nerp = types.Count(NerModels.Nerp.EntityTypes.Contains);
        var news = types.Count(NerModels.News.EntityTypes.Contains);
        return nerp > news ? NerModels.Nerp : NerModels.News;
    }

    private static JsonObject ToJson(string path, string model, int sentences, EntityScore score)
    {
        var types = new JsonObject();
        foreach (var t in score.Types) types[t.Type] = Scores(t);
        return new JsonObject
        {
            ["file"] = path,
            ["model"] = model,
            ["sentences"] = sentences,
            ["types"] = types,
            ["micro"] = Scores(score.Micro),
            ["macro"] = new JsonObject { ["precision"] = score.MacroPrecision, ["recall"] = score.MacroRecall, ["f1"] = score.MacroF1 },
        };
    }

    private static JsonObject Scores(TypeScore t) => new()
    {
        ["gold"] = t.Gold,
        ["found"] = t.TruePositives + t.FalsePositives,
        ["correct"] = t.TruePositives,
        ["precision"] = t.Precision,
        ["recall"] = t.Recall,
        ["f1"] = t.F1,
    };
}
