using Rollup.Core.Ethereum;
using Rollup.Core.Signatures;

namespace Rollup.Sequencer.Risk;

/// <summary>
/// The liquidator named by its L1 owner: the account bound to <see cref="Owner"/> (once a deposit
/// created it) liquidates, signing with <see cref="Key"/>. Resolved from the state at every
/// sweep, so it is the same live and on replay, whenever the account came to exist.
/// </summary>
public sealed record LiquidatorOwner(L1Address Owner, PrivateKey Key);
