using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using Rollup.Core.Ethereum;
using Rollup.Core.Fields;
using Rollup.Sequencer.Rpc.Errors;
using Rollup.Sequencer.Rpc.Json;
using Rollup.Sequencer.Rpc.Methods;
using Rollup.Sequencer.Rpc.Views;

namespace Rollup.Sequencer.Rpc.Discovery;

/// <summary>
/// Builds the OpenRPC 1.2 document from the method registry: each method's params are the
/// properties of its params record (named, with JSON schemas from the serializer's own
/// contract, so the document cannot drift from what the server parses), its result schema,
/// and its errors from the one error table.
/// </summary>
public static class OpenRpcDocument
{
    public const string OpenRpcVersion = "1.2.6";
    public const string ApiVersion = "1.0.0";

    public static JsonObject Build(IReadOnlyList<RpcMethod> methods)
    {
        var list = new JsonArray();
        foreach (var method in methods) list.Add(Method(method));
        return new JsonObject
        {
            ["openrpc"] = OpenRpcVersion,
            ["info"] = new JsonObject
            {
                ["title"] = "Options rollup sequencer",
                ["version"] = ApiVersion,
                ["description"] = "JSON-RPC 2.0 API of the options rollup's sequencer (docs/RPC.md).",
            },
            ["methods"] = list,
        };
    }

    private static JsonObject Method(RpcMethod method)
    {
        var parameters = new JsonArray();
        var schema = Schema(method.ParamsType);
        var required = new HashSet<string>(StringComparer.Ordinal);
        if (schema["required"] is JsonArray requiredList)
            foreach (var r in requiredList) required.Add(r!.GetValue<string>());
        if (schema["properties"] is JsonObject properties)
            foreach (var (name, propertySchema) in properties)
                parameters.Add(new JsonObject
                {
                    ["name"] = name,
                    ["required"] = required.Contains(name),
                    ["schema"] = propertySchema?.DeepClone(),
                });
        var errors = new JsonArray();
        var codes = new SortedSet<int>();
        foreach (var code in method.Errors) codes.Add((int)code);
        foreach (var code in MethodRegistry.CommonErrors) codes.Add((int)code);
        foreach (var code in codes.Reverse())
            errors.Add(new JsonObject { ["code"] = code, ["message"] = RpcErrorCatalog.Meaning((RpcErrorCode)code) });
        return new JsonObject
        {
            ["name"] = method.Name,
            ["summary"] = method.Summary,
            ["paramStructure"] = "by-name",
            ["params"] = parameters,
            ["result"] = new JsonObject { ["name"] = "result", ["schema"] = Schema(method.ResultType) },
            ["errors"] = errors,
        };
    }

    private static JsonNode Schema(Type type)
    {
        var node = JsonSchemaExporter.GetJsonSchemaAsNode(RpcJson.Options, type, new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = Transform,
        });
        return node is JsonObject ? node : new JsonObject();
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema)
    {
        var type = context.TypeInfo.Type;
        var underlying = Nullable.GetUnderlyingType(type);
        bool nullable = underlying is not null;
        type = underlying ?? type;
        JsonObject? replacement = null;
        if (context.PropertyInfo?.CustomConverter is DecimalUInt64Converter)
            replacement = StringSchema("^(0|[1-9][0-9]{0,19})$", "unsigned 64-bit integer as a decimal string");
        else if (type == typeof(Fr))
            replacement = StringSchema("^(0|[1-9][0-9]{0,77})$", "BN254 scalar field element as a decimal string");
        else if (type == typeof(L1Address))
            replacement = StringSchema("^0x[0-9a-fA-F]{40}$", "L1 address, EIP-55 checksummed when mixed-case");
        else if (type == typeof(Hash32))
            replacement = StringSchema("^0x[0-9a-f]{64}$", "32-byte hash as hex");
        else if (type == typeof(Int128))
            replacement = StringSchema("^-?(0|[1-9][0-9]{0,38})$", "signed 128-bit integer as a decimal string");
        if (replacement is null) return schema;
        if (nullable) replacement["type"] = new JsonArray("string", "null");
        return replacement;
    }

    private static JsonObject StringSchema(string pattern, string description) =>
        new() { ["type"] = "string", ["pattern"] = pattern, ["description"] = description };
}
