using System.Collections.Frozen;

namespace Kabar.Extraction.TextDump;

/// <summary>
/// What template learning knows, per outlet: how many text dumps of it were seen, and on how many
/// of them each short normalised line was. The counts, not only the decided lines, are what a store
/// keeps, so knowledge grows with every page stored; <see cref="Decide"/> turns them into
/// <see cref="TemplateLines"/>: a line that recurs on at least <see cref="MinPages"/> pages and
/// <see cref="MinShare"/> of the pages of one outlet is part of that outlet's template (menus,
/// tickers, promos, sign-up prompts), not of any article. The names that open leads are decided by
/// <see cref="LeadOutletLine.Decide"/>: pages without a dateline say nothing against them, and a batch
/// that mixes outlets under one key (a corpus without URLs) still has each outlet's form. Counts add up in any order, so what is
/// decided does not depend on how the pages were cut into chunks.
/// </summary>
public sealed class TemplateCounts
{
    public const int MinPages = 3;
    public const double MinShare = 0.4;
    /// <summary>Longer lines are prose; two pages sharing a paragraph share a source, not a template.</summary>
    public const int MaxLineChars = 200;

    private readonly Dictionary<string, Outlet> _outlets = new(StringComparer.Ordinal);

    /// <summary>One outlet's counts: pages seen, and pages seen per normalised line.</summary>
    public sealed class Outlet
    {
        public int Pages { get; internal set; }
        public Dictionary<string, int> Lines { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>The outlets counted, by key ("" for pages that name no outlet).</summary>
    public IReadOnlyDictionary<string, Outlet> Outlets => _outlets;

    public bool IsEmpty => _outlets.Count == 0;

    public void Add(TemplateSample sample)
    {
        var outlet = For(sample.OutletKey);
        outlet.Pages++;
        foreach (var line in sample.Lines) outlet.Lines[line] = outlet.Lines.GetValueOrDefault(line) + 1;
    }

    public void Add(TemplateCounts other)
    {
        foreach (var (key, counted) in other._outlets) Add(key, counted.Pages, counted.Lines);
    }

    /// <summary>Adds counts read back from a store: <paramref name="pages"/> pages of the outlet and the pages per line.</summary>
    public void Add(string outletKey, int pages, IEnumerable<KeyValuePair<string, int>> lines)
    {
        var outlet = For(outletKey);
        outlet.Pages += pages;
        foreach (var (line, seen) in lines) outlet.Lines[line] = outlet.Lines.GetValueOrDefault(line) + seen;
    }

    public static TemplateCounts Of(IEnumerable<TemplateSample> samples)
    {
        var counts = new TemplateCounts();
        foreach (var sample in samples) counts.Add(sample);
        return counts;
    }

    public TemplateCounts Plus(TemplateCounts other)
    {
        var sum = new TemplateCounts();
        sum.Add(this);
        sum.Add(other);
        return sum;
    }

    /// <summary>
    /// Whether a stored count (<paramref name="line"/> on <paramref name="stored"/> of the outlet's
    /// <paramref name="outletPages"/> stored pages) can change what <see cref="Decide"/> gives for these
    /// counts (a run's) plus the stored ones: these counts hold the line too, or it is a lead's outlet
    /// form on enough pages, or it reaches both bars on its own. Any other line stays under
    /// <see cref="MinPages"/> or under <see cref="MinShare"/> of the outlet's pages whatever is added,
    /// so leaving it out decides the same lines.
    /// </summary>
    public bool CanDecide(string outletKey, string line, int stored, int outletPages)
    {
        var run = _outlets.GetValueOrDefault(outletKey);
        if (run is not null && run.Lines.ContainsKey(line)) return true;
        if (stored < MinPages) return false;
        return LeadOutletLine.IsOne(line) || stored >= MinShare * (outletPages + (run?.Pages ?? 0));
    }

    public TemplateLines Decide() => new(_outlets
        .Where(o => o.Value.Pages >= MinPages)
        .ToFrozenDictionary(
            o => o.Key,
            o => o.Value.Lines.Where(l => l.Value >= MinPages && l.Value >= MinShare * o.Value.Pages && !LeadOutletLine.IsOne(l.Key)).Select(l => l.Key)
                .Concat(LeadOutletLine.Decide(o.Value.Lines, MinPages)).ToFrozenSet(StringComparer.Ordinal),
            StringComparer.Ordinal));

    private Outlet For(string key)
    {
        if (!_outlets.TryGetValue(key, out var outlet)) _outlets[key] = outlet = new Outlet();
        return outlet;
    }
}
