using System.Numerics;
using Rollup.Core.Ethereum;

namespace Rollup.SettlementClient.Contracts;

/// <summary>
/// What a binding wants sent: the target (null deploys <see cref="Data"/> as init code), calldata,
/// value, an optional gas limit (estimated when null) and a label for logs (e.g. "commitBatch 7").
/// </summary>
public sealed record TransactionIntent(L1Address? To, byte[] Data, BigInteger Value = default, BigInteger? GasLimit = null, string? Label = null);
