namespace Kabar.Annotation.Entities;

/// <summary>
/// The steps <see cref="EntityAnnotator"/> runs after the tagger, each of which may add, drop or move a
/// span. <c>kabar eval ner --pipeline --without STEP,...</c> turns them off one by one, so the span each
/// step adds or bends against the tagger's is measured rather than guessed.
/// </summary>
[Flags]
public enum EntitySteps
{
    None = 0,
    /// <summary>Drop a tagged mention with no capital at all (cased text only).</summary>
    Capitals = 1,
    /// <summary>Known names of the lexicon fill what the tagger missed or cut short.</summary>
    KnownNames = 2,
    /// <summary>Two adjacent person mentions are one name.</summary>
    JoinPeople = 4,
    /// <summary>Role words at the front of a mention are split off.</summary>
    Roles = 8,
    /// <summary>An acronym after a long name becomes a mention of the same type.</summary>
    Acronyms = 16,
    /// <summary>A surname alone after the full name was seen is that person.</summary>
    Surnames = 32,
    All = Capitals | KnownNames | JoinPeople | Roles | Acronyms | Surnames,
}

public static class EntityStepNames
{
    public static readonly IReadOnlyDictionary<string, EntitySteps> ByName = new Dictionary<string, EntitySteps>(StringComparer.Ordinal)
    {
        ["capitals"] = EntitySteps.Capitals,
        ["known-names"] = EntitySteps.KnownNames,
        ["join-people"] = EntitySteps.JoinPeople,
        ["roles"] = EntitySteps.Roles,
        ["acronyms"] = EntitySteps.Acronyms,
        ["surnames"] = EntitySteps.Surnames,
    };

    /// <summary>'roles,known-names' as flags; an unknown name is an error naming the known ones.</summary>
    public static EntitySteps Parse(string list)
    {
        var steps = EntitySteps.None;
        foreach (var name in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            steps |= ByName.TryGetValue(name, out var s) ? s
                : throw new ArgumentException($"no entity step named '{name}' (known: {string.Join(", ", ByName.Keys)})");
        return steps;
    }
}
