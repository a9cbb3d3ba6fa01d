using System.Text;
using System.Text.Json;
using Kabar.Tests.Support;

namespace Kabar.Tests.Storage;

/// <summary>What other tools and people read out of a store: search results and exports that parse.</summary>
public sealed class ExportAndSearchTests : IClassFixture<ExportAndSearchTests.IngestedStore>
{
    /// <summary>One store for these tests: fixture pages, and one page whose text has commas, quotes and line breaks.</summary>
    public sealed class IngestedStore : IDisposable
    {
        public TempFolder Temp { get; } = new();

        public IngestedStore()
        {
            var pages = Path.Combine(Temp.Path, "pages");
            StoreFixtures.WritePages(pages, 6);
            File.WriteAllText(Path.Combine(pages, "tricky.txt"), """
                Harga Beras "Premium", Naik Lagi di Pasar Induk

                Jakarta - Harga beras di pasar induk kembali naik pekan ini, menurut para pedagang di sana.

                Harga beras premium naik lagi, kata pedagang, dari Rp 14.000 menjadi Rp 15.500 per kilogram; "kami rugi," ujar Ani.

                Pedagang lain, termasuk Joko, mengatakan pasokan dari Jawa Tengah "berkurang" sejak pekan lalu.
                """);
            File.WriteAllText(Path.Combine(pages, "formula.txt"), FormulaPage);
            IngestProcessTests.Ingest(Temp, pages);
        }

        /// <summary>A page whose title and paragraphs start the way spreadsheet formulas do.</summary>
        public const string FormulaTitle = "=HYPERLINK(\"https://jahat.test/\",\"Klik\") Banjir Rob Merendam Pesisir Utara";

        private const string FormulaPage = FormulaTitle + "\n\n" +
            "+SUM(1;2) Semarang - Banjir rob merendam ratusan rumah di pesisir utara Semarang sejak Senin pagi, kata warga setempat.\n\n" +
            "@Warga mengungsi ke balai desa, sementara petugas memompa air dari permukiman yang terendam hingga sore hari.\n";

        public KabarProcess.Result Run(params string[] args) => KabarProcess.RunIn(Temp.Path, null, args);

        /// <summary>How many articles the store holds (a page the extractor rejects is stored as a failure instead).</summary>
        public int Articles => (int)StoreFile.Scalar(Temp.Db, "SELECT COUNT(*) FROM articles");

        public List<JsonElement> Jsonl() => Run("export", "--format", "jsonl").Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement).ToList();

