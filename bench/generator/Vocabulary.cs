using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kabar.CorpusGenerator;

/// <summary>The words and templates of data/vocabulary.json.</summary>
internal sealed record Vocabulary(
    [property: JsonPropertyName("first_names")] string[] FirstNames,
    [property: JsonPropertyName("last_names")] string[] LastNames,
    [property: JsonPropertyName("cities")] string[] Cities,
    [property: JsonPropertyName("org_fields")] string[] OrgFields,
    [property: JsonPropertyName("company_words")] string[] CompanyWords,
    [property: JsonPropertyName("company_kinds")] string[] CompanyKinds,
    [property: JsonPropertyName("wires")] string[] Wires,
    [property: JsonPropertyName("weekdays")] string[] Weekdays,
    [property: JsonPropertyName("months")] string[] Months,
    [property: JsonPropertyName("cues")] string[] Cues,
    [property: JsonPropertyName("event_types")] EventType[] EventTypes,
    [property: JsonPropertyName("outlets")] OutletTemplate[] Outlets)
{
    public static Vocabulary Load(string path) =>
        JsonSerializer.Deserialize<Vocabulary>(File.ReadAllText(path)) ?? throw new InvalidDataException($"{path}: empty vocabulary");
}

internal sealed record EventType(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("thing")] string Thing,
    [property: JsonPropertyName("titles")] string[] Titles,
    [property: JsonPropertyName("leads")] string[] Leads,
    [property: JsonPropertyName("details")] string[] Details,
    [property: JsonPropertyName("quotes")] string[] Quotes,
    [property: JsonPropertyName("roles")] string[] Roles,
    [property: JsonPropertyName("followups")] string[] Followups);

internal sealed record OutletTemplate(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("domain")] string Domain,
    [property: JsonPropertyName("dateline")] string Dateline,
    [property: JsonPropertyName("ticker")] bool Ticker,
    [property: JsonPropertyName("related")] string Related,
    [property: JsonPropertyName("signoff")] string Signoff,
    [property: JsonPropertyName("comment")] string Comment,
    [property: JsonPropertyName("html")] bool Html);
