using System.Net.Sockets;
using Npgsql;

namespace Kabar.Storage.Postgres;

/// <summary>
/// Turns Npgsql's errors into messages that name the server (never the password) and say what to
/// do. SQLSTATE codes: https://www.postgresql.org/docs/current/errcodes-appendix.html
/// </summary>
internal static class PostgresErrors
{
    public static StoreException Translate(Exception e, PostgresLocation location, bool inTransaction, int waitSeconds)
    {
        var where = location.Display;
        var lost = inTransaction ? "; the write in progress was not stored, what was committed before is kept" : "";
        return e switch
        {
            PostgresException p => p.SqlState switch
            {
                "28P01" or "28000" => new StoreException($"cannot open {where}: the server refused the login ({p.MessageText})", e),
                "3D000" => new StoreException($"cannot open {where}: {p.MessageText}; create it first (createdb) or name another database", e),
                "42501" => new StoreException($"cannot write to {where}: {p.MessageText} (nothing stored is lost)", e, StoreProblem.ReadOnly),
                "25006" => new StoreException($"cannot write to {where}: the server is read-only (nothing stored is lost)", e, StoreProblem.ReadOnly),
                "53100" => new StoreException($"cannot write to {where}: the server's disk is full; free some space and run again (what was stored before is kept)", e, StoreProblem.Full),
                "53300" => new StoreException($"cannot open {where}: the server has too many connections; run again later", e, StoreProblem.Busy),
                "55P03" or "40001" or "40P01" => new StoreException($"{where} is busy: another Kabar process kept it locked for more than {waitSeconds} s; run again when it has finished (nothing stored is lost)", e, StoreProblem.Busy),
                "57P01" or "57P02" or "57P03" => new StoreException($"{where}: the server is shutting down or starting up ({p.MessageText}){lost}", e),
                _ when p.SqlState.StartsWith("08", StringComparison.Ordinal) => new StoreException($"{where}: the connection failed ({p.MessageText}){lost}", e),
                _ => new StoreException($"{where}: {p.MessageText}{lost}", e),
            },
            NpgsqlException { InnerException: SocketException s } when !inTransaction =>
                new StoreException($"cannot connect to the PostgreSQL server of {where}: {s.Message}; is it running and listening there?", e),
            NpgsqlException { InnerException: TimeoutException } when !inTransaction =>
                new StoreException($"cannot connect to the PostgreSQL server of {where}: it did not answer in time", e),
            NpgsqlException n when inTransaction || n.InnerException is IOException or SocketException or EndOfStreamException =>
                new StoreException($"{where}: the connection to the server was lost ({Inner(n)}){lost}", e),
            NpgsqlException n => new StoreException($"{where}: {Inner(n)}", e),
            _ => new StoreException($"{where}: the connection to the server was lost ({e.Message}){lost}", e),
        };
    }

    /// <summary>
    /// The connection itself is gone (the server restarted or shut it, the socket broke), as
    /// opposed to an error in what was asked: worth one more try on a fresh connection.
    /// </summary>
    public static bool ConnectionLost(Exception e) => e switch
    {
        PostgresException p => p.SqlState is "57P01" or "57P02" || p.SqlState.StartsWith("08", StringComparison.Ordinal),
        NpgsqlException n => n.InnerException is IOException or SocketException or EndOfStreamException,
        _ => false,
    };

    private static string Inner(Exception e) => e.InnerException is { } inner ? $"{e.Message}: {inner.Message}" : e.Message;
}
