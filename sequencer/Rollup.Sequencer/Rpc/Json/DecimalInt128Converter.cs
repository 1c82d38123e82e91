using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rollup.Sequencer.Rpc.Json;

/// <summary>Margin figures (128-bit, signed) as decimal strings.</summary>
public sealed class DecimalInt128Converter : JsonConverter<Int128>
{
    public override Int128 Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String ||
            !Int128.TryParse(reader.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v))
            throw new JsonException("expected a decimal string of a 128-bit integer");
        return v;
    }

    public override void Write(Utf8JsonWriter writer, Int128 value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));
}
