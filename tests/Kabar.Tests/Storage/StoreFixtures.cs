using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Kabar.Tests.Storage;

/// <summary>A temporary folder for one test's store and pages, deleted afterwards (`using var`).</summary>
public sealed class TempFolder(string prefix = "kabar-store-") : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory(prefix).FullName;
    public string Db => System.IO.Path.Combine(Path, "kabar.db");
    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { /* a killed process may still hold a file for a moment */ }
    }
}

/// <summary>Small news pages written for these tests: distinct content, the same shape as a text dump.</summary>
public static class StoreFixtures
{
    private static readonly string[] Cities = ["Jakarta", "Surabaya", "Bandung", "Medan", "Makassar", "Semarang", "Denpasar"];
    private static readonly string[] Ministers = ["Budi Santoso", "Siti Rahmawati", "Agus Wijaya", "Dewi Lestari", "Rudi Hartono"];

    /// <summary>Writes <paramref name="count"/> slightly different pages into <paramref name="folder"/>; returns their paths.</summary>
    public static List<string> WritePages(string folder, int count, int seed = 0)
    {
        Directory.CreateDirectory(folder);
        var paths = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var path = System.IO.Path.Combine(folder, $"page-{seed:D2}-{i:D5}.txt");
            System.IO.File.WriteAllText(path, Page(i + seed * 100_000), new UTF8Encoding(false));
            paths.Add(path);
        }
        return paths;
    }

    public static string Page(int n)
    {
        var city = Cities[n % Cities.Length];
        var minister = Ministers[n % Ministers.Length];
        var day = 1 + n % 27;
        return string.Create(CultureInfo.InvariantCulture, $"""
            Pemerintah Kota {city} Bahas Anggaran Air Bersih Tahap {n}

            {city} - Rencana anggaran air bersih tahap {n} dibicarakan dalam rapat dewan kota pada Senin ({day}/3/2024), kata Menteri {minister}.

            "Kami ingin proyek ini selesai tahun ini, dengan biaya Rp {100 + n} miliar," kata {minister} kepada wartawan di {city}.

            Jadwal pembangunan juga dibicarakan dalam rapat itu, termasuk pipa baru sepanjang {10 + n % 90} kilometer dan waduk cadangan untuk musim kemarau.

            Warga berharap air bersih dapat mengalir ke {1000 + n} rumah sebelum akhir tahun, menurut keterangan resmi pemerintah kota.
            """);
    }
}

/// <summary>Reads a Kabar store file directly, as a check from outside the program.</summary>
public static class StoreFile
{
    public static long Scalar(string db, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, CultureInfo.InvariantCulture);
    }

    public static void Execute(string db, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

/// <summary>Starts the real `kabar` program without waiting, so a test can kill it or run two at once.</summary>
public static class KabarBackground
{
    public static Process Start(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        info.ArgumentList.Add(System.IO.Path.Combine(AppContext.BaseDirectory, "kabar.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["CI"] = "true";
        return Process.Start(info)!;
    }
}
