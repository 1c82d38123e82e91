using Rollup.Sequencer.Rpc.Errors;
using Rollup.Sequencer.Rpc.Subscriptions;

namespace Rollup.Sequencer.Rpc.Requests;

/// <summary>A topic and its key: book needs series, fills needs accountId, batches needs neither.</summary>
public sealed record SubscribeParams(SubscriptionTopic Topic, ushort? Series = null, uint? AccountId = null)
{
    public SubscriptionKey ToKey()
    {
        switch (Topic)
        {
            case SubscriptionTopic.Book:
                if (Series is not { } series) throw RpcException.InvalidParams("series", "is required for the book topic");
                if (AccountId is not null) throw RpcException.InvalidParams("accountId", "is not a parameter of the book topic");
                return new SubscriptionKey(Topic, series);
            case SubscriptionTopic.Fills:
                if (AccountId is not { } account) throw RpcException.InvalidParams("accountId", "is required for the fills topic");
                if (Series is not null) throw RpcException.InvalidParams("series", "is not a parameter of the fills topic");
                return new SubscriptionKey(Topic, account);
            default:
                if (Series is not null || AccountId is not null) throw RpcException.InvalidParams("topic", "batches takes no series or accountId");
                return new SubscriptionKey(Topic, 0);
        }
    }
}
