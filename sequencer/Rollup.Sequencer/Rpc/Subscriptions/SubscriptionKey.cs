namespace Rollup.Sequencer.Rpc.Subscriptions;

/// <summary>What a subscription listens to: a topic and its series index or account id (0 for batches).</summary>
public readonly record struct SubscriptionKey(SubscriptionTopic Topic, ulong Key);
