using System.Text;
using AngleSharp.Dom;
using Kabar.Model;

namespace Kabar.Extraction.Html;

/// <summary>
/// Renders chosen elements as article text: one paragraph per block (headings and list items on
/// their own), paragraphs joined by one blank line, whitespace collapsed. On the way it cuts what
/// is not the article (captions, navigation, related links, share and comment widgets, ads and
/// link-heavy blocks) and records each cut with its reason. Walks iteratively.
/// </summary>
internal sealed class BlockTextWriter
{
    /// <summary>A block whose text is at least this share links is a list of links, not prose.</summary>
    private const double MaxLinkDensity = 0.5;
    private const double MaxListLinkDensity = 0.35;
    /// <summary>Never cut a piece holding more than this share of the chosen text: the hint is wrong.</summary>
    private const double MaxCutShare = 0.5;
    private const int MaxCutChars = 500;

    private readonly PageTree _tree;
    private readonly ContentHints _hints;
    private readonly Func<int, bool> _excluded;
    private readonly ExtractionBudget _budget;
    private readonly List<string> _paragraphs = [];
    private readonly List<CutText> _cut = [];
    /// <summary>The element each paragraph came from (its innermost block), for <see cref="BlockFeatures"/>.</summary>
    private readonly List<int> _sources = [];
    private readonly Stack<int> _open = new();
    private readonly StringBuilder _current = new();
    private bool _pendingSpace;

    /// <param name="Sources">Per paragraph, the index of the block element it came from.</param>
    public sealed record Rendered(IReadOnlyList<string> Paragraphs, IReadOnlyList<CutText> Cut, IReadOnlyList<int> Sources);

    private BlockTextWriter(PageTree tree, ContentHints hints, Func<int, bool> excluded, ExtractionBudget budget)
    {
        _tree = tree;
        _hints = hints;
        _excluded = excluded;
        _budget = budget;
    }

    public static Rendered Render(PageTree tree, IReadOnlyList<int> roots, ContentHints hints, Func<int, bool> excluded, ExtractionBudget budget)
    {
        var writer = new BlockTextWriter(tree, hints, excluded, budget);
        var total = roots.Sum(r => tree.TextLength[r]);
        foreach (var root in roots) writer.Write(root, total);
        writer.Flush();
        return new Rendered(writer._paragraphs, writer._cut, writer._sources);
    }

    private void Write(int root, int totalChars)
    {
        var stack = new Stack<(INode Node, bool Exit)>();
        _open.Clear();
        _open.Push(root);
        stack.Push((_tree.Elements[root], false));
        while (stack.Count > 0)
        {
            _budget.Check();
            var (node, exit) = stack.Pop();
            if (exit) { Flush(); if (_open.Count > 1) _open.Pop(); continue; }
            if (node.NodeType == NodeType.Text) { AppendText(node.TextContent); continue; }
            if (node is not IElement element || !_tree.Index.TryGetValue(element, out var i) || _tree.Hidden[i]) continue;
            if (i != root && CutReason(i, totalChars) is { } reason)
            {
                Cut(i, reason);
                continue;
            }
            var tag = element.LocalName;
            if (tag == "br") { Flush(); continue; }
            if (tag is "td" or "th") _pendingSpace = true;
            var block = PageTree.BlockTags.Contains(tag);
            if (block)
            {
                Flush();
                _open.Push(i);
                stack.Push((element, true));
            }
            var children = element.ChildNodes;
            for (var c = children.Length - 1; c >= 0; c--)
                stack.Push((children[c], false));
        }
    }

    private string? CutReason(int i, int totalChars)
    {
        var big = _tree.TextLength[i] > totalChars * MaxCutShare;
        if (_tree.CutTag[i] is { } byTag && !big) return byTag;
        if (_excluded(i) && !big) return _tree.NegativeHint[i] ?? CutReasons.Boilerplate;
        var tag = _tree.Elements[i].LocalName;
        if (tag is "ul" or "ol" or "div" or "section" or "table" or "form" or "dl" or "span" or "p" && !big && _tree.TextLength[i] > 0)
        {
            var limit = tag is "ul" or "ol" or "dl" ? MaxListLinkDensity : MaxLinkDensity;
            if (_tree.LinkDensity(i) > limit) return tag is "ul" or "ol" ? CutReasons.Navigation : CutReasons.RelatedLink;
        }
        return null;
    }

    private void Cut(int i, string reason)
    {
        var text = Collapse(_tree.Elements[i].TextContent);
        if (text.Length == 0) return;
        if (text.Length > MaxCutChars) text = text[..MaxCutChars] + "…";
        _cut.Add(new CutText(text, reason));
    }

    private void AppendText(string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                _pendingSpace = true;
                continue;
            }
            if (_pendingSpace && _current.Length > 0) _current.Append(' ');
            _pendingSpace = false;
            _current.Append(c);
        }
    }

    private void Flush()
    {
        _pendingSpace = false;
        if (_current.Length == 0) return;
        var paragraph = _current.ToString().Trim();
        _current.Clear();
        if (paragraph.Length == 0) return;
        foreach (var (pattern, reason) in _hints.BoilerplateLines)
        {
            if (!pattern.IsMatch(paragraph)) continue;
            _cut.Add(new CutText(paragraph.Length > MaxCutChars ? paragraph[..MaxCutChars] + "…" : paragraph, reason));
            return;
        }
        _paragraphs.Add(paragraph);
        _sources.Add(_open.Count > 0 ? _open.Peek() : -1);
    }

    /// <summary>Text with whitespace runs made one space, trimmed.</summary>
    public static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0') { space = sb.Length > 0; continue; }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
