using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Kabar.Annotation.Times;
using Kabar.Serialization;

namespace Kabar.Cli.Commands;

/// <summary>
/// `kabar eval times FILE [--errors] [--json]`: scores time recognition (strict and relaxed F1) and
/// normalisation (TIMEX3 value accuracy) on a gold file in Kabar's time evaluation format.
/// </summary>
internal sealed class EvalTimesCommand : ICliCommand
{
    public int Order => 30;
    public string? Parent => "eval";

    public Command Create()
    {
        var file = new Argument<string>("file") { Description = "Gold file: '@ yyyy-MM-dd' opens a document, [[text|value]] or [[text|value|TYPE]] marks an expression." };
        var errors = new Option<bool>("--errors") { Description = "List every missed, spurious and wrongly resolved expression." };
        var json = CommonOptions.Json();
        var command = new Command("times", "Score time expressions: recognition precision, recall and F1 (strict and relaxed span), TIMEX3 value accuracy.")
        {
            file, errors, json,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            IReadOnlyList<TimeEvalDocument> documents;
            try
            {
                using var reader = new StreamReader(path);
                documents = TimeEvaluation.Read(reader);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                Console.Error.WriteLine($"{path}: error: {e.Message}");
                return ExitCodes.AllFailed;
            }
            if (documents.Count == 0)
            {
                Console.Error.WriteLine($"{path}: error: no documents (expected '@ yyyy-MM-dd' followed by text)");
                return ExitCodes.AllFailed;
            }
            var score = TimeEvaluation.Score(documents);
            if (parse.GetValue(json)) Console.Out.WriteLine(ToJson(path, documents.Count, score).ToJsonString(KabarJson.Options));
            else Write(path, documents.Count, score, parse.GetValue(errors));
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Write(string path, int documents, TimeEvalScore s, bool listErrors)
    {
        static string P(double v) => (100 * v).ToString("0.00", CultureInfo.InvariantCulture);
        Console.Out.WriteLine($"{path}: {documents} documents, {s.Gold} gold expressions, {s.Found} found");
        Console.Out.WriteLine($"recognition strict   P {P(s.StrictPrecision)}  R {P(s.StrictRecall)}  F1 {P(s.StrictF1)}");
        Console.Out.WriteLine($"recognition relaxed  P {P(s.RelaxedPrecision)}  R {P(s.RelaxedRecall)}  F1 {P(s.RelaxedF1)}");
        Console.Out.WriteLine($"normalisation        value accuracy {P(s.ValueAccuracy)} ({s.CorrectValues}/{s.RelaxedMatches}), type accuracy {P(s.TypeAccuracy)}");
        if (!listErrors) return;
        foreach (var e in s.Errors)
            Console.Out.WriteLine($"  line {e.Line}: {e.Kind}: '{e.Text}'{(e.Want is null ? "" : $" want {e.Want}")}{(e.Got is null ? "" : $" got {e.Got}")}");
    }

    private static JsonObject ToJson(string path, int documents, TimeEvalScore s) => new()
    {
        ["file"] = path,
        ["documents"] = documents,
        ["gold"] = s.Gold,
        ["found"] = s.Found,
        ["strict"] = new JsonObject { ["precision"] = s.StrictPrecision, ["recall"] = s.StrictRecall, ["f1"] = s.StrictF1 },
        ["relaxed"] = new JsonObject { ["precision"] = s.RelaxedPrecision, ["recall"] = s.RelaxedRecall, ["f1"] = s.RelaxedF1 },
        ["value_accuracy"] = s.ValueAccuracy,
        ["type_accuracy"] = s.TypeAccuracy,
        ["errors"] = new JsonArray(s.Errors.Select(e => (JsonNode?)new JsonObject
        {
            ["line"] = e.Line, ["kind"] = e.Kind, ["text"] = e.Text, ["want"] = e.Want, ["got"] = e.Got,
        }).ToArray()),
    };
}
