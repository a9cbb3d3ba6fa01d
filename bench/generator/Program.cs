// kabar-corpus: writes a deterministic corpus of realistic Indonesian news pages for benchmarks.
//
//   dotnet run --project bench/generator -c Release -- --articles 10000 --seed 7 --out /tmp/corpus
//
// Many events, each reported by several outlets at different times with different wording,
// wire credits, quotes and dates; some events are follow-ups of others (one story, several
// events). Outlet templates add their boilerplate (tickers, 'Baca Juga' links, captions, comment
// prompts, sign-offs), as text dumps and as HTML. truth.json says which event and story each page
// belongs to, so the same corpus measures clustering quality as well as speed. All words come
// from data/vocabulary.json, written for this project. With --per-day N, stories start one day after
// another (about N articles a day) and pages come in publish order, as a crawl brings them: the
// corpus that measures the story window (docs/PERFORMANCE.md).
using System.Globalization;
using System.Text.Json;
using Kabar.CorpusGenerator;

var options = GeneratorOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: kabar-corpus --articles N [--seed S] [--per-day N] --out DIR");
    return 2;
}
var vocabulary = Vocabulary.Load(Path.Combine(AppContext.BaseDirectory, "data", "vocabulary.json"));
var corpus = new CorpusWriter(vocabulary, options.Seed, options.PerDay).Generate(options.Articles);
// The layout of ../shared/data/ecbplus-dev, so `kabar eval clusters DIR` scores it as it is:
// pages/DOC.ext, clusters.json {event: [DOC...]}; stories.json {story: [DOC...]} beside it.
var pages = Path.Combine(options.Out, "pages");
Directory.CreateDirectory(pages);
foreach (var page in corpus)
    File.WriteAllText(Path.Combine(pages, page.FileName), page.Content);
var indented = new JsonSerializerOptions { WriteIndented = true };
File.WriteAllText(Path.Combine(options.Out, "clusters.json"), JsonSerializer.Serialize(Group(corpus, p => p.EventId), indented));
File.WriteAllText(Path.Combine(options.Out, "stories.json"), JsonSerializer.Serialize(Group(corpus, p => p.StoryId), indented));
Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"wrote {corpus.Count} pages in {corpus.Select(p => p.EventId).Distinct().Count()} events and {corpus.Select(p => p.StoryId).Distinct().Count()} stories to {options.Out}"));
return 0;

static SortedDictionary<string, List<string>> Group(IEnumerable<GeneratedPage> corpus, Func<GeneratedPage, string> key) =>
    new(corpus.GroupBy(key).ToDictionary(g => g.Key, g => g.Select(p => Path.GetFileNameWithoutExtension(p.FileName)).ToList()));

internal sealed record GeneratorOptions(int Articles, int Seed, string Out, int? PerDay)
{
    public static GeneratorOptions? Parse(string[] args)
    {
        int? articles = null; var seed = 1; string? output = null; int? perDay = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--articles": articles = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--seed": seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--out": output = args[i + 1]; break;
                case "--per-day": perDay = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default: return null;
            }
        }
        return articles is > 0 && output is not null ? new GeneratorOptions(articles.Value, seed, output, perDay is > 0 ? perDay : null) : null;
    }
}
