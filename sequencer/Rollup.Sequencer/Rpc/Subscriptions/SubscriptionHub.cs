using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Rollup.Sequencer.Rpc.Json;
using Rollup.Sequencer.Rpc.Views;

namespace Rollup.Sequencer.Rpc.Subscriptions;

/// <summary>
/// Fans events out to WebSocket subscribers. The engine calls the Publish methods from its
/// single writer thread: each serializes its payload once and only enqueues (never waits), so a
/// slow client costs the engine nothing; such a client's connection is dropped instead.
/// </summary>
public sealed class SubscriptionHub
{
    public const string NotificationMethod = "rollup_subscription";

    private readonly ConcurrentDictionary<SubscriptionKey, ConcurrentDictionary<string, ISubscriptionSink>> _byKey = new();
    private readonly ConcurrentDictionary<string, SubscriptionKey> _keys = new();

    public int Count => _keys.Count;

    public string Add(SubscriptionKey key, ISubscriptionSink sink)
    {
        // Unguessable ids, so no client can name (and cancel) another's subscription.
        var id = "0x" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        _byKey.GetOrAdd(key, _ => new ConcurrentDictionary<string, ISubscriptionSink>())[id] = sink;
        _keys[id] = key;
        return id;
    }

    public bool Remove(string id)
    {
        if (!_keys.TryRemove(id, out var key)) return false;
        if (_byKey.TryGetValue(key, out var sinks)) sinks.TryRemove(id, out _);
        return true;
    }

    public void PublishBook(OrderBookView book) => Publish(new SubscriptionKey(SubscriptionTopic.Book, book.Series), book);

    public void PublishFill(TradeView trade)
    {
        Publish(new SubscriptionKey(SubscriptionTopic.Fills, trade.MakerAccountId), trade);
        if (trade.TakerAccountId != trade.MakerAccountId) Publish(new SubscriptionKey(SubscriptionTopic.Fills, trade.TakerAccountId), trade);
    }

    public void PublishBatch(BatchView batch) => Publish(new SubscriptionKey(SubscriptionTopic.Batches, 0), batch);

    private void Publish<T>(SubscriptionKey key, T payload)
    {
        if (!_byKey.TryGetValue(key, out var sinks) || sinks.IsEmpty) return;
        var result = JsonSerializer.SerializeToUtf8Bytes(payload, RpcJson.Options);
        foreach (var (id, sink) in sinks)
            sink.TryEnqueue(Notification(id, result));
    }

    private static readonly byte[] Head = Encoding.UTF8.GetBytes($"{{\"jsonrpc\":\"2.0\",\"method\":\"{NotificationMethod}\",\"params\":{{\"subscription\":\"");
    private static readonly byte[] Middle = Encoding.UTF8.GetBytes("\",\"result\":");
    private static readonly byte[] Tail = Encoding.UTF8.GetBytes("}}");

    // The id is 0x-hex, so it needs no escaping; the result is already JSON.
    private static byte[] Notification(string id, byte[] result)
    {
        var message = new byte[Head.Length + id.Length + Middle.Length + result.Length + Tail.Length];
        var span = message.AsSpan();
        Head.CopyTo(span);
        int at = Head.Length;
        at += Encoding.ASCII.GetBytes(id, span[at..]);
        Middle.CopyTo(span[at..]);
        at += Middle.Length;
        result.CopyTo(span[at..]);
        at += result.Length;
        Tail.CopyTo(span[at..]);
        return message;
    }
}
