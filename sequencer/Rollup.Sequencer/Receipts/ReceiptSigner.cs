using Rollup.Core.Ethereum;
using Rollup.Sequencer.Rpc.Views;
using Rollup.SettlementClient.Signing;

namespace Rollup.Sequencer.Receipts;

/// <summary>
/// Signs receipts with the sequencer's key for one deployment. Signing is deterministic
/// (RFC 6979), so a receipt asked for again later carries the very same signature.
/// </summary>
public sealed class ReceiptSigner
{
    private readonly EthECKey _key;

    public ReceiptSigner(EthECKey key, ulong chainId, L1Address contract)
    {
        if (!key.HasPrivateKey) throw new ArgumentException("the receipt key must hold a private key", nameof(key));
        _key = key;
        ChainId = chainId;
        Contract = contract;
        Address = key.GetAddress();
    }

    public ulong ChainId { get; }
    public L1Address Contract { get; }
    public L1Address Address { get; }

    public SignedReceipt Sign(long sequence, Hash32 operationHash, long acceptedAtMs)
    {
        var receipt = new Receipt(ChainId, Contract, sequence, operationHash, acceptedAtMs);
        return new SignedReceipt(receipt, _key.Sign(ReceiptTypedData.Digest(receipt)), Address);
    }
}
