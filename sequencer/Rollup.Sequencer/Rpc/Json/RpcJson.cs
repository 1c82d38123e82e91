using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rollup.Sequencer.Rpc.Json;

/// <summary>
/// The API's one set of serializer options: camelCase names, enums as camelCase strings (never
/// numbers), field elements and large amounts as decimal strings, addresses EIP-55, and strict
/// reading: unknown and duplicate members, missing required members and nulls where no null is
/// allowed are all refused.
/// </summary>
public static class RpcJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.General)
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectRequiredConstructorParameters = true,
            RespectNullableAnnotations = true,
            AllowDuplicateProperties = false,
            NumberHandling = JsonNumberHandling.Strict,
            MaxDepth = 16,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Converters.Add(new FrJsonConverter());
        options.Converters.Add(new L1AddressJsonConverter());
        options.Converters.Add(new Hash32JsonConverter());
        options.Converters.Add(new DecimalInt128Converter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
