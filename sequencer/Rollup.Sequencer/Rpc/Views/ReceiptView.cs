using Rollup.Core.Ethereum;
using Rollup.Sequencer.Receipts;

namespace Rollup.Sequencer.Rpc.Views;

/// <summary>A signed receipt as the API returns it (docs/RPC.md, Receipts).</summary>
public sealed record ReceiptView(
    int Version,
    ulong ChainId,
    L1Address Contract,
    long Sequence,
    Hash32 OperationHash,
    long AcceptedAt,
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
        signed.Sequencer,
        "0x" + Convert.ToHexStringLower(signed.Signature.ToBytes()));
}