        public void Dispose() => Temp.Dispose();
    }

    private readonly IngestedStore _store;

    public ExportAndSearchTests(IngestedStore store) => _store = store;

    [Fact]
    public void Search_finds_other_forms_of_the_same_indonesian_word_and_shows_the_story()
    {
        // The pages say 'dibicarakan'; the query says 'pembicaraan': both stem to 'bicara'.
        var r = _store.Run("search", "pembicaraan", "--json");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var hits = JsonDocument.Parse(r.Stdout).RootElement.GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.Equal(_store.Jsonl().Count(a => a.GetProperty("body").GetString()!.Contains("dibicarakan")), hits.Count);
        Assert.All(hits, h =>
        {
            Assert.Contains("dibicarakan", h.GetProperty("snippet").GetProperty("text").GetString());
            Assert.False(string.IsNullOrEmpty(h.GetProperty("story").GetProperty("id").GetString()));
        });
    }

    [Fact]
    public void Search_filters_by_outlet_and_date()
    {
        var none = JsonDocument.Parse(_store.Run("search", "pembicaraan", "--outlet", "No Such Outlet", "--json").Stdout).RootElement;
        Assert.Equal(0, none.GetProperty("hits").GetArrayLength());
        var r = _store.Run("search", "pembicaraan", "--from", "not-a-date");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--from", r.Stderr);
    }

    [Fact]
    public void Jsonl_export_has_one_parsable_article_per_line()
    {
        var r = _store.Run("export", "--format", "jsonl");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(_store.Articles, lines.Length);
        foreach (var line in lines)
        {
            var article = JsonDocument.Parse(line).RootElement;
            Assert.False(string.IsNullOrEmpty(article.GetProperty("body").GetString()));
            Assert.False(string.IsNullOrEmpty(article.GetProperty("story_id").GetString()));
        }
    }

    [Fact]
    public void Csv_export_quotes_fields_with_commas_quotes_and_line_breaks()
    {
        var output = _store.Temp.File("articles.csv");
        var r = _store.Run("export", "--format", "csv", "-o", output);
        Assert.True(r.ExitCode == 0, r.Stderr);
        var rows = ParseCsv(File.ReadAllText(output));
        Assert.Equal(_store.Articles + 1, rows.Count);
        var header = rows[0];
        Assert.All(rows, row => Assert.Equal(header.Count, row.Count));
        // A body that starts like a formula is written with a leading apostrophe (see the test below).
        var bodies = _store.Jsonl().Select(a => a.GetProperty("body").GetString()!).Select(b => b[0] is '=' or '+' or '-' or '@' ? "'" + b : b).ToHashSet();
        var bodyColumn = header.IndexOf("body");
        Assert.All(rows.Skip(1), row => Assert.Contains(row[bodyColumn], bodies));
        Assert.Contains(rows, row => row[bodyColumn].Contains("\"kami rugi,\"") && row[bodyColumn].Contains('\n'));
    }

    [Fact]
    public void Csv_cells_that_look_like_formulas_open_as_text_in_a_spreadsheet()
    {
        var output = _store.Temp.File("formulas.csv");
        Assert.Equal(0, _store.Run("export", "--format", "csv", "-o", output).ExitCode);
        var rows = ParseCsv(File.ReadAllText(output));
        var title = rows[0].IndexOf("title");
        var row = Assert.Single(rows, r => r[title].Contains("HYPERLINK"));
        // A spreadsheet evaluates a cell whose first character starts a formula; none may.
        Assert.All(rows.SelectMany(r => r), cell => Assert.False(cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r', cell));
        var stored = _store.Jsonl().Single(a => a.GetProperty("title").GetString()!.Contains("HYPERLINK"));
        Assert.Equal("'" + stored.GetProperty("title").GetString(), row[title]);
        Assert.StartsWith("=HYPERLINK", stored.GetProperty("title").GetString());
    }

    [Fact]
    public void Jsonld_export_is_schema_org_news_articles()
    {
        var r = _store.Run("export", "--format", "jsonld");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var doc = JsonDocument.Parse(r.Stdout).RootElement;
        Assert.Equal("https://schema.org", doc.GetProperty("@context").GetString());
        var graph = doc.GetProperty("@graph").EnumerateArray().ToList();
        Assert.Equal(_store.Articles, graph.Count);
        Assert.All(graph, a =>
        {
            Assert.Equal("NewsArticle", a.GetProperty("@type").GetString());
            Assert.False(string.IsNullOrEmpty(a.GetProperty("headline").GetString()));
            Assert.False(string.IsNullOrEmpty(a.GetProperty("articleBody").GetString()));
        });
        Assert.Equal(2, _store.Run("export", "--format", "jsonld", "--stories").ExitCode);
    }

    [Fact]
    public void Stories_and_story_briefs_come_out_of_the_store()
    {
        var list = JsonDocument.Parse(_store.Run("stories", "--json").Stdout).RootElement.GetProperty("stories").EnumerateArray().ToList();
        Assert.NotEmpty(list);
        Assert.Equal(_store.Articles, list.Sum(s => s.GetProperty("article_count").GetInt32()));
        var id = list[0].GetProperty("id").GetString()!;
        var brief = JsonDocument.Parse(_store.Run("story", id, "--json").Stdout).RootElement.GetProperty("stories")[0];
        Assert.Equal(id, brief.GetProperty("id").GetString());
        Assert.True(brief.GetProperty("events").GetArrayLength() > 0);
        var markdown = _store.Run("story", id, "--markdown");
        Assert.Equal(0, markdown.ExitCode);
        Assert.StartsWith("# ", markdown.Stdout);
        Assert.Equal(1, _store.Run("story", "no-such-story").ExitCode);
        var stories = _store.Run("export", "--format", "jsonl", "--stories");
        Assert.Equal(list.Count, stories.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    /// <summary>An RFC 4180 reader, written here so the test does not trust Kabar's own writer.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString()); field.Clear();
                rows.Add(row); row = [];
                i++;
            }
            else field.Append(c);
        }
        if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); rows.Add(row); }
        return rows;
    }
}
