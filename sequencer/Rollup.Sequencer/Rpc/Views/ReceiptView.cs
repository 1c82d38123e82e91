using Rollup.Core.Ethereum;
using Rollup.Sequencer.Receipts;

namespace Rollup.Sequencer.Rpc.Views;

/// <summary>A signed receipt as the API returns it: the receipt, its place in its signed group and the proof to the group root (docs/RPC.md, Receipts).</summary>
public sealed record ReceiptView(
    int Version,
    ulong ChainId,
    L1Address Contract,
    long Sequence,
    Hash32 OperationHash,
    long AcceptedAt,
    int Index,
    int GroupSize,
    IReadOnlyList<Hash32> Proof,
    L1Address Sequencer,
    string Signature)
{
    public static ReceiptView From(SignedReceipt signed) => new(
        signed.Receipt.Version,
        signed.Receipt.ChainId,
        signed.Receipt.Contract,
        signed.Receipt.Sequence,
        signed.Receipt.OperationHash,
        signed.Receipt.AcceptedAtMs,
        signed.Index,
        signed.GroupSize,
        signed.Proof,
        signed.Sequencer,
        signed.SignatureHex);
}
