namespace Rollup.Sequencer.Rpc.Requests;

/// <summary>One oracle's signed price: its index in the oracle set, the price in micro-USD, and its signature.</summary>
public sealed record OracleSubmissionDto(byte OracleIndex, ulong Price, SignatureDto Signature);
