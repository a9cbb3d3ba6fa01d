using System.Text;
using Kabar.Model;

namespace Kabar.Readers;

/// <summary>Decodes a raw document's bytes to text. (Interim: BOM, else the declared charset, else UTF-8.)</summary>
public static class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(RawDocument document)
    {
        var bytes = document.Content.Span;
        if (bytes.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF })) return Encoding.UTF8.GetString(bytes[3..]);
        if (document.Charset is { } charset)
        {
            try { return Encoding.GetEncoding(charset).GetString(bytes); }
            catch (ArgumentException) { }
        }
        return Encoding.UTF8.GetString(bytes);
    }
}
