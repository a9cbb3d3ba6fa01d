using System.Text;

namespace Kabar.Tests.Extraction;

/// <summary>
/// Text dumps of one made-up regional outlet, in the shape crawlers save such sites: the domain,
/// the section menu, the headline, the date line, a lead with the outlet's dateline, paragraphs,
/// and the outlet's furniture: a newsletter promo written as a sentence (it reads as prose, so only
/// seeing it on many of the outlet's pages tells it apart) and a footer.
/// </summary>
public static class OutletFurniture
{
    public const string Promo = "Dapatkan ulasan pilihan redaksi setiap pagi lewat surel Lembar Pagi, gratis untuk semua pembaca setia kami.";

    private static readonly (string Place, string Headline, string Lead, string Second)[] Stories =
    [
        ("CILACAP", "Nelayan Cilacap Mendapat Bantuan Perahu Baru",
            "nelayan di pesisir selatan menerima dua puluh perahu motor baru dari pemerintah daerah setelah musim badai merusak sebagian besar armada mereka.",
            "Kepala dinas kelautan mengatakan perahu itu diharapkan dapat dipakai sampai ke perairan yang lebih jauh dan menambah hasil tangkapan."),
        ("TEGAL", "Harga Solar Naik, Nelayan Tegal Kurangi Hari Melaut",
            "kenaikan harga solar membuat banyak nelayan mengurangi hari melaut karena ongkos yang dikeluarkan tidak lagi tertutup oleh hasil tangkapan.",
            "\"Kalau solar terus mahal, kami tidak bisa menutup ongkos melaut,\" kata seorang nelayan yang sudah melaut sejak remaja."),
        ("PEKALONGAN", "Koperasi Buka Tempat Pelelangan Ikan Baru",
            "koperasi nelayan membuka tempat pelelangan ikan baru yang diharapkan membuat harga ikan lebih adil bagi para nelayan kecil di kota itu.",
            "Pengurus koperasi mengatakan pelelangan akan dibuka setiap pagi mulai pukul enam dan terbuka untuk semua pedagang dari luar daerah."),
        ("KEBUMEN", "Gelombang Tinggi, Nelayan Kebumen Tambatkan Perahu",
            "gelombang tinggi membuat sebagian besar nelayan memilih menambatkan perahu dan memperbaiki jaring di rumah masing-masing selama sepekan terakhir.",
            "Badan cuaca memperkirakan gelombang tinggi masih akan terjadi hingga akhir pekan depan di perairan selatan Jawa Tengah."),
        ("BATANG", "Pelabuhan Batang Diperluas untuk Kapal Besar",
            "pemerintah provinsi mulai memperluas dermaga pelabuhan perikanan agar kapal berukuran besar dapat bersandar dan membongkar muatan lebih cepat.",
            "Pekerjaan itu ditargetkan selesai akhir tahun dan akan menambah tiga ratus meter panjang dermaga yang ada sekarang."),
        ("REMBANG", "Petambak Garam Rembang Mulai Panen Raya",
            "petambak garam di pantai utara mulai memanen garam setelah kemarau panjang membuat air laut cepat mengering di petak-petak tambak.",
            "Para petambak berharap harga garam tidak jatuh seperti tahun lalu ketika panen berlimpah membuat pasokan menumpuk di gudang."),
    ];

    public static int Count => Stories.Length;

    /// <summary>Page <paramref name="n"/> (0-based) of the outlet, as a file's bytes.</summary>
    public static byte[] Page(int n)
    {
        var s = Stories[n];
        return Encoding.UTF8.GetBytes($"""
            harianpesisir.com

            Beranda
            Daerah
            Ekonomi

            {s.Headline}

            Senin, {n + 2} Mei 2022 08:{n:00} WIB

            {s.Place}, HARIANPESISIR.COM - Sejumlah {s.Lead}

            {s.Second}

            Warga {s.Place.ToLowerInvariant()} berharap perhatian pemerintah terus berlanjut, terutama menjelang musim angin barat yang biasanya datang pada akhir tahun.

            {Promo}

            Tentang Kami | Kontak | Pedoman Media Siber
            """);
    }

    /// <summary>Writes pages <paramref name="from"/> to <paramref name="to"/> (exclusive) into a new folder and returns it.</summary>
    public static string WriteFolder(string parent, string name, int from, int to)
    {
        var folder = Path.Combine(parent, name);
        Directory.CreateDirectory(folder);
        for (var n = from; n < to; n++) File.WriteAllBytes(Path.Combine(folder, $"pesisir-{n}.txt"), Page(n));
        return folder;
    }
}
