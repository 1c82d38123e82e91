using Rollup.Core.Ethereum;
using Rollup.Core.Fields;

namespace Rollup.Sequencer.Rpc.Views;

/// <summary>The deployment this sequencer serves and where it stands: what a client needs to sign messages and check receipts.</summary>
public sealed record ChainInfoView(
    ulong ChainId,
    L1Address VerifyingContract,
    L1Address Sequencer,
    int AccountsDepth,
    int FillsDepth,
    long LastSequence,
    ulong LastBatch,
    Fr StateRoot,
    ulong Timestamp);
