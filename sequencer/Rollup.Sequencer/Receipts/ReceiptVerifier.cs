using Rollup.Core.Ethereum;
using Rollup.SettlementClient.Signing;

namespace Rollup.Sequencer.Receipts;

/// <summary>Checks a receipt against the sequencer address a trader trusts (from the deployment, or chain info).</summary>
public static class ReceiptVerifier
{
    /// <summary>The address whose key signed the group root this receipt's proof leads to; null when the proof is malformed or nothing recovers.</summary>
    public static L1Address? RecoverSigner(SignedReceipt signed)
    {
        if (signed.GroupSize is < 1 or > ReceiptTree.MaxSize || signed.Index < 0 || signed.Index >= signed.GroupSize) return null;
        if (signed.Proof.Count != ReceiptTree.Depth(signed.GroupSize)) return null;
        var receipt = signed.Receipt;
        if (receipt.Sequence < 1 || receipt.AcceptedAtMs < 0) return null;
        var root = ReceiptTree.Fold(ReceiptTypedData.Leaf(receipt), signed.Index, signed.Proof);
        try
        {
            return EthECKey.RecoverFromSignature(signed.Signature, ReceiptTypedData.BatchDigest(receipt.ChainId, receipt.Contract, root, signed.GroupSize)).GetAddress();
        }
        catch (SignatureException)
        {
            return null;
        }
    }

    /// <summary>True when the expected sequencer signed exactly this receipt, on the expected deployment.</summary>
    public static bool Verify(SignedReceipt signed, L1Address expectedSequencer, ulong chainId, L1Address contract) =>
        signed.Receipt.ChainId == chainId &&
        signed.Receipt.Contract == contract &&
        signed.Sequencer == expectedSequencer &&
        RecoverSigner(signed) == expectedSequencer;
}
