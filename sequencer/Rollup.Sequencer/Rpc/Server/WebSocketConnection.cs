using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.WebSockets;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Rollup.Sequencer.Rpc.Dispatch;
using Rollup.Sequencer.Rpc.Errors;
using Rollup.Sequencer.Rpc.Methods;
using Rollup.Sequencer.Rpc.Subscriptions;

namespace Rollup.Sequencer.Rpc.Server;

/// <summary>
/// One WebSocket connection: each text message is a JSON-RPC body (single or batch) answered on
/// the same socket; subscriptions push notifications through a bounded queue. A client that
/// lets the queue fill is closed rather than slowing the publisher; its subscriptions end with it.
/// </summary>
internal sealed class WebSocketConnection : ISubscriptionOwner
{
    private readonly WebSocket _socket;
    private readonly RpcDispatcher _dispatcher;
    private readonly SubscriptionHub _hub;
    private readonly RpcServerOptions _options;
    private readonly ILogger _logger;
    private readonly Channel<OutboundMessage> _outbound;
    private readonly HashSet<string> _subscriptions = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _closing = new();
    private readonly RpcCallContext _context;
    private readonly SemaphoreSlim _inFlight = new(MaxInFlight);
    private int _dropped;
    private readonly ConcurrentDictionary<Task, byte> _completions = new();

    /// <summary>Bodies whose calls have taken effect and whose responses are still completing.</summary>
    public const int MaxInFlight = 256;

