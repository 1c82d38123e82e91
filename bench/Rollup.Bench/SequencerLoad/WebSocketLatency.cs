using System.Diagnostics;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;

namespace Rollup.Bench.SequencerLoad;

/// <summary>
/// Open-loop latency with one order per WebSocket message, the way a trading client streams
/// orders: each order's latency is from its due time to receiving its own answer (not the slowest of
/// a batch). Orders go out on schedule (<see cref="Pacer"/>) over several connections, each connection sending its share
/// in order; answers are matched to sends by their JSON-RPC id (the order's index).
/// </summary>
internal static class WebSocketLatency
{
    public static async Task<List<double>> RunAsync(Uri rpc, IReadOnlyList<byte[]> orders, double rate, int connections)
    {
        var ws = new UriBuilder(rpc) { Scheme = "ws", Path = "/ws" }.Uri;
        var sockets = new ClientWebSocket[connections];
        for (int c = 0; c < connections; c++)
        {
            sockets[c] = new ClientWebSocket();
            await sockets[c].ConnectAsync(ws, CancellationToken.None);
        }
        var sentAt = new long[orders.Count];
        var latencies = new double[orders.Count];
        int answered = 0;
        var allAnswered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var receivers = sockets.Select(socket => Task.Run(async () =>
        {
            var buffer = new byte[64 * 1024];
            while (Volatile.Read(ref answered) < orders.Count)
            {
                int used = 0;
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer.AsMemory(used), CancellationToken.None);
                    used += result.Count;
                } while (!result.EndOfMessage);
                if (result.MessageType == WebSocketMessageType.Close) return;
                long now = Stopwatch.GetTimestamp();
                using var doc = JsonDocument.Parse(buffer.AsMemory(0, used));
                if (!doc.RootElement.TryGetProperty("id", out var id) || !doc.RootElement.TryGetProperty("result", out _))
                    throw new InvalidOperationException("the sequencer refused an order: " + doc.RootElement);
                int i = id.GetInt32();
                latencies[i] = Stopwatch.GetElapsedTime(sentAt[i], now).TotalMilliseconds;
                if (Interlocked.Increment(ref answered) == orders.Count) allAnswered.TrySetResult();
            }
        })).ToArray();

        // The pacer hands each due order to its connection's sender: a socket takes one send at a time.
        var queues = sockets.Select(_ => Channel.CreateUnbounded<int>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true })).ToArray();
        var senders = Enumerable.Range(0, connections).Select(c => Task.Run(async () =>
        {
            await foreach (int i in queues[c].Reader.ReadAllAsync())
                await sockets[c].SendAsync(orders[i], WebSocketMessageType.Text, true, CancellationToken.None);
        })).ToArray();
        await Pacer.RunAsync(orders.Count, TimeSpan.FromSeconds(1 / rate), (i, due) =>
        {
            sentAt[i] = due;
            queues[i % connections].Writer.TryWrite(i);
        });
        foreach (var queue in queues) queue.Writer.Complete();
        await Task.WhenAll(senders);
        // A receiver that fails (a refused order, a closed socket) ends the run with its error, not a timeout.
        var receiving = Task.WhenAll(receivers);
        if (await Task.WhenAny(allAnswered.Task, receiving).WaitAsync(TimeSpan.FromMinutes(2)) == receiving && !allAnswered.Task.IsCompleted)
        {
            await receiving;
            throw new InvalidOperationException($"the sequencer closed the sockets after {Volatile.Read(ref answered)} of {orders.Count} answers");
        }
        foreach (var socket in sockets)
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            socket.Dispose();
        }
        var sorted = latencies.ToList();
        sorted.Sort();
        return sorted;
    }
}
