using Kabar.Tests.Support;

namespace Kabar.Tests.Cli;

public class CommandLineConventionsTests
{
    [Fact]
    public void Help_lists_the_commands()
    {
        var r = KabarProcess.Run("--help");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("extract", r.Stdout);
    }

    [Fact]
    public void A_usage_error_exits_2_with_a_message_on_stderr()
    {
        var r = KabarProcess.Run("extract");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("Required argument missing", r.Stderr);
        Assert.Equal("", r.Stdout);
    }

    [Fact]
    public void Every_input_failing_exits_1_and_names_the_input()
    {
        var r = KabarProcess.Run("extract", "/no/such/path", "--json");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("/no/such/path", r.Stderr);
        Assert.Contains("\"error\"", r.Stdout);
    }
}
