namespace Rollup.Sequencer.Rpc.Requests;

public sealed record BatchParams(ulong? Number = null);
