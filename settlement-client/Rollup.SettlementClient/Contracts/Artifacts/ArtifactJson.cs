using System.Text.Json;

namespace Rollup.SettlementClient.Contracts.Artifacts;

/// <summary>Field readers that name the artifact and field in their errors.</summary>
internal static class ArtifactJson
{
    public static string String(JsonElement obj, string name, string where) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()!
            : throw new ArtifactException($"{where}: field '{name}' is missing or not a string");

    public static JsonElement Array(JsonElement obj, string name, string where) =>
        obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v
            : throw new ArtifactException($"{where}: field '{name}' is missing or not an array");
}
