// kabar-bench-language: the language answers of the fast path (Indonesian, Malay, English, Tagalog first) against
// the full candidate set, on the text ArticleExtractor gives for every page under the given folders.
//   dotnet run --project bench/language -c Release -- samples ../shared/data
// Prints every page whose answer changes, then counts and CPU time of each identifier, and every text where
// Kabar's scorer and Lingua's own fast detector differ.
using System.Diagnostics;
using Kabar.Language;
using Kabar.Model;

var paths = args.SelectMany(a => Directory.Exists(a)
        ? Directory.EnumerateFiles(a, "*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith("articles.jsonl") || p.EndsWith(".html") || p.EndsWith(".htm") || p.EndsWith(".html.gz") || p.EndsWith(".txt"))
        : [a])
    .Order(StringComparer.Ordinal).ToList();
var bodies = new List<(string Path, string Body)>();
// IndoSum ships tokenised articles, not pages: their tokens joined are the nearest thing to an extracted body.
foreach (var jsonl in paths.Where(p => p.EndsWith("articles.jsonl")).ToList())
{
    paths.Remove(jsonl);
    var line = 0;
    foreach (var row in File.ReadLines(jsonl))
    {
        line++;
        using var json = System.Text.Json.JsonDocument.Parse(row);
        var words = json.RootElement.GetProperty("paragraphs").EnumerateArray()
            .SelectMany(p => p.EnumerateArray()).SelectMany(s => s.EnumerateArray()).Select(w => w.GetString());
        bodies.Add(($"{jsonl}:{line}", string.Join(' ', words)));
    }
}
foreach (var chunk in paths.Chunk(500))
{
    var outcomes = Kabar.Extraction.ExtractionRun.FromPaths(chunk);
    for (var i = 0; i < chunk.Length; i++)
        if (outcomes[i] is ExtractionOutcome.Extracted e) bodies.Add((chunk[i], e.Article.Body));
}

string[] Run(Func<string, string> identify, out TimeSpan cpu)
{
    var start = Process.GetCurrentProcess().TotalProcessorTime;
    var answers = bodies.Select(b => identify(b.Body)).ToArray();
    cpu = Process.GetCurrentProcess().TotalProcessorTime - start;
    return answers;
}

Run(t => LanguageIdentifier.IdentifyAmongAllByLingua(t), out _); // warm all: model loading is not charged
Run(t => LanguageIdentifier.IdentifyAmongAll(t), out _);
Run(t => LanguageIdentifier.Identify(t), out _);
Run(t => LanguageIdentifier.IdentifyByLingua(t), out _);
var old = Run(t => LanguageIdentifier.IdentifyAmongAllByLingua(t), out var oldCpu);
var fast = Run(t => LanguageIdentifier.Identify(t), out var fastCpu);
// Kabar's Latin scorer stands in for Lingua's full set where Lingua's rules have nothing to decide: its answers must be Lingua's.
var allByScorer = Run(t => LanguageIdentifier.IdentifyAmongAll(t), out var allByScorerCpu);
var fastByLingua = Run(t => LanguageIdentifier.IdentifyByLingua(t), out var fastByLinguaCpu);
var scorerDiffers = 0;
for (var i = 0; i < bodies.Count; i++)
{
    if (allByScorer[i] == old[i] && fast[i] == fastByLingua[i]) continue;
    scorerDiffers++;
    Console.WriteLine($"{bodies[i].Path}	full set by Lingua={old[i]} by the Latin scorer={allByScorer[i]}	fast path with Lingua={fastByLingua[i]} with the Latin scorer={fast[i]}");
}
Console.WriteLine($"the Latin scorer against Lingua's full set: {scorerDiffers} of {bodies.Count} texts differ; CPU ms per text, full set {allByScorerCpu.TotalMilliseconds / bodies.Count:F3} against {oldCpu.TotalMilliseconds / bodies.Count:F3} by Lingua alone, "
    + $"fast path {fastCpu.TotalMilliseconds / bodies.Count:F3} against {fastByLinguaCpu.TotalMilliseconds / bodies.Count:F3}");
var changed = 0;
for (var i = 0; i < bodies.Count; i++)
{
    if (old[i] == fast[i]) continue;
    changed++;
    var start = bodies[i].Body.Length > 160 ? bodies[i].Body[..160] : bodies[i].Body;
    Console.WriteLine($"{bodies[i].Path}\tall={old[i]}\tfast={fast[i]}\t{start.ReplaceLineEndings(" ")}");
}
Console.WriteLine($"pages {paths.Count}, extracted {bodies.Count}, answers changed {changed}");
// The fast detector is Kabar's scorer over Lingua's models: its first language and confidence must be Lingua's own.
var disagreements = 0;
foreach (var (path, body) in bodies)
{
    var ours = LanguageIdentifier.CommonBest(body);
    var lingua = LanguageIdentifier.CommonBestByLingua(body);
    if (ours == lingua) continue;
    disagreements++;
    Console.WriteLine($"{path}\tscorer={ours}\tlingua={lingua}");
}
var fallBack = bodies.Count(b => LanguageIdentifier.CommonBest(b.Body) is not ("id", >= LanguageIdentifier.FastConfidence) || Math.Min(b.Body.Length, LanguageIdentifier.FastSampleLength) < LanguageIdentifier.LongText);
var shortOnes = bodies.Count(b => b.Body.Length < LanguageIdentifier.LongText);
Console.WriteLine($"the fast path hands {fallBack} of {bodies.Count} texts to the full set, {shortOnes} of them shorter than {LanguageIdentifier.LongText} characters (Lingua's five-order models)");
Run(t => LanguageIdentifier.CommonBestByLingua(t).Language, out var linguaCpu);
Run(t => LanguageIdentifier.CommonBest(t).Language, out var scorerCpu);
Console.WriteLine($"fast detector, Kabar's scorer against Lingua's: {disagreements} of {bodies.Count} texts differ in language or confidence; CPU ms per text {scorerCpu.TotalMilliseconds / bodies.Count:F3} against {linguaCpu.TotalMilliseconds / bodies.Count:F3}");
foreach (var g in old.GroupBy(x => x).OrderByDescending(g => g.Count()))
    Console.WriteLine($"  full set answers {g.Key}: {g.Count()}");
Console.WriteLine($"CPU ms per text: full set {oldCpu.TotalMilliseconds / bodies.Count:F3}, fast path {fastCpu.TotalMilliseconds / bodies.Count:F3}");