    public WebSocketConnection(WebSocket socket, IPAddress? remote, RpcDispatcher dispatcher, SubscriptionHub hub, RpcServerOptions options, ILogger logger)
    {
        _socket = socket;
        _dispatcher = dispatcher;
        _hub = hub;
        _options = options;
        _logger = logger;
        _outbound = Channel.CreateBounded<OutboundMessage>(new BoundedChannelOptions(options.WebSocketSendQueue)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _context = new RpcCallContext(remote, dispatcher.Listener, this);
    }

    public async Task RunAsync(CancellationToken aborted)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(aborted, _closing.Token);
        var sending = SendLoopAsync(linked.Token);
        try
        {
            await ReceiveLoopAsync(linked.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            _logger.LogDebug("WebSocket closed: {Reason}", e.Message);
        }
        finally
        {
            DropSubscriptions();
            await Task.WhenAll(_completions.Keys).WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            // Let the send loop drain what is queued, then stop it whatever state the socket is in.
            _outbound.Writer.TryComplete();
            await sending.WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await _closing.CancelAsync().ConfigureAwait(false);
            try
            {
                await sending.ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or WebSocketException)
            {
                _logger.LogDebug("WebSocket send loop ended: {Reason}", e.Message);
            }
            _closing.Dispose();
            _inFlight.Dispose();
        }
    }

    public bool TryEnqueue(byte[] message)
    {
        if (_outbound.Writer.TryWrite(OutboundMessage.Owned(message))) return true;
        if (Interlocked.Exchange(ref _dropped, 1) == 0)
        {
            _logger.LogWarning("Closing a WebSocket whose send queue is full ({Limit} messages)", _options.WebSocketSendQueue);
            // Called on the publisher's thread: cancellation callbacks run elsewhere, never here.
            try
            {
                _ = _closing.CancelAsync();
            }
            catch (ObjectDisposedException)
            {
                // The connection already ended.
            }
        }
        return false;
    }

    public bool TryTrack(Func<string> subscribe)
    {
        lock (_subscriptions)
        {
            if (_subscriptions.Count >= _options.MaxSubscriptionsPerConnection) return false;
            _subscriptions.Add(subscribe());
            return true;
        }
    }

    public bool Untrack(string id)
    {
        lock (_subscriptions) return _subscriptions.Remove(id);
    }

    private async Task ReceiveLoopAsync(CancellationToken cancellation)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (_socket.State == WebSocketState.Open)
        {
            buffer.ResetWrittenCount();
            ValueWebSocketReceiveResult received;
            do
            {
                received = await _socket.ReceiveAsync(buffer.GetMemory(4096), cancellation).ConfigureAwait(false);
                buffer.Advance(received.Count);
                if (buffer.WrittenCount > _options.MaxBodyBytes)
                {
                    await _socket.CloseAsync(WebSocketCloseStatus.MessageTooBig, $"message exceeds {_options.MaxBodyBytes} bytes", cancellation).ConfigureAwait(false);
                    return;
                }
            }
            while (!received.EndOfMessage && received.MessageType != WebSocketMessageType.Close);

            if (received.MessageType == WebSocketMessageType.Close)
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, cancellation).ConfigureAwait(false);
                return;
            }
            if (received.MessageType != WebSocketMessageType.Text)
            {
                await _outbound.Writer.WriteAsync(OutboundMessage.Owned(RpcDispatcher.ErrorOnly(new RpcError(RpcErrorCode.InvalidRequest, "invalid request: send JSON-RPC as text messages"))), cancellation).ConfigureAwait(false);
                continue;
            }
            // Messages take effect strictly in arrival order: a message's calls run synchronously up
            // to their engine commands being queued before BeginAsync returns (as the calls of an
            // HTTP batch do), so the next message is read without waiting for this one to be durable.
            // Acknowledgements and receipts complete concurrently, up to MaxInFlight per socket, so
            // a stream of orders on one socket shares fsyncs and receipt signatures.
            await _inFlight.WaitAsync(cancellation).ConfigureAwait(false);
            // The parsed message reads its bytes until its response is written: a rented copy,
            // returned then, since the receive buffer takes the next message at once.
            var body = ArrayPool<byte>.Shared.Rent(buffer.WrittenCount);
            buffer.WrittenSpan.CopyTo(body);
            ValueTask<PendingResponse> beginning;
            try
            {
                beginning = _dispatcher.BeginAsync(body.AsMemory(0, buffer.WrittenCount), _context, cancellation);
            }
            catch
            {
                if (body.Length > 0) ArrayPool<byte>.Shared.Return(body);
                _inFlight.Release();
                throw;
            }
            var completion = SendWhenCompleteAsync(beginning, body, cancellation);
            _completions.TryAdd(completion, 0);
            _ = completion.ContinueWith(static (t, state) => ((ConcurrentDictionary<Task, byte>)state!).TryRemove(t, out _), _completions, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    private async Task SendWhenCompleteAsync(ValueTask<PendingResponse> beginning, byte[] body, CancellationToken cancellation)
    {
        OutboundMessage? response = null;
        try
        {
            var pending = await beginning.ConfigureAwait(false);
            using (var output = new PooledBufferWriter(RpcDispatcher.ResponseSizeHint(body.Length)))
            {
                if (await pending.CompleteAsync(output).ConfigureAwait(false))
                    response = new OutboundMessage(output.Detach(out int length), length, Rented: true);
            }
            if (body.Length > 0) ArrayPool<byte>.Shared.Return(body);
            body = [];
            // Responses wait for queue space: a client that does not read its answers slows only itself.
            if (response is { } message)
            {
                await _outbound.Writer.WriteAsync(message, cancellation).ConfigureAwait(false);
                response = null;
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ChannelClosedException)
        {
            _logger.LogDebug("WebSocket response dropped: {Reason}", e.Message);
        }
        catch (Exception e)
        {
            // What the receive loop did when a message failed before it was read on: the connection ends.
            _logger.LogError(e, "A WebSocket message failed; closing the connection");
            try
            {
                await _closing.CancelAsync().ConfigureAwait(false);
            }
            catch (ObjectDisposedException)
            {
                // The connection already ended.
            }
        }
        finally
        {
            if (body.Length > 0) ArrayPool<byte>.Shared.Return(body);
            response?.Release();
            _inFlight.Release();
        }
    }

    private async Task SendLoopAsync(CancellationToken cancellation)
    {
        await foreach (var message in _outbound.Reader.ReadAllAsync(cancellation).ConfigureAwait(false))
        {
            try
            {
                await _socket.SendAsync(message.Memory, WebSocketMessageType.Text, endOfMessage: true, cancellation).ConfigureAwait(false);
            }
            finally
            {
                message.Release();
            }
        }
    }

    private void DropSubscriptions()
    {
        lock (_subscriptions)
        {
            foreach (var id in _subscriptions) _hub.Remove(id);
            _subscriptions.Clear();
        }
    }
}
