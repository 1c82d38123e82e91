namespace Rollup.Sequencer.Rpc.Requests;

public sealed record AccountProofParams(uint AccountId, Rollup.Core.Fields.Fr? Root = null);
