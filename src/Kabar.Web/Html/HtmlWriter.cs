using System.Text;
using System.Text.Encodings.Web;

namespace Kabar.Web.Html;

/// <summary>
/// Writes HTML with every piece of text and every attribute value encoded on the way in, so page
/// text (titles, bodies, names, quotes) can never become markup. Tag and attribute names are the
/// caller's constants; <see cref="Trusted"/> is the one door for markup Kabar itself made (SVG
/// from <see cref="SvgWriter"/>, which encodes the same way).
/// </summary>
public sealed class HtmlWriter
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;
    private readonly StringBuilder _out = new();
    private readonly Stack<string> _open = new();

    /// <summary>Opens an element; dispose the result to close it. Attributes with a null value are left out.</summary>
    public Scope Tag(string name, params (string Name, string? Value)[] attributes)
    {
        Start(name, attributes);
        _open.Push(name);
        return new Scope(this);
    }

    /// <summary>An element holding only text.</summary>
    public HtmlWriter Element(string name, string? text, params (string Name, string? Value)[] attributes)
    {
        Start(name, attributes);
        Text(text);
        _out.Append("</").Append(name).Append('>');
        return this;
    }

    /// <summary>An element with no content (<c>input</c>, <c>meta</c>, <c>link</c>, <c>br</c>).</summary>
    public HtmlWriter Void(string name, params (string Name, string? Value)[] attributes)
    {
        Start(name, attributes);
        return this;
    }

    public HtmlWriter Text(string? text)
    {
        if (!string.IsNullOrEmpty(text)) Encoder.Encode(new StringWriter(_out), text);
        return this;
    }

    /// <summary>Markup that Kabar wrote itself with an encoding writer; never page text.</summary>
    public HtmlWriter Trusted(TrustedMarkup markup)
    {
        _out.Append(markup.Value);
        return this;
    }

    /// <summary>A link to one of Kabar's own pages or an http(s) address; anything else is written as plain text.</summary>
    public HtmlWriter Link(string href, string? text, params (string Name, string? Value)[] attributes)
    {
        if (!SafeUrl.IsSafe(href)) return Text(text);
        Start("a", [("href", href), .. attributes]);
        Text(text);
        _out.Append("</a>");
        return this;
    }

    public override string ToString()
    {
        if (_open.Count > 0) throw new InvalidOperationException($"element <{_open.Peek()}> was never closed");
        return _out.ToString();
    }

    private void Start(string name, (string Name, string? Value)[] attributes)
    {
        _out.Append('<').Append(name);
        foreach (var (attribute, value) in attributes)
        {
            if (value is null) continue;
            if (attribute == "href" && !SafeUrl.IsSafe(value))
                throw new ArgumentException($"refusing an unsafe link '{value}'", nameof(attributes));
            _out.Append(' ').Append(attribute).Append("=\"");
            Encoder.Encode(new StringWriter(_out), value);
            _out.Append('"');
        }
        _out.Append('>');
    }

    private void End()
    {
        var name = _open.Pop();
        _out.Append("</").Append(name).Append('>');
    }

    public readonly struct Scope(HtmlWriter writer) : IDisposable
    {
        public void Dispose() => writer.End();
    }
}

/// <summary>Markup produced by Kabar's own encoding writers, marked so it cannot be confused with a string from a page.</summary>
public readonly record struct TrustedMarkup(string Value);

/// <summary>Which links Kabar writes: its own absolute paths and http(s) addresses. Never <c>javascript:</c> or <c>data:</c>.</summary>
public static class SafeUrl
{
    public static bool IsSafe(string href)
    {
        if (href.StartsWith('#')) return true;
        if (href.StartsWith('/') && !href.StartsWith("//")) return true;
        return Uri.TryCreate(href, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
    }
}
