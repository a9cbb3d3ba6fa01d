namespace Kabar.Evaluation.Ner;

/// <summary>Prints an <see cref="EntityScore"/> as a conlleval-like table.</summary>
public static class NerReport
{
    public static void Write(TextWriter output, EntityScore score)
    {
        output.WriteLine($"{"type",-8} {"gold",6} {"found",6} {"right",6} {"P",7} {"R",7} {"F1",7}");
        foreach (var t in score.Types) Row(output, t.Type, t);
        Row(output, "micro", score.Micro);
        output.WriteLine($"{"macro",-8} {"",6} {"",6} {"",6} {score.MacroPrecision,7:P2} {score.MacroRecall,7:P2} {score.MacroF1,7:P2}");
    }

    private static void Row(TextWriter output, string name, TypeScore t) =>
        output.WriteLine($"{name,-8} {t.Gold,6} {t.TruePositives + t.FalsePositives,6} {t.TruePositives,6} {t.Precision,7:P2} {t.Recall,7:P2} {t.F1,7:P2}");
}
