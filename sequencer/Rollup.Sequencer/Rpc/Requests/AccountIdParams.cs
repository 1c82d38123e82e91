namespace Rollup.Sequencer.Rpc.Requests;

public sealed record AccountIdParams(Rollup.Core.Ethereum.L1Address Address);
