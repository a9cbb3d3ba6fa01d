namespace Kabar.Web.Hosting;

/// <summary>How much one upload may carry; requests over these are refused before anything is read.</summary>
public static class UploadLimits
{
    public const int MaxFiles = 50;
    public const long MaxFileBytes = 10L * 1024 * 1024;
    public const long MaxRequestBytes = 50L * 1024 * 1024;
}
