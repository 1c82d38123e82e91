using System.Numerics;

namespace Rollup.SettlementClient.TxManager;

/// <summary>EIP-1559 fees of one variant, with the base fee of the next block they were derived from.</summary>
internal readonly record struct FeeSuggestion(BigInteger MaxFeePerGas, BigInteger MaxPriorityFeePerGas, BigInteger NextBaseFee);
