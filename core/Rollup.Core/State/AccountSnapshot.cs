using Rollup.Core.Ethereum;
using Rollup.Core.Fields;

namespace Rollup.Core.State;

/// <summary>Everything an account holds, as plain data: what the sequencer persists.</summary>
public sealed record AccountSnapshot(
    uint Id,
    Fr PublicKeyX,
    Fr PublicKeyY,
    L1Address L1Address,
    uint Nonce,
    ulong Collateral,
    Position[] Positions,
    (uint Slot, FillSlot Fill)[] Fills);
