using System.CommandLine;
using System.Text;
using Kabar.Cli;

Console.OutputEncoding = new UTF8Encoding(false);
var root = new RootCommand("Kabar reads raw pages from Indonesian news outlets and turns them into stories with cited briefs.");
CommandCatalog.AddTo(root);

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
        Console.Error.WriteLine($"kabar: {error.Message}");
    Console.Error.WriteLine("Run 'kabar --help' for usage.");
    return ExitCodes.UsageError;
}
using var telemetry = Telemetry.Start();
return await parse.InvokeAsync();
