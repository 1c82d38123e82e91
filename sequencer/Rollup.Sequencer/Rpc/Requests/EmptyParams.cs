namespace Rollup.Sequencer.Rpc.Requests;

public sealed record EmptyParams();
