using System.CommandLine;
using Kabar.Annotation.Entities;
using Kabar.Annotation.Entities.Tagging;
using Kabar.Evaluation.Ner;

namespace Kabar.Cli.Commands;

/// <summary>
/// `kabar train ner --idner DIR --nerp DIR -o DIR`: rebuilds the entity taggers
/// (ner-news.bin from IDNer2k's train.txt, ner-nerp.bin from NERP's train_preprocess.txt).
/// `--holdout F` keeps the last fraction F of the training sentences aside and scores it, for tuning
/// without touching the dev sets.
/// </summary>
internal sealed class TrainNerCommand : ICliCommand
{
    public int Order => 10;
    public string? Parent => "train";

    public Command Create()
    {
        var idner = new Option<string?>("--idner") { Description = "IDNer2k folder (train.txt: 'token POS tag'); builds the cased news model." };
        var nerp = new Option<string?>("--nerp") { Description = "NERP folder (train_preprocess.txt: 'token<TAB>tag'); builds the lower-cased model." };
        var output = new Option<string>("--output", "-o") { Description = "Folder to write the model files to.", DefaultValueFactory = _ => Path.Combine("src", "Kabar.Core", "Resources", "Models") };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => new PerceptronOptions().Epochs };
        var bits = new Option<int>("--bits") { Description = "log2 of the weight table's rows.", DefaultValueFactory = _ => new PerceptronOptions().Bits };
        var holdout = new Option<double>("--holdout") { Description = "Train on all but this last fraction of the training sentences and score that fraction; writes no model." };
        var clusterFile = new Option<string?>("--clusters") { Description = "With --holdout: another word-clusters file, or 'none', to measure what the shipped clusters add." };
        var command = new Command("ner", "Train the entity taggers (averaged structured perceptron) from IDNer2k and/or NERP.")
        {
            idner, nerp, output, epochs, bits, holdout, clusterFile,
        };
        command.SetAction(parse =>
        {
            var jobs = new List<(string Model, string File)>();
            if (parse.GetValue(idner) is { } i) jobs.Add((NerModels.NewsName, Path.Combine(i, "train.txt")));
            if (parse.GetValue(nerp) is { } n) jobs.Add((NerModels.NerpName, Path.Combine(n, "train_preprocess.txt")));
            if (jobs.Count == 0)
            {
                Console.Error.WriteLine("kabar train ner: give --idner DIR and/or --nerp DIR");
                return ExitCodes.UsageError;
            }
            var fraction = parse.GetValue(holdout);
            if (fraction is < 0 or >= 1)
            {
                Console.Error.WriteLine($"kabar train ner: --holdout {fraction} must be in [0, 1)");
                return ExitCodes.UsageError;
            }
            var clusters = parse.GetValue(clusterFile) switch
            {
                null => WordClusters.Default,
                "none" => WordClusters.Empty,
                var file => WordClusters.Load(file),
            };
            if (clusters != WordClusters.Default && fraction == 0)
            {
                Console.Error.WriteLine("kabar train ner: --clusters only with --holdout (the shipped models tag with the shipped clusters)");
                return ExitCodes.UsageError;
            }
            var bitCount = parse.GetValue(bits);
            if (bitCount is < 12 or > 24)
            {
                Console.Error.WriteLine($"kabar train ner: --bits {bitCount} must be between 12 and 24");
                return ExitCodes.UsageError;
            }
            var options = new PerceptronOptions { Epochs = parse.GetValue(epochs), Bits = bitCount };
            var outDir = parse.GetValue(output)!;
            foreach (var (model, file) in jobs)
            {
                List<TaggedSentence> sentences;
                try { sentences = ConllReader.Read(file); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
                {
                    Console.Error.WriteLine($"{file}: error: {e.Message}");
                    return ExitCodes.AllFailed;
                }
                var cut = (int)Math.Round(sentences.Count * (1 - fraction));
                // On the pipeline's tokens, so the tagger learns the input `annotate` gives it.
                var train = sentences.Take(cut).Select(s => CorpusTokens.Split(s).Sentence).ToList();
                Console.Error.WriteLine($"{model}: training on {train.Count} sentences of {file}");
                var tagger = PerceptronTrainer.Train(train, EntityLexicon.Default, options,
                    $"{model}: averaged perceptron, {options.Epochs} epochs, 2^{options.Bits} rows, trained on {Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(file)))}/{Path.GetFileName(file)} ({train.Count} sentences)",
                    (epoch, error) => Console.Error.WriteLine($"  epoch {epoch}: {error:P2} of tokens wrong"), clusters);
                if (fraction > 0)
                {
                    var held = sentences.Skip(cut).ToList();
                    var score = EntityScore.Compute(held.Select(s => (s.Tags, CorpusTokens.Tag(tagger, s.Words))));
                    Console.Out.WriteLine($"{model} held-out ({held.Count} sentences):");
                    NerReport.Write(Console.Out, score);
                    continue;
                }
                Directory.CreateDirectory(outDir);
                var path = Path.Combine(outDir, NerModels.FileName(model));
                using (var stream = File.Create(path)) tagger.Save(stream);
                Console.Error.WriteLine($"{model}: wrote {path} ({new FileInfo(path).Length / 1024} KiB)");
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
