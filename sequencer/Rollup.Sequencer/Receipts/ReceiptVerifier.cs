using Rollup.Core.Ethereum;
using Rollup.SettlementClient.Signing;

namespace Rollup.Sequencer.Receipts;

/// <summary>Checks a receipt against the sequencer address a trader trusts (from chain info or the deployment).</summary>
public static class ReceiptVerifier
{
    /// <summary>The address whose key produced the signature over this receipt's digest; null when nothing recovers.</summary>
    public static L1Address? RecoverSigner(Receipt receipt, EthECDSASignature signature)
    {
        try
        {
            return EthECKey.RecoverFromSignature(signature, ReceiptTypedData.Digest(receipt)).GetAddress();
        }
        catch (SignatureException)
        {
            return null;
        }
    }

    /// <summary>True when the signature is the expected sequencer's over exactly this receipt, on the expected deployment.</summary>
    public static bool Verify(SignedReceipt signed, L1Address expectedSequencer, ulong chainId, L1Address contract) =>
        signed.Receipt.ChainId == chainId &&
        signed.Receipt.Contract == contract &&
        signed.Sequencer == expectedSequencer &&
        RecoverSigner(signed.Receipt, signed.Signature) == expectedSequencer;
}
