using System.Text;

namespace Kabar.Storage.Sql;

/// <summary>
/// Adding to a table of counts keyed by text (template lines, document frequencies): many rows a
/// statement (<see cref="SqlDialect.CountRowsPerInsert"/>), each added to the count already stored under its key. Table and column names come from
/// this code, never from pages; keys and counts are bound as parameters.
/// </summary>
public sealed partial class SqlStore
{
    private sealed partial class Writer
    {
        /// <param name="table">The table; its key is <paramref name="scope"/>'s column (when given) and <paramref name="keyColumn"/>.</param>
        /// <param name="scope">A column and value every row shares (the outlet of template lines).</param>
        private void AddCounts(string table, string keyColumn, string countColumn, IEnumerable<KeyValuePair<string, long>> rows, (string Column, string Value)? scope = null)
        {
            var columns = scope is { } s ? $"{s.Column}, {keyColumn}" : keyColumn;
            foreach (var chunk in rows.Chunk(store.Dialect.CountRowsPerInsert))
            {
                var sql = new StringBuilder($"INSERT INTO {table} ({columns}, {countColumn}) VALUES ");
                var args = new List<(string, object?)>();
                if (scope is { } shared) args.Add(("scope", shared.Value));
                for (var i = 0; i < chunk.Length; i++)
                {
                    sql.Append(i == 0 ? "" : ", ").Append(scope is null ? $"(@k{i}, @n{i})" : $"(@scope, @k{i}, @n{i})");
                    args.Add(($"k{i}", chunk[i].Key));
                    args.Add(($"n{i}", chunk[i].Value));
                }
                sql.Append($" ON CONFLICT ({columns}) DO UPDATE SET {countColumn} = {table}.{countColumn} + excluded.{countColumn}");
                store.Execute(sql.ToString(), [.. args]);
            }
        }
    }
}
