using Rollup.Core.Signatures;

namespace Rollup.Core.Operations;

/// <summary>One oracle's signed price within an <see cref="OraclePriceOperation"/>.</summary>
public sealed record OracleSubmission(byte OracleIndex, ulong Price, Signature Signature);
