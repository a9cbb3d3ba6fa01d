using System.Text;

namespace Kabar.Watching;

/// <summary>
/// One Allow or Disallow rule of robots.txt: a path pattern where '*' stands for any run of
/// characters and a final '$' for the end of the path (RFC 9309 2.2.3). Both the pattern and the
/// path are compared percent-encoded, with upper-case hex, so "/ä" and "/%c3%a4" are one path.
/// </summary>
public sealed class RobotsPattern
{
    private readonly string[] _pieces;
    private readonly bool _anchored;

    public RobotsPattern(string pattern, bool allow)
    {
        Allow = allow;
        var normal = Normalise(pattern);
        Length = normal.Length;
        _anchored = normal.EndsWith('$');
        _pieces = (_anchored ? normal[..^1] : normal).Split('*');
    }

    public bool Allow { get; }

    /// <summary>How specific the rule is: the octets of its pattern, as RFC 9309 counts them for the longest match.</summary>
    public int Length { get; }

    /// <summary>Whether the pattern matches <paramref name="path"/> (already normalised) from its start.</summary>
    public bool Matches(string path)
    {
        if (!path.StartsWith(_pieces[0], StringComparison.Ordinal)) return false;
        var at = _pieces[0].Length;
        for (var i = 1; i < _pieces.Length; i++)
        {
            if (_anchored && i == _pieces.Length - 1)
            {
                // The last piece of an anchored pattern must end the path.
                return path.EndsWith(_pieces[i], StringComparison.Ordinal) && path.Length - _pieces[i].Length >= at;
            }
            var found = path.IndexOf(_pieces[i], at, StringComparison.Ordinal);
            if (found < 0) return false;
            at = found + _pieces[i].Length;
        }
        return !_anchored || at == path.Length;
    }

    /// <summary>Percent-encodes what is not printable ASCII and upper-cases existing escapes, leaving '/', '?' and the rest alone.</summary>
    public static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        var bytes = Encoding.UTF8.GetBytes(text);
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b == '%' && i + 2 < bytes.Length && Uri.IsHexDigit((char)bytes[i + 1]) && Uri.IsHexDigit((char)bytes[i + 2]))
            {
                builder.Append('%').Append(char.ToUpperInvariant((char)bytes[i + 1])).Append(char.ToUpperInvariant((char)bytes[i + 2]));
                i += 2;
            }
            else if (b is > 0x20 and < 0x7F) builder.Append((char)b);
            else builder.Append('%').Append(b.ToString("X2"));
        }
        return builder.ToString();
    }
}
