using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
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

    // The exporter cannot see through custom converters (it emits an empty schema for them and
    // never calls the transform on it), so each object fixes its own properties here.
    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema)
    {
        if (context.TypeInfo.Kind != JsonTypeInfoKind.Object || schema is not JsonObject obj || obj["properties"] is not JsonObject properties)
            return schema;
        foreach (var property in context.TypeInfo.Properties)
        {
            if (Known(property.PropertyType, property.CustomConverter) is { } known)
            {
                properties[property.Name] = known;
            }
            else if (property.PropertyType != typeof(string) && ElementOf(property.PropertyType) is { } element && Known(element, null) is { } item)
            {
                properties[property.Name] = new JsonObject { ["type"] = "array", ["items"] = item };
            }
        }
        return schema;
    }

    private static JsonObject? Known(Type type, JsonConverter? converter)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        JsonObject? schema = null;
        if (converter is DecimalUInt64Converter)
            schema = StringSchema("^(0|[1-9][0-9]{0,19})$", "unsigned 64-bit integer as a decimal string");
        else if ((underlying ?? type) == typeof(Fr))
            schema = StringSchema("^(0|[1-9][0-9]{0,77})$", "BN254 scalar field element as a decimal string");
        else if ((underlying ?? type) == typeof(L1Address))
            schema = StringSchema("^0x[0-9a-fA-F]{40}$", "L1 address, EIP-55 checksummed when mixed-case");
        else if ((underlying ?? type) == typeof(Hash32))
            schema = StringSchema("^0x[0-9a-f]{64}$", "32-byte hash as hex");
        else if ((underlying ?? type) == typeof(Int128))
            schema = StringSchema("^-?(0|[1-9][0-9]{0,38})$", "signed 128-bit integer as a decimal string");
        if (schema is not null && underlying is not null) schema["type"] = new JsonArray("string", "null");
        return schema;
    }

    private static Type? ElementOf(Type type)
    {
        foreach (var i in type.IsInterface ? type.GetInterfaces().Append(type) : type.GetInterfaces())
            if (i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)) return i.GetGenericArguments()[0];
        return null;
    }

    private static JsonObject StringSchema(string pattern, string description) =>
        new() { ["type"] = "string", ["pattern"] = pattern, ["description"] = description };
}
