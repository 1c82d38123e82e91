using System.Text.Json;

namespace Rollup.SettlementClient.Tests;

/// <summary>Turns vector JSON into the plain values the encoders take: strings, booleans, lists, dictionaries.</summary>
internal static class JsonValues
{
    public static object? ToValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => element.GetRawText(),
        JsonValueKind.Array => element.EnumerateArray().Select(ToValue).ToList(),
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => ToValue(p.Value)) as IReadOnlyDictionary<string, object?>,
        _ => null,
    };
}
