namespace Rollup.Sequencer.Rpc.Subscriptions;

/// <summary>A WebSocket connection as subscribe/unsubscribe see it: it owns its subscriptions and drops them when it closes.</summary>
public interface ISubscriptionOwner : ISubscriptionSink
{
    /// <summary>Records a new subscription id; false when the connection is at its limit.</summary>
    bool TryTrack(Func<string> subscribe);

    bool Untrack(string id);
}
