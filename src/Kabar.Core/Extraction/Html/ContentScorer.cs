namespace Kabar.Extraction.Html;

/// <summary>
/// Chooses the element that holds the article, by scores that paragraphs of text give their
/// ancestors (in the manner of Mozilla Readability): a block of plain text scores by its length
/// and commas; its parent gets the full score, its grandparent half, further ancestors less; tags
/// and class/id hints (data, <see cref="ContentHints"/>) lean the score, link-heavy candidates lose
/// it. Then siblings of the winner that look like part of the same text are added.
/// </summary>
internal static class ContentScorer
{
    /// <summary>Shortest text block that votes for its ancestors.</summary>
    private const int MinBlockChars = 25;
    private const int AncestorLevels = 5;
    private const double HintWeight = 25;

    /// <summary>The chosen elements (indices into <paramref name="tree"/>, document order): the top candidate and its kin.</summary>
    public static IReadOnlyList<int> Choose(PageTree tree, Func<int, bool> excluded, ExtractionBudget budget)
    {
        var scores = new Dictionary<int, double>();
        var goodText = new int[tree.Count];
        for (var i = 0; i < tree.Count; i++)
        {
            budget.Check();
            if (tree.HasBlockChild[i] || tree.TextLength[i] < MinBlockChars) continue;
            var tag = tree.Elements[i].LocalName;
            if (tag is "a" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "li" or "dt" or "th" || !IsTextBlock(tag)) continue;
            if (InExcluded(tree, i, excluded)) continue;
            var linkDensity = tree.LinkDensity(i);
            if (linkDensity > 0.5) continue;
            var score = 1 + tree.Commas[i] + Math.Min(tree.TextLength[i] / 100, 3);
            goodText[i] += tree.TextLength[i];
            foreach (var a in tree.Ancestors(i)) goodText[a] += tree.TextLength[i];
            var level = 0;
            foreach (var a in tree.Ancestors(i))
            {
                if (level >= AncestorLevels) break;
                if (!scores.ContainsKey(a)) scores[a] = InitialScore(tree, a);
                scores[a] += score / (level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0);
                level++;
            }
        }
        if (scores.Count == 0) return [];
        var top = -1;
        var best = double.MinValue;
        foreach (var (i, s) in scores)
        {
            var adjusted = s * (1 - tree.LinkDensity(i));
            scores[i] = adjusted;
            if (adjusted > best) { best = adjusted; top = i; }
        }
        top = ClimbToSharedAncestor(tree, scores, top, best);
        top = ClimbForMoreText(tree, goodText, top, excluded);
        return WithSiblings(tree, scores, top, excluded);
    }

    private static bool IsTextBlock(string tag) => tag is "p" or "pre" or "td" or "blockquote" or "div" or "section" or "article" or "span" or "font" or "dd" or "main" or "center" or "li";

    private static bool InExcluded(PageTree tree, int i, Func<int, bool> excluded)
    {
        if (excluded(i) || tree.Hidden[i]) return true;
        foreach (var a in tree.Ancestors(i)) if (excluded(a) || tree.Hidden[a]) return true;
        return false;
    }

    private static double InitialScore(PageTree tree, int i)
    {
        double score = tree.Elements[i].LocalName switch
        {
            "div" or "article" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        if (tree.PositiveHint[i]) score += HintWeight;
        if (tree.NegativeHint[i] is not null) score -= HintWeight;
        return score;
    }

    /// <summary>
    /// When several near-best candidates share an ancestor (an article split into sections), that
    /// ancestor holds the article; climb to it.
    /// </summary>
    private static int ClimbToSharedAncestor(PageTree tree, Dictionary<int, double> scores, int top, double best)
    {
        var rivals = scores.Where(kv => kv.Key != top && kv.Value >= best * 0.75 && !tree.IsAncestorOf(kv.Key, top) && !tree.IsAncestorOf(top, kv.Key))
            .Select(kv => kv.Key).ToList();
        if (rivals.Count < 2) return ClimbWhileParentIsBetter(tree, scores, top);
        foreach (var a in tree.Ancestors(top))
        {
            if (tree.Elements[a].LocalName is "body" or "html") break;
            if (rivals.Count(r => tree.IsAncestorOf(a, r)) >= 2) return a;
        }
        return ClimbWhileParentIsBetter(tree, scores, top);
    }

    /// <summary>A wrapper whose only content is the candidate says the same; climb while the parent holds little else.</summary>
    private static int ClimbWhileParentIsBetter(PageTree tree, Dictionary<int, double> scores, int top)
    {
        var current = top;
        while (tree.Parent[current] >= 0)
        {
            var parent = tree.Parent[current];
            if (tree.Elements[parent].LocalName is "body" or "html") break;
            if (tree.TextLength[parent] > tree.TextLength[current] * 1.1 + 20) break;
            current = parent;
        }
        return current;
    }

    /// <summary>Share of extra prose a wrapper must add, and how link-heavy it may be, to replace the candidate.</summary>
    private const double MoreTextGain = 1.6;
    private const double MaxWrapperLinkDensity = 0.25;

    /// <summary>
    /// An article split into sections or columns scores in pieces; while a wrapper holds markedly
    /// more prose (text blocks that voted) than the candidate and stays low in links, it is the article.
    /// </summary>
    private static int ClimbForMoreText(PageTree tree, int[] goodText, int top, Func<int, bool> excluded)
    {
        var current = top;
        for (var parent = tree.Parent[current]; parent >= 0; parent = tree.Parent[parent])
        {
            if (tree.Elements[parent].LocalName is "body" or "html" || excluded(parent)) break;
            if (goodText[parent] >= goodText[current] * MoreTextGain && tree.LinkDensity(parent) <= MaxWrapperLinkDensity)
                current = parent;
        }
        return current;
    }

    private static IReadOnlyList<int> WithSiblings(PageTree tree, Dictionary<int, double> scores, int top, Func<int, bool> excluded)
    {
        var parent = tree.Parent[top];
        if (parent < 0) return [top];
        var topScore = scores.GetValueOrDefault(top);
        var threshold = Math.Max(10, topScore * 0.2);
        var topClass = tree.Elements[top].GetAttribute("class");
        var chosen = new List<int>();
        foreach (var childNode in tree.Elements[parent].ChildNodes)
        {
            if (childNode is not AngleSharp.Dom.IElement childElement) continue;
            if (!tree.Index.TryGetValue(childElement, out var sibling)) continue;
            if (sibling == top) { chosen.Add(sibling); continue; }
            if (excluded(sibling) || tree.CutTag[sibling] is not null) continue;
            var bonus = topClass is not null && topClass.Length > 0 && childElement.GetAttribute("class") == topClass ? topScore * 0.2 : 0;
            if (scores.TryGetValue(sibling, out var s) && s + bonus >= threshold) { chosen.Add(sibling); continue; }
            if (childElement.LocalName != "p") continue;
            var length = tree.TextLength[sibling];
            var linkDensity = tree.LinkDensity(sibling);
            if ((length > 80 && linkDensity < 0.25) || (length is > 0 and <= 80 && linkDensity == 0 && EndsSentence(childElement.TextContent)))
                chosen.Add(sibling);
        }
        return chosen;
    }

    private static bool EndsSentence(string text)
    {
        var t = text.TrimEnd();
        return t.Length > 0 && t[^1] is '.' or '!' or '?' or '"' or '”';
    }
}
