using Rollup.Core.Ethereum;
using Rollup.Sequencer.Rpc.Views;
using Rollup.SettlementClient.Signing;

namespace Rollup.Sequencer.Receipts;

/// <summary>
/// Signs groups of receipts with the sequencer's key for one deployment: one secp256k1
/// signature (about 0.4 ms) per group, over the root of the group's receipt tree, instead of
/// one per write. Signing is deterministic (RFC 6979).
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

    public Receipt Create(long sequence, Hash32 operationHash, long acceptedAtMs) => new(ChainId, Contract, sequence, operationHash, acceptedAtMs);

    /// <summary>A group of one.</summary>
    public SignedReceipt Sign(long sequence, Hash32 operationHash, long acceptedAtMs) => SignGroup([Create(sequence, operationHash, acceptedAtMs)])[0];

    public SignedReceipt[] SignGroup(IReadOnlyList<Receipt> receipts)
    {
        var leaves = new Hash32[receipts.Count];
        for (int i = 0; i < leaves.Length; i++)
        {
            if (receipts[i].ChainId != ChainId || receipts[i].Contract != Contract)
                throw new ArgumentException("every receipt of a group belongs to this signer's deployment", nameof(receipts));
            leaves[i] = ReceiptTypedData.Leaf(receipts[i]);
        }
        var levels = ReceiptTree.Levels(leaves);
        var root = levels[^1][0];
        var signature = _key.Sign(ReceiptTypedData.BatchDigest(ChainId, Contract, root, leaves.Length));
        var signed = new SignedReceipt[leaves.Length];
        string hex = SignedReceipt.Hex(signature);
        for (int i = 0; i < signed.Length; i++)
            signed[i] = new SignedReceipt(receipts[i], i, leaves.Length, ReceiptTree.Proof(levels, i), signature, Address) { SignatureHex = hex };
        return signed;
    }
}
