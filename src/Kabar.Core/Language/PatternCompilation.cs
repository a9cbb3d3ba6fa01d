using System.Text.RegularExpressions;

namespace Kabar.Language;

/// <summary>
/// Whether Kabar's regular expressions are compiled to IL (<see cref="RegexOptions.Compiled"/>) or
/// interpreted; the answer matches the same text either way, only the cost differs. Compiling
/// the extraction patterns (most of them built from the data files) costs about 0.45 s of CPU when
/// they are first used, more than a command that reads a few pages spends on everything else;
/// compiled matching pays that back only over thousands of pages (docs/PERFORMANCE.md,
/// "2026-12-06: start-up"). A command that knows how much it will read says so with
/// <see cref="ExpectInput"/> before the first page; anything else (a long-running watch or server,
/// the tests) compiles.
/// </summary>
public static class PatternCompilation
{
    /// <summary>
    /// Inputs up to this size are interpreted: 3,000 generated pages (12 MB) cost less CPU
    /// interpreted, compile cost included; 10,000 (40 MB) cost less compiled; 786 WCXB pages (27 MB
    /// packed) cost the same either way.
    /// </summary>
    public const long InterpretedUpToBytes = 8 * 1024 * 1024;

    private static long? expectedBytes;

    private static readonly Lazy<RegexOptions> Chosen = new(() =>
        expectedBytes is { } bytes && bytes <= InterpretedUpToBytes ? RegexOptions.None : RegexOptions.Compiled);

    /// <summary>
    /// <see cref="RegexOptions.Compiled"/> or <see cref="RegexOptions.None"/>, to be or-ed into a
    /// pattern's options; fixed for the process the first time it is read.
    /// </summary>
    public static RegexOptions Option => Chosen.Value;

    /// <summary>
    /// Tells how many bytes of input the process will read, before any pattern is built; a call
    /// after that changes nothing.
    /// </summary>
    public static void ExpectInput(long bytes) => expectedBytes = bytes;
}
