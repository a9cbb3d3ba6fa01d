using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Kabar.Web.Html;

/// <summary>Writes inline SVG for the charts; text and attribute values are HTML-encoded like <see cref="HtmlWriter"/>.</summary>
public sealed class SvgWriter
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;
    private readonly StringBuilder _out = new();
    private int _depth;

    public SvgWriter(double width, double height, string label, string cssClass)
    {
        _out.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
            .Append(N(width)).Append(' ').Append(N(height)).Append("\" class=\"");
        Encode(cssClass);
        _out.Append("\" aria-label=\"");
        Encode(label);
        _out.Append("\">");
    }

    public SvgWriter Element(string name, string? text, params (string Name, object? Value)[] attributes)
    {
        Start(name, attributes);
        if (text is not null) Encode(text);
        _out.Append("</").Append(name).Append('>');
        return this;
    }

    public SvgWriter Open(string name, params (string Name, object? Value)[] attributes)
    {
        Start(name, attributes);
        _depth++;
        return this;
    }

    public SvgWriter Close(string name)
    {
        _depth--;
        _out.Append("</").Append(name).Append('>');
        return this;
    }

    /// <summary>A hover title for the enclosing element.</summary>
    public SvgWriter Title(string text) => Element("title", text);

    public TrustedMarkup Finish()
    {
        if (_depth != 0) throw new InvalidOperationException("an SVG element was never closed");
        _out.Append("</svg>");
        return new TrustedMarkup(_out.ToString());
    }

    public static string N(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);

    private void Start(string name, (string Name, object? Value)[] attributes)
    {
        _out.Append('<').Append(name);
        foreach (var (attribute, value) in attributes)
        {
            if (value is null) continue;
            var text = value switch
            {
                double d => N(d),
                int i => i.ToString(CultureInfo.InvariantCulture),
                _ => value.ToString() ?? "",
            };
            if (attribute == "href" && !SafeUrl.IsSafe(text))
                throw new ArgumentException($"refusing an unsafe link '{text}'", nameof(attributes));
            _out.Append(' ').Append(attribute).Append("=\"");
            Encode(text);
            _out.Append('"');
        }
        _out.Append('>');
    }

    private void Encode(string text) => Encoder.Encode(new StringWriter(_out), text);
}
