using Rollup.Core.Ethereum;
using Rollup.Sequencer.Rpc.Views;

namespace Rollup.Sequencer.Receipts;

/// <summary>
/// The sequencer's promise that it accepted an operation at a sequence number: on which
/// deployment (chain id, settlement contract), which operation (its hash) and when
/// (unix milliseconds). Version is the EIP-712 domain version of its encoding.
/// </summary>
public sealed record Receipt(ulong ChainId, L1Address Contract, long Sequence, Hash32 OperationHash, long AcceptedAtMs)
{
    public const int CurrentVersion = 1;

    public int Version => CurrentVersion;
}
