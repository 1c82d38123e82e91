using System.Net;
using Rollup.Sequencer.Rpc.Subscriptions;

namespace Rollup.Sequencer.Rpc.Methods;

/// <summary>Who is calling and over what: the remote address (the rate-limit key of reads) and, over WebSocket, the connection.</summary>
public sealed record RpcCallContext(IPAddress? RemoteAddress, RpcAccess Listener, ISubscriptionOwner? Connection = null);
