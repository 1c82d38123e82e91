using System.Text.Json;
using System.Text.Json.Serialization;
using Rollup.Core.Fields;

namespace Rollup.Sequencer.Rpc.Json;

/// <summary>A field element as a canonical decimal string (below r).</summary>
public sealed class FrJsonConverter : JsonConverter<Fr>
{
    public override Fr Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String) throw new JsonException("expected a decimal string");
        var text = reader.GetString();
        if (!FieldText.IsDecimal(text) || !Fr.TryParse(text, out var f)) throw new JsonException("expected a decimal string below the field modulus");
        return f;
    }

    public override void Write(Utf8JsonWriter writer, Fr value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
