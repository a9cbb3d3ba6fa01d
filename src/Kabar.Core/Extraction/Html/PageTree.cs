using AngleSharp.Dom;

namespace Kabar.Extraction.Html;

/// <summary>
/// The page's visible elements in document order with what the scorer needs about each: its
/// visible text length, how much of it is link text, commas, whether it holds block children, and
/// its class/id hints. Built by one iterative walk (never recursion, so a deep page cannot
/// overflow the stack); dropped tags (scripts, forms controls, hidden elements) are left out.
/// </summary>
internal sealed class PageTree
{
    public readonly List<IElement> Elements = [];
    public readonly Dictionary<IElement, int> Index = new();
    public int[] Parent = [];
    public int[] TextLength = [];
    public int[] LinkLength = [];
    public int[] Commas = [];
    public int[] ParagraphLength = [];
    public bool[] HasBlockChild = [];
    /// <summary>The cut reason a class/id hint gives the element, or null.</summary>
    public string?[] NegativeHint = [];
    public bool[] PositiveHint = [];
    /// <summary>The cut reason the tag or ARIA role gives the element (figcaption, nav, aside ...), or null.</summary>
    public string?[] CutTag = [];
    public string[] ClassAndId = [];
    /// <summary>
    /// Hidden by markup (hidden, display:none, aria-hidden) and not text a script reveals: streaming
    /// renderers park the whole article in a hidden element, so one holding this much paragraph
    /// text counts as visible.
    /// </summary>
    public bool[] Hidden = [];
    private const int RevealedParagraphChars = 500;

    public static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table",
        "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "caption", "summary", "center", "menu",
    };

    public int Count => Elements.Count;

    public static PageTree Build(IElement root, ContentHints hints, ExtractionBudget budget)
    {
        var tree = new PageTree();
        var parents = new List<int>();
        var stack = new Stack<(IElement Element, int Parent)>();
        stack.Push((root, -1));
        while (stack.Count > 0)
        {
            budget.Check();
            var (element, parent) = stack.Pop();
            if (hints.DropTags.Contains(element.LocalName)) continue;
            var index = tree.Elements.Count;
            tree.Elements.Add(element);
            tree.Index[element] = index;
            parents.Add(parent);
            // ChildNodes is array-backed; Children is a filtered view whose indexer walks from the start.
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
                if (children[i] is IElement child) stack.Push((child, index));
        }
        tree.Measure(parents, hints, budget);
        return tree;
    }

    private static bool IsHidden(IElement e)
    {
        if (e.HasAttribute("hidden")) return true;
        if (e.GetAttribute("aria-hidden") == "true" && e.LocalName is not ("body" or "html" or "main" or "article")) return true;
        var style = e.GetAttribute("style");
        return style is not null && (style.Contains("display:none", StringComparison.OrdinalIgnoreCase)
            || style.Contains("display: none", StringComparison.OrdinalIgnoreCase)
            || style.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The element's class and id, lower-cased, one space between; most elements have neither, and share one string.</summary>
    private static string ClassAndIdOf(IElement e)
    {
        var className = e.GetAttribute("class");
        var id = e.Id;
        if (string.IsNullOrEmpty(className) && string.IsNullOrEmpty(id)) return " ";
        return ((className ?? "") + " " + (id ?? "")).ToLowerInvariant();
    }

    private void Measure(List<int> parents, ContentHints hints, ExtractionBudget budget)
    {
        var n = Elements.Count;
        Parent = parents.ToArray();
        TextLength = new int[n];
        LinkLength = new int[n];
        Commas = new int[n];
        ParagraphLength = new int[n];
        HasBlockChild = new bool[n];
        NegativeHint = new string?[n];
        PositiveHint = new bool[n];
        CutTag = new string?[n];
        ClassAndId = new string[n];
        Hidden = new bool[n];
        for (var i = 0; i < n; i++)
        {
            var e = Elements[i];
            Hidden[i] = IsHidden(e);
            var classAndId = ClassAndIdOf(e);
            ClassAndId[i] = classAndId;
            if (hints.Negative.TryMatch(classAndId, out var reason)) NegativeHint[i] = reason;
            PositiveHint[i] = hints.Positive.Matches(classAndId);
            if (hints.CutTags.TryGetValue(e.LocalName, out var cut)) CutTag[i] = cut;
            else if (e.GetAttribute("role") is { } role && hints.CutRoles.TryGetValue(role, out var byRole)) CutTag[i] = byRole;
        }
        Sum(budget);
        // A hidden block with twice the prose of the whole visible page is the article a script reveals.
        var revealed = false;
        for (var i = 0; i < n; i++)
            if (Hidden[i] && ParagraphLength[i] >= RevealedParagraphChars && ParagraphLength[i] > 2 * ParagraphLength[0])
                revealed = !(Hidden[i] = false);
        if (revealed) Sum(budget);
    }

    private void Sum(ExtractionBudget budget)
    {
        var n = Elements.Count;
        Array.Clear(TextLength);
        Array.Clear(LinkLength);
        Array.Clear(Commas);
        Array.Clear(ParagraphLength);
        Array.Clear(HasBlockChild);
        // Children follow their parents in document order, so a backward pass sees every child first.
        for (var i = n - 1; i >= 0; i--)
        {
            budget.Check();
            var e = Elements[i];
            var children = e.ChildNodes;
            for (var k = 0; k < children.Length; k++)
            {
                var child = children[k];
                if (child.NodeType != NodeType.Text) continue;
                var data = child.TextContent;
                TextLength[i] += VisibleLength(data);
                Commas[i] += CountCommas(data);
            }
            if (e.LocalName == "a") LinkLength[i] = TextLength[i];
            var isParagraph = e.LocalName is "p" or "pre" or "blockquote" || (e.LocalName is "div" or "td" or "li" or "section" && !HasBlockChild[i]);
            if (isParagraph && ParagraphLength[i] == 0) ParagraphLength[i] = TextLength[i];
            var p = Parent[i];
            if (p < 0 || Hidden[i]) continue;
            TextLength[p] += TextLength[i];
            LinkLength[p] += e.LocalName == "a" ? TextLength[i] : LinkLength[i];
            Commas[p] += Commas[i];
            ParagraphLength[p] += ParagraphLength[i];
            if (BlockTags.Contains(e.LocalName)) HasBlockChild[p] = true;
        }
    }

    public double LinkDensity(int i) => TextLength[i] == 0 ? 0 : (double)LinkLength[i] / TextLength[i];

    /// <summary>Characters a reader sees: whitespace runs count as one.</summary>
    public static int VisibleLength(string text)
    {
        int length = 0;
        var space = true;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { if (!space) { length++; space = true; } }
            else { length++; space = false; }
        }
        return length;
    }

    private static int CountCommas(string text)
    {
        var count = 0;
        foreach (var c in text) if (c is ',' or '،' or '，' or '、') count++;
        return count;
    }

    /// <summary>Index of every ancestor of <paramref name="i"/>, nearest first.</summary>
    public IEnumerable<int> Ancestors(int i)
    {
        for (var p = Parent[i]; p >= 0; p = Parent[p]) yield return p;
    }

    public bool IsAncestorOf(int ancestor, int i)
    {
        for (var p = Parent[i]; p >= 0; p = Parent[p]) if (p == ancestor) return true;
        return false;
    }
}
