using Rollup.Sequencer.Rpc.Errors;
using Rollup.Sequencer.Rpc.Requests;
using Rollup.Sequencer.Rpc.Subscriptions;

namespace Rollup.Sequencer.Rpc.Methods;

public static partial class SequencerMethods
{
    private static void AddSubscriptions(MethodRegistry registry, SubscriptionHub hub)
    {
        registry.Add(new RpcMethod<SubscribeParams, string>(
            Prefix + "subscribe",
            "WebSocket only. Subscribes to book (series), fills (accountId) or batches; notifications arrive as rollup_subscription with the returned id.",
            RpcAccess.Public, [RpcErrorCode.MethodNotFound, RpcErrorCode.TooLarge],
            (p, context, _) =>
            {
                var connection = RequireConnection(context, "subscribe");
                var key = p.ToKey();
                string? id = null;
                if (!connection.TryTrack(() => id = hub.Add(key, connection)))
                    throw new RpcException(RpcErrorCode.TooLarge, "this connection has reached its subscription limit");
                return ValueTask.FromResult(id!);
            }));

        registry.Add(new RpcMethod<UnsubscribeParams, bool>(
            Prefix + "unsubscribe",
            "WebSocket only. Ends one of this connection's subscriptions.",
            RpcAccess.Public, [RpcErrorCode.MethodNotFound, RpcErrorCode.NotFound],
            (p, context, _) =>
            {
                var connection = RequireConnection(context, "unsubscribe");
                if (!connection.Untrack(p.Subscription))
                    throw new RpcException(RpcErrorCode.NotFound, $"no subscription {p.Subscription} on this connection");
                hub.Remove(p.Subscription);
                return ValueTask.FromResult(true);
            }));
    }

    private static ISubscriptionOwner RequireConnection(Methods.RpcCallContext context, string what) =>
        context.Connection ?? throw new RpcException(RpcErrorCode.MethodNotFound, $"{Prefix}{what} is available over WebSocket only (GET /ws)");
}
