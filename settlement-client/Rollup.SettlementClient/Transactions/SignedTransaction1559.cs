using Rollup.Core.Ethereum;
using Rollup.Core.Hashing;
using Rollup.SettlementClient.Rlp;
using Rollup.SettlementClient.Signing;

namespace Rollup.SettlementClient.Transactions;

/// <summary>A signed EIP-1559 transaction: what eth_sendRawTransaction takes and what a block holds.</summary>
public sealed class SignedTransaction1559(Transaction1559 transaction, EthECDSASignature signature)
{
    public Transaction1559 Transaction { get; } = transaction;

    public EthECDSASignature Signature { get; } = signature;

    /// <summary>0x02 ‖ rlp([...fields, yParity, r, s]).</summary>
    public byte[] GetRawTransaction()
    {
        var fields = Transaction.EncodeFields();
        var all = new byte[fields.Length + 3][];
        fields.CopyTo(all, 0);
        all[^3] = RlpEncoder.EncodeUInt((ulong)Signature.YParity);
        all[^2] = RlpEncoder.EncodeUInt(Signature.R);
        all[^1] = RlpEncoder.EncodeUInt(Signature.S);
        return Transaction1559.Typed(RlpEncoder.EncodeList(all));
    }

    /// <summary>The transaction hash: keccak256 of the raw signed bytes.</summary>
    public byte[] GetHash() => Keccak256.Hash(GetRawTransaction());

    public L1Address RecoverSender() => EthECKey.RecoverFromSignature(Signature, Transaction.GetSigningHash()).GetAddress();
}
