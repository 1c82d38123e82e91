namespace Rollup.Sequencer.Rpc.Requests;

public sealed record AccountParams(uint AccountId);
