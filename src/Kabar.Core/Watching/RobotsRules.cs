namespace Kabar.Watching;

/// <summary>
/// The rules of one host's robots.txt that apply to Kabar: the group naming Kabar's agent token,
/// else the '*' group. The longest matching Allow/Disallow prefix wins, as in RFC 9309.
/// </summary>
public sealed class RobotsRules
{
    private readonly List<(string Prefix, bool Allow)> _rules;

    private RobotsRules(List<(string, bool)> rules) => _rules = rules;

    public static readonly RobotsRules AllowAll = new([]);

    public static RobotsRules Parse(string text, string agentToken)
    {
        var groups = new List<(List<string> Agents, List<(string, bool)> Rules)>();
        (List<string> Agents, List<(string, bool)> Rules)? current = null;
        var lastWasAgent = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Split('#')[0].Trim();
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
                current.Value.Agents.Add(value.ToLowerInvariant());
                lastWasAgent = true;
            }
            else if (field is "allow" or "disallow" && current is not null)
            {
                lastWasAgent = false;
                if (value.Length > 0 || field == "allow") current.Value.Rules.Add((value, field == "allow"));
            }
        }
        var token = agentToken.ToLowerInvariant();
        var mine = groups.FirstOrDefault(g => g.Agents.Any(a => a != "*" && token.Contains(a)));
        if (mine.Agents is null) mine = groups.FirstOrDefault(g => g.Agents.Contains("*"));
        return mine.Rules is null ? AllowAll : new RobotsRules(mine.Rules);
    }

    public bool Allows(Uri url)
    {
        var path = url.PathAndQuery;
        var best = (Length: -1, Allow: true);
        foreach (var (prefix, allow) in _rules)
        {
            if (prefix.Length == 0 || !path.StartsWith(prefix.TrimEnd('*'), StringComparison.Ordinal)) continue;
            if (prefix.Length > best.Length || (prefix.Length == best.Length && allow)) best = (prefix.Length, allow);
        }
        return best.Allow;
    }
}
