using System.Text;
using System.Text.Json.Nodes;
using Kabar.Tests.Support;

namespace Kabar.Tests.Extraction;

/// <summary>
/// Issue 2's bad inputs, through the real `kabar extract`: each gets an error or a warning naming
/// the file, the rest of the folder is still extracted, and the program neither crashes nor hangs.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kabar-bad-input-").FullName;

    public void Dispose()
    {
        foreach (var f in Directory.EnumerateFileSystemEntries(_dir, "*", SearchOption.AllDirectories))
            if (!File.GetAttributes(f).HasFlag(FileAttributes.ReparsePoint)) File.SetUnixFileMode(f, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Directory.Delete(_dir, recursive: true);
    }

    private const string GoodPage = """
        Jalan Desa Diperbaiki Menjelang Musim Hujan

        Pemerintah desa mulai memperbaiki jalan utama yang rusak sebelum musim hujan tiba agar hasil panen warga tetap bisa diangkut ke pasar.

        Perbaikan dikerjakan bersama warga secara bergotong royong dan ditargetkan selesai dalam tiga pekan ke depan.
        """;

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static Dictionary<string, JsonObject> ByFile(string stdout) => stdout
        .Split('\n', StringSplitOptions.RemoveEmptyEntries)
        .Select(l => JsonNode.Parse(l)!.AsObject())
        .ToDictionary(o => Path.GetFileName((string)o["source"]!), o => o);

    /// <summary>The file is named on stderr and has either an error or, when an article came out, the output for it.</summary>
    private static void AssertReported(KabarProcess.Result r, Dictionary<string, JsonObject> byFile, string name, bool mustFail = false)
    {
        Assert.True(byFile.ContainsKey(name), $"{name} missing from the output");
        var item = byFile[name];
        if (mustFail || item["error"] is not null)
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)item["error"]), $"{name}: expected an error");
            Assert.Contains(name, r.Stderr);
        }
    }

    [Fact]
    public void Every_bad_file_in_a_folder_is_reported_by_name_and_the_good_page_is_still_extracted()
    {
        Write("a-good.txt", Encoding.UTF8.GetBytes(GoodPage));
        Write("empty.txt", []);
        Write("report.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"));
        Write("photo.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
        Write("listing.txt", Encoding.UTF8.GetBytes(string.Join("\n", Enumerable.Range(1, 20).Select(i => $"Judul Berita Nomor {i} tentang Kota Kecil"))));
        File.CreateSymbolicLink(Path.Combine(_dir, "dangling.txt"), Path.Combine(_dir, "no-such-target.txt"));
        var locked = Write("locked.txt", Encoding.UTF8.GetBytes(GoodPage));
        File.SetUnixFileMode(locked, UnixFileMode.None);
        var lockedIsUnreadable = !CanRead(locked); // root reads it anyway; then the dangling link stands for it

        var r = KabarProcess.Run("extract", _dir, "--json");

        Assert.Equal(0, r.ExitCode);
        var byFile = ByFile(r.Stdout);
        Assert.Equal("Jalan Desa Diperbaiki Menjelang Musim Hujan", (string?)byFile["a-good.txt"]["title"]);
        Assert.Equal("empty file", (string?)byFile["empty.txt"]["error"]);
        Assert.Contains("PDF", (string?)byFile["report.pdf"]["error"]);
        Assert.Contains("PNG", (string?)byFile["photo.png"]["error"]);
        Assert.Contains("no article text", (string?)byFile["listing.txt"]["error"]);
        AssertReported(r, byFile, "dangling.txt", mustFail: true);
        if (lockedIsUnreadable) AssertReported(r, byFile, "locked.txt", mustFail: true);
        foreach (var name in new[] { "empty.txt", "report.pdf", "photo.png", "listing.txt", "dangling.txt" })
            Assert.Contains(name, r.Stderr);
    }

    [Fact]
    public void Broken_huge_deep_and_legacy_encoded_html_pages_each_get_an_answer_and_the_batch_goes_on()
    {
        Write("a-good.txt", Encoding.UTF8.GetBytes(GoodPage));
        Write("truncated.html", Encoding.UTF8.GetBytes(
            "<!DOCTYPE html><html><head><title>Harga Cabai Naik</title></head><body><article><h1>Harga Cabai Naik</h1><p>Harga cabai di pasar induk naik dua kali lipat dalam sepekan terakhir karena pasokan dari daerah"));
        Write("deep.html", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000))
            + "<p>Teks yang sangat dalam.</p>" + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "</body></html>"));
        var latin1 = Encoding.Latin1.GetBytes(
            "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><title>Kafe di Pojok Kota</title></head>"
            + "<body><article><h1>Kafe di Pojok Kota</h1><p>Pemilik kafé kecil itu menyajikan kopi dari kebun keluarganya sendiri sejak tahun lalu, dan pelanggan datang dari seluruh penjuru kota untuk mencicipinya.</p>"
            + "<p>Menurutnya, resep crème brûlée yang ia jual dipelajari dari neneknya yang dulu bekerja sebagai juru masak di sebuah hotel tua.</p></article></body></html>");
        Write("latin1.html", latin1);
        Write("home.html", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><title>Beranda - Kabar Kota</title></head><body><nav>"
            + string.Concat(Enumerable.Range(1, 60).Select(i => $"<a href=\"/berita/{i}\">Judul berita nomor {i}</a> "))
            + "</nav></body></html>"));
        using (var huge = File.Create(Path.Combine(_dir, "huge.html")))
        {
            huge.Write(Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><title>Halaman Besar</title></head><body>"));
            var paragraph = Encoding.UTF8.GetBytes("<p>Paragraf yang diulang berkali-kali untuk membuat halaman sebesar lima puluh megabita.</p>\n");
            while (huge.Length < 50L * 1024 * 1024) huge.Write(paragraph);
            huge.Write(Encoding.UTF8.GetBytes("</body></html>"));
        }

        var r = KabarProcess.Run("extract", _dir, "--json");

        Assert.Equal(0, r.ExitCode);
        var byFile = ByFile(r.Stdout);
        Assert.Equal("Jalan Desa Diperbaiki Menjelang Musim Hujan", (string?)byFile["a-good.txt"]["title"]);
        foreach (var name in new[] { "truncated.html", "deep.html", "latin1.html", "home.html", "huge.html" })
            AssertReported(r, byFile, name);
        // The huge page is cut to a size a news page can have, and says so (or fails with its reason).
        Assert.True(byFile["huge.html"]["error"] is not null || byFile["huge.html"]["warnings"]!.AsArray().Count > 0);
        Assert.Contains("huge.html", r.Stderr);
    }

    private static bool CanRead(string path)
    {
        try
        {
            using var _ = File.OpenRead(path);
            return true;
        }
        catch (UnauthorizedAccessException) { return false; }
    }
}
