using System.Reflection;
using Npgsql;

namespace Kabar.Cluster.Membership;

/// <summary>
/// Orleans keeps its cluster membership in PostgreSQL through its ADO.NET provider, in a schema of
/// its own (<see cref="Schema"/>) of the store's database, apart from Kabar's tables. Every silo
/// and client makes sure the tables are there before Orleans starts.
/// </summary>
public static class MembershipTables
{
    public const string Schema = "orleans";

    /// <summary>The provider's name for Npgsql in Orleans' ADO.NET settings.</summary>
    public const string Invariant = "Npgsql";

    /// <summary>Serialises silos that start at once: the tables are made by one of them.</summary>
    private const long CreateLock = 0x4B42_4F52; // 'KBOR'

    /// <summary>The connection string Orleans gets: the store's server and database, with the membership schema first on the search path.</summary>
    public static string ConnectionString(string npgsqlConnectionString) =>
        new NpgsqlConnectionStringBuilder(npgsqlConnectionString) { SearchPath = Schema }.ConnectionString;

    /// <summary>Creates the membership schema, tables and statements when missing (and updates the statements).</summary>
    public static async Task EnsureAsync(string npgsqlConnectionString, CancellationToken cancel = default)
    {
        await using var connection = new NpgsqlConnection(ConnectionString(npgsqlConnectionString));
        await connection.OpenAsync(cancel);
        await using var transaction = await connection.BeginTransactionAsync(cancel);
        await using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({CreateLock})", connection, transaction))
            await lockCommand.ExecuteNonQueryAsync(cancel);
        await using (var schema = new NpgsqlCommand($"CREATE SCHEMA IF NOT EXISTS {Schema}; SET LOCAL search_path TO {Schema};", connection, transaction))
            await schema.ExecuteNonQueryAsync(cancel);
        await using (var script = new NpgsqlCommand(Script(), connection, transaction))
            await script.ExecuteNonQueryAsync(cancel);
        await transaction.CommitAsync(cancel);
    }

    private static string Script()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Kabar.Cluster.Resources.orleans-membership.sql")
            ?? throw new InvalidOperationException("the membership script is missing from Kabar.Cluster");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
