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

    public override void Write(Utf8JsonWriter writer, Hash32 value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
