namespace Rollup.Sequencer.Rpc.Views;

/// <summary>The id of a new subscription; notifications carry it.</summary>
public sealed record SubscriptionView(string Subscription);
