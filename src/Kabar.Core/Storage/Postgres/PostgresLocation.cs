using System.Data.Common;
using System.Text.RegularExpressions;
using Npgsql;

namespace Kabar.Storage.Postgres;

/// <summary>
/// A PostgreSQL store named by a person: a URI (<c>postgres://user:pass@host:port/db?schema=kabar&amp;sslmode=require</c>,
/// or <c>postgresql://</c>) or an Npgsql connection string (<c>Host=...;Database=...;Schema=kabar</c>).
/// Kabar's tables live in one schema of that database (<see cref="DefaultSchema"/> unless
/// <c>schema</c> says otherwise), so the database may hold other programs' tables too.
/// <see cref="Display"/> is what messages show: the URI without its password.
/// </summary>
public sealed partial record PostgresLocation(string ConnectionString, string Schema, string Display)
{
    public const string DefaultSchema = "kabar";

    /// <summary>How long a connection attempt waits when the location does not say (a server that is down answers at once).</summary>
    private const int ConnectTimeoutSeconds = 10;

    /// <summary>Statements may run long on a large store (a reprocess, the story list); a location can still set its own.</summary>
    private const int CommandTimeoutSeconds = 600;

    /// <summary>URI query keys people write (libpq's names) and the Npgsql keyword each means.</summary>
    private static readonly Dictionary<string, string> UriKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sslmode"] = "SSL Mode",
        ["connect_timeout"] = "Timeout",
        ["application_name"] = "Application Name",
        ["options"] = "Options",
        ["target_session_attrs"] = "Target Session Attributes",
        ["host"] = "Host",
        ["port"] = "Port",
        ["user"] = "Username",
        ["password"] = "Password",
        ["dbname"] = "Database",
    };

    /// <summary>Never the connection string: it may hold a password.</summary>
    public override string ToString() => Display;

    public static bool IsPostgres(string location)
    {
        var text = location.Trim();
        return text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || KeyValueForm().IsMatch(text);
    }

    /// <summary>Reads a URI or an Npgsql connection string.</summary>
    /// <exception cref="StoreException">The text is not a PostgreSQL location Kabar can use (the message never shows a password).</exception>
    public static PostgresLocation Parse(string location)
    {
        var text = location.Trim();
        var pairs = text.Contains("://", StringComparison.Ordinal) ? FromUri(text) : FromKeyValues(text);
        var schema = DefaultSchema;
        foreach (var key in pairs.Keys.Where(k => k.Equals("schema", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            schema = pairs[key];
            pairs.Remove(key);
        }
        if (!SchemaName().IsMatch(schema))
            throw new StoreException($"the schema name '{schema}' is not one Kabar uses: lower-case letters, digits and '_', starting with a letter");
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder();
            foreach (var (key, value) in pairs) builder[key] = value;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException)
        {
            throw new StoreException($"cannot read the PostgreSQL location {Redact(text)}: {e.Message}", e);
        }
        if (string.IsNullOrEmpty(builder.Host)) builder.Host = "localhost";
        if (!pairs.Keys.Any(k => k.Equals("Timeout", StringComparison.OrdinalIgnoreCase))) builder.Timeout = ConnectTimeoutSeconds;
        if (!pairs.Keys.Any(k => k.Replace(" ", "").Equals("CommandTimeout", StringComparison.OrdinalIgnoreCase))) builder.CommandTimeout = CommandTimeoutSeconds;
        // Every statement names its tables unqualified; the search path puts them in Kabar's schema
        // (pg_catalog, with to_tsvector and friends, is always searched first).
        builder.SearchPath = schema;
        builder.ApplicationName ??= "kabar";
        return new PostgresLocation(builder.ConnectionString, schema, DisplayOf(builder, schema));
    }

    /// <summary>The same server with another database (tests make and drop their own).</summary>
    public PostgresLocation WithDatabase(string database)
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = database };
        return new PostgresLocation(builder.ConnectionString, Schema, DisplayOf(builder, Schema));
    }

    /// <summary>What the user typed, with any password replaced, for a message about text that could not be read.</summary>
    public static string Redact(string location)
    {
        var text = UriPassword().Replace(location, "$1:***@");
        return KeyValuePassword().Replace(text, "$1=***");
    }

    private static Dictionary<string, string> FromUri(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != "postgres" && uri.Scheme != "postgresql"))
            throw new StoreException($"cannot read the PostgreSQL location {Redact(text)}: expected postgres://user:password@host:port/database");
        var pairs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (!string.IsNullOrEmpty(uri.Host)) pairs["Host"] = uri.Host.Trim('[', ']');
        if (!uri.IsDefaultPort && uri.Port > 0) pairs["Port"] = uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            var colon = uri.UserInfo.IndexOf(':');
            pairs["Username"] = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0) pairs["Password"] = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
        }
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0) pairs["Database"] = database;
        foreach (var part in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=');
            var key = Uri.UnescapeDataString(eq < 0 ? part : part[..eq]);
            var value = eq < 0 ? "" : Uri.UnescapeDataString(part[(eq + 1)..].Replace('+', ' '));
            pairs[UriKeys.TryGetValue(key, out var known) ? known : key] = value;
        }
        return pairs;
    }

    private static Dictionary<string, string> FromKeyValues(string text)
    {
        var generic = new DbConnectionStringBuilder();
        try { generic.ConnectionString = text; }
        catch (ArgumentException e) { throw new StoreException($"cannot read the PostgreSQL location {Redact(text)}: {e.Message}", e); }
        var pairs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string key in generic.Keys) pairs[key] = Convert.ToString(generic[key], System.Globalization.CultureInfo.InvariantCulture) ?? "";
        return pairs;
    }

    private static string DisplayOf(NpgsqlConnectionStringBuilder b, string schema)
    {
        var user = string.IsNullOrEmpty(b.Username) ? "" : Uri.EscapeDataString(b.Username) + "@";
        var host = b.Host is { } h && h.Contains(':') && !h.StartsWith('[') ? $"[{h}]" : b.Host;
        var query = schema == DefaultSchema ? "" : "?schema=" + schema;
        return $"postgres://{user}{host}:{b.Port}/{Uri.EscapeDataString(b.Database ?? "")}{query}";
    }

    /// <summary>Npgsql's form: 'Key Name=value' pairs joined by ';', one of them the host (a file path never looks like that).</summary>
    [GeneratedRegex(@"^(?=(.*;)?\s*(host|server)\s*=)\s*[a-z][a-z ]*=[^;]*(;\s*[a-z][a-z ]*=[^;]*)*;?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex KeyValueForm();

    [GeneratedRegex("^[a-z][a-z0-9_]{0,62}$")]
    private static partial Regex SchemaName();

    [GeneratedRegex(@"(://[^:/@]*):[^@/]*@")]
    private static partial Regex UriPassword();

    [GeneratedRegex(@"(?i)(password|pwd)\s*=\s*[^;]*")]
    private static partial Regex KeyValuePassword();
}
