// The TF-IDF average-link baseline of `kabar eval clusters` (Evaluation/Clusters/TfIdfBaseline) on pages
// that have no gold events: it reads the articles a store holds (`kabar export --format jsonl --articles`),
// clusters their titles and bodies as the evaluation does, cuts at the threshold given, and writes the
// clusters in the shape of `kabar brief --json` (each cluster one story of one event), so the scripts that
// read a brief (bench/clusters/indosum-spread.py, largest-events.py) read the baseline beside Kabar.
//
//   ./kabar export --db DB --format jsonl --articles > articles.jsonl
//   dotnet run --project bench/baseline -c Release -- articles.jsonl 0.15 > baseline.json
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kabar.Evaluation.Clusters;

if (args.Length != 2 || !double.TryParse(args[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var threshold))
{
    Console.Error.WriteLine("usage: kabar-bench-baseline ARTICLES.jsonl THRESHOLD (the threshold the evaluation fitted, e.g. 0.15 on ECB+ dev)");
    return 2;
}
var texts = new Dictionary<string, string>(StringComparer.Ordinal);
foreach (var line in File.ReadLines(args[0]))
{
    if (string.IsNullOrWhiteSpace(line)) continue;
    var a = JsonDocument.Parse(line).RootElement;
    // As ClusterBenchmark keeps them: the title, a new line, the body.
    texts[a.GetProperty("source").GetString()!] = a.GetProperty("title").GetString() + "\n" + a.GetProperty("body").GetString();
}
var clusters = new TfIdfBaseline(texts).Cut(threshold);
var stories = new JsonArray();
foreach (var group in clusters.GroupBy(kv => kv.Value).OrderBy(g => g.Key, StringComparer.Ordinal))
{
    var articles = new JsonArray(group.Select(kv => (JsonNode?)JsonValue.Create(kv.Key)).ToArray());
    var titles = new JsonArray(group.Select(kv => (JsonNode?)new JsonObject { ["source"] = kv.Key, ["title"] = texts[kv.Key].Split('\n')[0] }).ToArray());
    stories.Add(new JsonObject
    {
        ["id"] = group.Key,
        ["events"] = new JsonArray(new JsonObject { ["id"] = group.Key, ["title"] = texts[group.First().Key].Split('\n')[0], ["articles"] = articles }),
        ["articles"] = titles,
    });
}
Console.Out.WriteLine(new JsonObject { ["stories"] = stories }.ToJsonString());
return 0;
