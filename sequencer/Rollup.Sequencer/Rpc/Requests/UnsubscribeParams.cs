namespace Rollup.Sequencer.Rpc.Requests;

public sealed record UnsubscribeParams(string Subscription);
