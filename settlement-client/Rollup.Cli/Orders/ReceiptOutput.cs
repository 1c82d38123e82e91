using System.Text.Json;

namespace Rollup.Cli.Orders;

/// <summary>Prints a write's signed receipt: the whole JSON with --json, else the line a trader keeps.</summary>
internal static class ReceiptOutput
{
    public static void Write(CliContext context, string what, JsonElement receipt, bool json)
    {
        if (json)
        {
            context.Out.WriteLine(receipt.GetRawText());
            return;
        }
        context.Out.WriteLine($"{what}: accepted at sequence {receipt.GetProperty("sequence").GetInt64()}, " +
            $"operation {receipt.GetProperty("operationHash").GetString()}, signed by {receipt.GetProperty("sequencer").GetString()}");
    }
}
