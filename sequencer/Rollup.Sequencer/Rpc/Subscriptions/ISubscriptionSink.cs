namespace Rollup.Sequencer.Rpc.Subscriptions;

/// <summary>A connection that receives notifications. TryEnqueue never blocks the publisher: a sink that cannot keep up drops itself.</summary>
public interface ISubscriptionSink
{
    bool TryEnqueue(byte[] message);
}
