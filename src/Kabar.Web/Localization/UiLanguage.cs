using System.Collections.Frozen;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Kabar.Web.Localization;

/// <summary>
/// The interface's words in one language, read from <c>Resources/Strings/{code}.tsv</c>
/// (key TAB text). Indonesian is the default; English on request.
/// </summary>
public sealed class UiLanguage
{
    public const string CookieName = "kabar-lang";
    public const string QueryName = "lang";

    public static readonly UiLanguage Indonesian = Load("id");
    public static readonly UiLanguage English = Load("en");
    public static readonly IReadOnlyList<UiLanguage> All = [Indonesian, English];

    private readonly FrozenDictionary<string, string> _strings;

    private UiLanguage(string code, FrozenDictionary<string, string> strings)
    {
        Code = code;
        _strings = strings;
        Dates = new DateWriter(this);
    }

    /// <summary>ISO 639-1 code, also the page's <c>lang</c> attribute.</summary>
    public string Code { get; }

    public DateWriter Dates { get; }

    /// <summary>The text for <paramref name="key"/>; a missing key is a bug, so it shows as the key itself.</summary>
    public string this[string key] => _strings.TryGetValue(key, out var text) ? text : key;

    /// <summary>The text for <paramref name="key"/>, or <paramref name="fallback"/> for keys that name open-ended values (cut reasons).</summary>
    public string Or(string key, string fallback) => _strings.TryGetValue(key, out var text) ? text : fallback;

    /// <summary>The text for <paramref name="key"/> with {0}, {1} ... filled in.</summary>
    public string Format(string key, params object[] values) => string.Format(System.Globalization.CultureInfo.InvariantCulture, this[key], values);

    /// <summary>
    /// A count in words: <c>KEY.one</c> when <paramref name="count"/> is 1 and the language has a
    /// singular form (English), else <c>KEY</c> ('1 story', '2 stories'; Indonesian has one form).
    /// </summary>
    public string Count(string key, int count) =>
        Format(count == 1 && _strings.ContainsKey(key + ".one") ? key + ".one" : key, count);

    public static UiLanguage? ByCode(string? code) =>
        All.FirstOrDefault(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>The language asked for: <c>?lang=</c>, then the cookie the switch sets, then Accept-Language, then Indonesian.</summary>
    public static UiLanguage For(HttpRequest request)
    {
        if (ByCode(request.Query[QueryName]) is { } asked) return asked;
        if (ByCode(request.Cookies[CookieName]) is { } chosen) return chosen;
        var accepted = request.GetTypedHeaders().AcceptLanguage
            .Where(a => a.Quality is null or > 0)
            .OrderByDescending(a => a.Quality ?? 1);
        foreach (var range in accepted)
        {
            var primary = range.Value.Value?.Split('-')[0];
            if (ByCode(primary) is { } match) return match;
        }
        return Indonesian;
    }

    private static UiLanguage Load(string code)
    {
        var name = $"Kabar.Web.Resources.Strings/{code}.tsv";
        var assembly = Assembly.GetExecutingAssembly();
        using var stream = assembly.GetManifestResourceStream(name)
            ?? assembly.GetManifestResourceStream(name.Replace('/', Path.DirectorySeparatorChar))
            ?? throw new FileNotFoundException($"embedded resource '{name}' is missing");
        using var reader = new StreamReader(stream);
        var strings = new Dictionary<string, string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var parts = line.Split('\t', 2);
            if (parts.Length == 2) strings[parts[0]] = parts[1];
        }
        return new UiLanguage(code, strings.ToFrozenDictionary());
    }
}
