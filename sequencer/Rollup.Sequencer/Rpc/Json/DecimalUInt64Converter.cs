using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rollup.Sequencer.Rpc.Json;

/// <summary>A 64-bit amount as a decimal string, since JSON numbers above 2^53 lose precision in most clients.</summary>
public sealed class DecimalUInt64Converter : JsonConverter<ulong>
{
    public override ulong Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String) throw new JsonException("expected a decimal string");
        var text = reader.GetString();
        if (!FieldText.IsDecimal(text, 20) || !ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v))
            throw new JsonException("expected a decimal string of a 64-bit unsigned integer");
        return v;
    }

    public override void Write(Utf8JsonWriter writer, ulong value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));
}
