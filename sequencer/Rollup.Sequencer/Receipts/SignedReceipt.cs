using Rollup.Core.Ethereum;
using Rollup.Sequencer.Rpc.Views;
using Rollup.SettlementClient.Signing;

namespace Rollup.Sequencer.Receipts;

/// <summary>
/// A receipt proven by the sequencer's signature over the root of its group: the receipt's
/// position in the group, the group's size, the Merkle proof from its leaf to the root, the
/// signature over ReceiptBatch(root, size) and the address that signed it.
/// </summary>
public sealed record SignedReceipt(Receipt Receipt, int Index, int GroupSize, IReadOnlyList<Hash32> Proof, EthECDSASignature Signature, L1Address Sequencer)
{
    private readonly string? _signatureHex;

    /// <summary>The signature as 0x-prefixed hex (r ‖ s ‖ v); a group's receipts share one string, made once by the signer.</summary>
    public string SignatureHex
    {
        get => _signatureHex ?? Hex(Signature);
        init => _signatureHex = value;
    }

    public static string Hex(EthECDSASignature signature) => "0x" + Convert.ToHexStringLower(signature.ToBytes());
}
