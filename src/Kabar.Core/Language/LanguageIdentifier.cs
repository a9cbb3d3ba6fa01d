namespace Kabar.Language;

/// <summary>Identifies the language of a text as an ISO 639-1 code. (Placeholder: always 'id'.)</summary>
public static class LanguageIdentifier
{
    public static string Identify(string text) => "id";
}
