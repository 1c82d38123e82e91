using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using Rollup.Core.Ethereum;
using Rollup.SettlementClient.Addresses;

namespace Rollup.Sequencer.Rpc.Json;

/// <summary>An L1 address written with its EIP-55 checksum; read strictly (a mixed-case address must carry the right checksum).</summary>
public sealed class L1AddressJsonConverter : JsonConverter<L1Address>
{
    /// <summary>Checksummed forms kept; the set is cleared when it grows past this.</summary>
    public const int CachedAddresses = 1024;

    // Every receipt carries the contract and the sequencer address, and a checksum is a Keccak:
    // the few addresses written over and over are checksummed once.
    private readonly ConcurrentDictionary<L1Address, string> _checksummed = new();
    // Counted here: ConcurrentDictionary.Count takes every lock of the table.
    private int _added;

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
        writer.WriteStringValue(Checksummed(value));

    internal string Checksummed(L1Address address)
    {
        if (_checksummed.TryGetValue(address, out var text)) return text;
        text = AddressChecksum.ToChecksumAddress(address);
        if (Interlocked.Increment(ref _added) > CachedAddresses)
        {
            _checksummed.Clear();
            Interlocked.Exchange(ref _added, 1);
        }
        _checksummed.TryAdd(address, text);
        return text;
    }
}
