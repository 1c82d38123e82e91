using System.Text.Json;
using System.Text.Json.Serialization;
using Rollup.Core.Ethereum;
using Rollup.SettlementClient.Addresses;

namespace Rollup.Sequencer.Rpc.Json;

/// <summary>An L1 address written with its EIP-55 checksum; read strictly (a mixed-case address must carry the right checksum).</summary>
public sealed class L1AddressJsonConverter : JsonConverter<L1Address>
{
    public override L1Address Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String) throw new JsonException("expected a 0x-prefixed address string");
        try
        {
            return AddressChecksum.Parse(reader.GetString()!);
        }
        catch (AddressFormatException e)
        {
            throw new JsonException(e.Message);
        }
    }

    public override void Write(Utf8JsonWriter writer, L1Address value, JsonSerializerOptions options) =>
        writer.WriteStringValue(AddressChecksum.ToChecksumAddress(value));
}
