using System.Numerics;
using Rollup.Core.Ethereum;
using Rollup.Core.Hashing;
using Rollup.SettlementClient.Rlp;
using Rollup.SettlementClient.Signing;

namespace Rollup.SettlementClient.Transactions;

/// <summary>
/// An unsigned EIP-1559 (type 2) transaction. The signing hash is
/// keccak256(0x02 ‖ rlp([chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit, to, value, data, accessList])).
/// </summary>
public sealed record Transaction1559
{
    public const byte TypeByte = 0x02;

    public required BigInteger ChainId { get; init; }
    public required BigInteger Nonce { get; init; }
    public required BigInteger MaxPriorityFeePerGas { get; init; }
    public required BigInteger MaxFeePerGas { get; init; }
    public required BigInteger GasLimit { get; init; }

    /// <summary>Null for a contract creation.</summary>
    public L1Address? To { get; init; }

    public BigInteger Value { get; init; }
    public byte[] Data { get; init; } = [];
    public IReadOnlyList<AccessListItem> AccessList { get; init; } = [];

    internal byte[][] EncodeFields()
    {
        var accessList = new byte[AccessList.Count][];
        for (int i = 0; i < accessList.Length; i++)
        {
            var item = AccessList[i];
            var keys = new byte[item.StorageKeys.Count][];
            for (int k = 0; k < keys.Length; k++)
            {
                if (item.StorageKeys[k].Length != 32) throw new TransactionException("an access-list storage key is 32 bytes");
                keys[k] = RlpEncoder.EncodeElement(item.StorageKeys[k]);
            }
            accessList[i] = RlpEncoder.EncodeList(RlpEncoder.EncodeElement(item.Address.ToBytes()), RlpEncoder.EncodeList(keys));
        }
        return
        [
            RlpEncoder.EncodeUInt(ChainId),
            RlpEncoder.EncodeUInt(Nonce),
            RlpEncoder.EncodeUInt(MaxPriorityFeePerGas),
            RlpEncoder.EncodeUInt(MaxFeePerGas),
            RlpEncoder.EncodeUInt(GasLimit),
            RlpEncoder.EncodeElement(To is { } to ? to.ToBytes() : []),
            RlpEncoder.EncodeUInt(Value),
            RlpEncoder.EncodeElement(Data),
            RlpEncoder.EncodeList(accessList),
        ];
    }

    /// <summary>0x02 ‖ rlp(fields): the bytes the signature covers.</summary>
    public byte[] GetUnsignedPayload() => Typed(RlpEncoder.EncodeList(EncodeFields()));

    public byte[] GetSigningHash() => Keccak256.Hash(GetUnsignedPayload());

    public SignedTransaction1559 Sign(EthECKey key) => new(this, key.Sign(GetSigningHash()));

    internal static byte[] Typed(byte[] rlp)
    {
        var payload = new byte[1 + rlp.Length];
        payload[0] = TypeByte;
        rlp.CopyTo(payload, 1);
        return payload;
    }
}
