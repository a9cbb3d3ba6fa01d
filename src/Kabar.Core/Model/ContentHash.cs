using System.Security.Cryptography;

namespace Kabar.Model;

/// <summary>A page's identity in the store: the SHA-256 of its raw bytes, so the same page ingested twice is recognised whatever its path.</summary>
public static class ContentHash
{
    public static string Of(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
