using Kabar.Extraction.TextDump;

namespace Kabar.Storage.Sql;

/// <summary>
/// Template counts in the store (<c>template_outlets</c>, <c>template_lines</c>): read before a run
/// (the lines that can matter to it), and added to in the transaction that stores the pages they count.
/// </summary>
public sealed partial class SqlStore
{
    public TemplateCounts TemplateCounts(TemplateCounts? run = null) => Guard(() =>
    {
        var pages = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var reader = Reader("SELECT outlet, pages FROM template_outlets"))
            while (reader.Read()) pages[reader.GetString(0)] = (int)reader.GetInt64(1);
        var lines = pages.Keys.ToDictionary(k => k, _ => new List<KeyValuePair<string, int>>(), StringComparer.Ordinal);
        using (var reader = Reader("SELECT outlet, line, pages FROM template_lines"))
            while (reader.Read())
            {
                var (outlet, line, seen) = (reader.GetString(0), reader.GetString(1), (int)reader.GetInt64(2));
                if (lines.TryGetValue(outlet, out var list) && (run is null || run.CanDecide(outlet, line, seen, pages[outlet])))
                    list.Add(new(line, seen));
            }
        var counts = new TemplateCounts();
        foreach (var (outlet, n) in pages) counts.Add(outlet, n, lines[outlet]);
        return counts;
    });

    private sealed partial class Writer
    {
        public void AddTemplateCounts(TemplateCounts counts) => store.Guard(() =>
        {
            foreach (var (outlet, counted) in counts.Outlets)
            {
                store.Execute("""
                    INSERT INTO template_outlets (outlet, pages) VALUES (@outlet, @pages)
                    ON CONFLICT (outlet) DO UPDATE SET pages = template_outlets.pages + excluded.pages
                    """, ("outlet", outlet), ("pages", (long)counted.Pages));
                AddCounts("template_lines", "line", "pages", counted.Lines.Select(l => new KeyValuePair<string, long>(l.Key, l.Value)), ("outlet", outlet));
            }
        });

        public void ClearTemplateCounts() => store.Guard(() =>
        {
            store.Execute("DELETE FROM template_lines");
            store.Execute("DELETE FROM template_outlets");
        });
    }
}
