using Rollup.Core.Ethereum;
using Rollup.SettlementClient.Rlp;
using Rollup.SettlementClient.Signing;

namespace Rollup.SettlementClient.Transactions;

/// <summary>Parses a raw signed type-2 transaction; strict RLP makes the decoding unique, so re-encoding gives the same hash.</summary>
public static class Transaction1559Decoder
{
    private const int FieldCount = 12;

    public static SignedTransaction1559 Decode(ReadOnlySpan<byte> raw)
    {
        if (raw.Length == 0) throw new TransactionException("raw transaction is empty");
        if (raw[0] != Transaction1559.TypeByte)
            throw new TransactionException($"not an EIP-1559 transaction: type byte is 0x{raw[0]:x2}, expected 0x02");
        try
        {
            var root = RlpDecoder.Decode(raw[1..]);
            if (!root.IsList) throw new TransactionException("EIP-1559 payload must be an RLP list");
            var f = root.Items;
            if (f.Count != FieldCount) throw new TransactionException($"signed EIP-1559 transaction has {FieldCount} fields, found {f.Count}");
            var toBytes = f[5].Bytes;
            L1Address? to = toBytes.Length switch
            {
                0 => null,
                L1Address.Size => L1Address.FromBytes(toBytes),
                _ => throw new TransactionException($"'to' must be empty or 20 bytes, found {toBytes.Length}"),
            };
            var transaction = new Transaction1559
            {
                ChainId = RlpDecoder.DecodeUInt(f[0]),
                Nonce = RlpDecoder.DecodeUInt64(f[1]),
                MaxPriorityFeePerGas = RlpDecoder.DecodeUInt(f[2]),
                MaxFeePerGas = RlpDecoder.DecodeUInt(f[3]),
                GasLimit = RlpDecoder.DecodeUInt64(f[4]),
                To = to,
                Value = RlpDecoder.DecodeUInt(f[6]),
                Data = f[7].Bytes,
                AccessList = DecodeAccessList(f[8]),
            };
            var yParity = RlpDecoder.DecodeUInt(f[9], 1);
            if (yParity > 1) throw new TransactionException($"yParity must be 0 or 1, found {yParity}");
            var signature = new EthECDSASignature(RlpDecoder.DecodeUInt(f[10]), RlpDecoder.DecodeUInt(f[11]), (int)yParity);
            return new SignedTransaction1559(transaction, signature);
        }
        catch (RlpException e)
        {
            throw new TransactionException("malformed EIP-1559 transaction: " + e.Message);
        }
        catch (SignatureException e)
        {
            throw new TransactionException("EIP-1559 transaction has an invalid signature: " + e.Message);
        }
    }

    private static List<AccessListItem> DecodeAccessList(RlpItem list)
    {
        var items = new List<AccessListItem>(list.Items.Count);
        foreach (var entry in list.Items)
        {
            if (entry.Items.Count != 2) throw new TransactionException("an access-list entry is [address, storageKeys]");
            var address = entry.Items[0].Bytes;
            if (address.Length != L1Address.Size) throw new TransactionException("an access-list address is 20 bytes");
            var keys = new List<byte[]>(entry.Items[1].Items.Count);
            foreach (var key in entry.Items[1].Items)
            {
                if (key.Bytes.Length != 32) throw new TransactionException("an access-list storage key is 32 bytes");
                keys.Add(key.Bytes);
            }
            items.Add(new AccessListItem(L1Address.FromBytes(address), keys));
        }
        return items;
    }
}
