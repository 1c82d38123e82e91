namespace Rollup.Sequencer.Rpc.Requests;

public sealed record PricesParams(byte Underlying);
