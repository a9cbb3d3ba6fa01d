using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Kabar.Annotation.Entities.Tagging;

namespace Kabar.Cli.Commands;

/// <summary>
/// `kabar train word-clusters --corpus FILE [-o FILE]`: clusters the lower-cased words of an unlabeled
/// tokenised corpus (IndoSum's articles.jsonl: {paragraphs: [[[word...] sentence...] paragraph...]})
/// and writes word-clusters.tsv, the entity taggers' cluster features. Rerun on the same corpus, it
/// writes the same bytes; retrain the taggers (`kabar train ner`) after it.
/// </summary>
internal sealed class TrainWordClustersCommand : ICliCommand
{
    public int Order => 9;
    public string? Parent => "train";

    public Command Create()
    {
        var defaults = new WordClusterOptions();
        var corpus = new Option<string>("--corpus") { Description = "JSON Lines file, one article a line with 'paragraphs': [[[word...] sentence...] paragraph...] (IndoSum's articles.jsonl).", Required = true };
        var output = new Option<string>("--output", "-o")
        {
            Description = "The file to write.",
            DefaultValueFactory = _ => Path.Combine("src", "Kabar.Core", "Resources", WordClusters.ResourcePath.Replace('/', Path.DirectorySeparatorChar)),
        };
        var fine = new Option<int>("--fine") { Description = "Clusters at the fine granularity.", DefaultValueFactory = _ => defaults.Fine };
        var coarse = new Option<int>("--coarse") { Description = "Clusters of fine clusters.", DefaultValueFactory = _ => defaults.Coarse };
        var minCount = new Option<int>("--min-count") { Description = "Words seen fewer times get no cluster.", DefaultValueFactory = _ => defaults.MinCount };
        var contexts = new Option<int>("--contexts") { Description = "How many of the most frequent words serve as contexts.", DefaultValueFactory = _ => defaults.Contexts };
        var command = new Command("word-clusters", "Cluster the words of an unlabeled corpus by their neighbours; writes word-clusters.tsv for the entity taggers.")
        {
            corpus, output, fine, coarse, minCount, contexts,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(corpus)!;
            List<string[]> sentences;
            try { sentences = ReadSentences(path); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException)
            {
                Console.Error.WriteLine($"{path}: error: {e.Message}");
                return ExitCodes.AllFailed;
            }
            var options = defaults with
            {
                Fine = parse.GetValue(fine), Coarse = parse.GetValue(coarse),
                MinCount = parse.GetValue(minCount), Contexts = parse.GetValue(contexts),
            };
            if (options.Fine is < 2 or > ushort.MaxValue || options.Coarse < 1 || options.Coarse > options.Fine)
            {
                Console.Error.WriteLine("kabar train word-clusters: need 2 <= --fine <= 65535 and 1 <= --coarse <= --fine");
                return ExitCodes.UsageError;
            }
            Console.Error.WriteLine($"word-clusters: {sentences.Count} sentences, {sentences.Sum(s => s.Length)} words of {path}");
            var clusters = WordClusterTrainer.Train(sentences, options);
            var text = new StringBuilder();
            text.Append("# Word clusters for the entity taggers: word, fine cluster, coarse cluster (a union of fine ones).\n");
            text.Append($"# Built by `kabar train word-clusters --corpus {Path.GetFileName(path)}` from {sentences.Count} sentences");
            text.Append(CultureInfo.InvariantCulture, $" (fine {options.Fine}, coarse {options.Coarse}, min count {options.MinCount}, contexts {options.Contexts}).\n");
            text.Append("# Derived from IndoSum (Kurniawan and Louvan, 2018), CC BY-SA 4.0; see docs/MODELS.md.\n");
            foreach (var (word, f, c) in clusters)
                text.Append(word).Append('\t').Append(f.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(c.ToString(CultureInfo.InvariantCulture)).Append('\n');
            var file = parse.GetValue(output)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
            File.WriteAllText(file, text.ToString(), new UTF8Encoding(false));
            Console.Error.WriteLine($"word-clusters: wrote {file} ({clusters.Count} words)");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Each sentence's words, lower-cased; words of spaces or tabs only are left out.</summary>
    private static List<string[]> ReadSentences(string path)
    {
        var sentences = new List<string[]>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0) continue;
            using var doc = JsonDocument.Parse(line);
            foreach (var paragraph in doc.RootElement.GetProperty("paragraphs").EnumerateArray())
                foreach (var sentence in paragraph.EnumerateArray())
                    sentences.Add(sentence.EnumerateArray()
                        .Select(w => w.GetString()!.Trim().ToLowerInvariant())
                        .Where(w => w.Length > 0 && !w.Contains('\t') && !w.Contains('\n')).ToArray());
        }
        return sentences;
    }
}
