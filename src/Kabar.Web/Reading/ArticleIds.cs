using System.Security.Cryptography;
using System.Text;

namespace Kabar.Web.Reading;

/// <summary>Opaque, stable ids for articles held in memory: a short hash of the source, so URLs never carry a path.</summary>
public static class ArticleIds
{
    public static string For(string source) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source)))[..12];
}
