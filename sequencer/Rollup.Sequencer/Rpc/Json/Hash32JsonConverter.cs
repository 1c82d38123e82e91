using System.Text.Json;
using System.Text.Json.Serialization;
using Rollup.Sequencer.Rpc.Views;

namespace Rollup.Sequencer.Rpc.Json;

/// <summary>A 32-byte hash as 0x-prefixed hex.</summary>
public sealed class Hash32JsonConverter : JsonConverter<Hash32>
{
    public override Hash32 Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && Hash32.TryParse(reader.GetString(), out var h)
            ? h
            : throw new JsonException("expected a 0x-prefixed 32-byte hex string");

    /// <summary>Formatted on the stack: a receipt's proof writes a dozen hashes.</summary>
    public override void Write(Utf8JsonWriter writer, Hash32 value, JsonSerializerOptions options)
    {
        Span<char> text = stackalloc char[2 + 2 * Hash32.Size];
        text[0] = '0';
        text[1] = 'x';
        Convert.TryToHexStringLower(value.Bytes, text[2..], out _);
        writer.WriteStringValue(text);
    }
}
