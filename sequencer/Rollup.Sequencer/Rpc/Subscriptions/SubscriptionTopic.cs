namespace Rollup.Sequencer.Rpc.Subscriptions;

public enum SubscriptionTopic
{
    /// <summary>Depth of one series' book after each change.</summary>
    Book,

    /// <summary>Every fill in which one account is maker or taker.</summary>
    Fills,

    /// <summary>Every batch status change.</summary>
    Batches,
}
