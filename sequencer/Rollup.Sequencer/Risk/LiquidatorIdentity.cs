using Rollup.Core.Signatures;

namespace Rollup.Sequencer.Risk;

/// <summary>The operator's liquidator: a trader account whose registered L2 key is <see cref="Key"/>'s public key.</summary>
public sealed record LiquidatorIdentity(uint AccountId, PrivateKey Key);
