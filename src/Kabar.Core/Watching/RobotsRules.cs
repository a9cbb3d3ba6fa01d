namespace Kabar.Watching;

/// <summary>
/// The rules of one host's robots.txt that apply to Kabar, read as RFC 9309 says: every group
/// whose user-agent is Kabar's product token (case-insensitive, whole token) is merged, else every
/// '*' group; a rule matches from the path's start with '*' for any run of characters and a final
/// '$' for the path's end; the longest matching rule wins, Allow on a tie; no matching rule allows.
/// </summary>
public sealed class RobotsRules
{
    /// <summary>RFC 9309 2.5: crawlers must read at least 500 KiB; what lies past that is not read.</summary>
    public const int MaxParsedChars = 500 * 1024;

    private readonly IReadOnlyList<RobotsPattern> _rules;
    private readonly bool _disallowAll;

    private RobotsRules(IReadOnlyList<RobotsPattern> rules, bool disallowAll)
    {
        _rules = rules;
        _disallowAll = disallowAll;
    }

    /// <summary>No robots.txt (a 4xx answer): everything may be fetched.</summary>
    public static readonly RobotsRules AllowAll = new([], false);

    /// <summary>robots.txt could not be read (a 5xx answer or a network error): nothing may be fetched until it can.</summary>
    public static readonly RobotsRules DisallowAll = new([], true);

    public static RobotsRules Parse(string text, string agentToken)
    {
        if (text.Length > MaxParsedChars) text = text[..MaxParsedChars];
        var groups = new List<(List<string> Agents, List<RobotsPattern> Rules)>();
        (List<string> Agents, List<RobotsPattern> Rules)? current = null;
        var lastWasAgent = false;
        foreach (var raw in text.Split('\n'))
        {
            var hash = raw.IndexOf('#');
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            var colon = line.IndexOf(':');
            if (colon <= 0) continue;
            var field = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (field == "user-agent")
            {
                if (current is null || !lastWasAgent)
                {
                    current = ([], []);
                    groups.Add(current.Value);
                }
                current.Value.Agents.Add(ProductToken(value));
                lastWasAgent = true;
            }
            else if (field is "allow" or "disallow")
            {
                lastWasAgent = false;
                // An empty rule matches nothing (RFC 9309 2.2.2); a rule before any group is ignored.
                if (current is not null && value.Length > 0) current.Value.Rules.Add(new RobotsPattern(value, field == "allow"));
            }
        }
        var token = ProductToken(agentToken);
        var mine = groups.Where(g => g.Agents.Any(a => a != "*" && string.Equals(a, token, StringComparison.OrdinalIgnoreCase))).ToList();
        if (mine.Count == 0) mine = groups.Where(g => g.Agents.Contains("*")).ToList();
        return mine.Count == 0 ? AllowAll : new RobotsRules(mine.SelectMany(g => g.Rules).ToList(), false);
    }

    public bool Allows(Uri url)
    {
        if (url.AbsolutePath == "/robots.txt") return true;
        if (_disallowAll) return false;
        var path = RobotsPattern.Normalise(url.PathAndQuery);
        RobotsPattern? best = null;
        foreach (var rule in _rules)
        {
            if (!rule.Matches(path)) continue;
            if (best is null || rule.Length > best.Length || (rule.Length == best.Length && rule.Allow)) best = rule;
        }
        return best?.Allow ?? true;
    }

    /// <summary>The product token of a User-Agent value: "Kabar/0.1 (+...)" is "Kabar" (RFC 9309 2.2.1: letters, '_' and '-').</summary>
    public static string ProductToken(string userAgent)
    {
        var value = userAgent.Trim();
        if (value == "*") return "*";
        var end = 0;
        while (end < value.Length && (char.IsAsciiLetter(value[end]) || value[end] is '_' or '-')) end++;
        return value[..end];
    }
}
