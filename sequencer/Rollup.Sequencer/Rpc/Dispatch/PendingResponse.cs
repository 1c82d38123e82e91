using System.Buffers;
using System.Text.Json;

namespace Rollup.Sequencer.Rpc.Dispatch;

/// <summary>
/// A body whose calls have all taken effect, in order, and whose response is still completing
/// (deferred parts such as receipt signatures). Complete it exactly once; it owns the parsed
/// body and the timeout until then.
/// </summary>
public sealed class PendingResponse
{
    private readonly RpcDispatcher? _dispatcher;
    private readonly JsonDocument? _document;
    private readonly CancellationTokenSource? _timeout;
    private readonly CallOutcome[]? _outcomes;
    private readonly bool _batch;
    private readonly CancellationToken _aborted;
    private readonly byte[]? _ready;

    internal PendingResponse(RpcDispatcher dispatcher, JsonDocument document, CancellationTokenSource timeout, CallOutcome[] outcomes, bool batch, CancellationToken aborted)
    {
        _dispatcher = dispatcher;
        _document = document;
        _timeout = timeout;
        _outcomes = outcomes;
        _batch = batch;
        _aborted = aborted;
    }

    private PendingResponse(byte[] ready) => _ready = ready;

    internal static PendingResponse Ready(byte[] response) => new(response);

    /// <summary>The UTF-8 JSON response, or null when the body held only notifications.</summary>
    public async ValueTask<byte[]?> CompleteAsync()
    {
        if (_dispatcher is null) return _ready;
        using var output = new PooledBufferWriter(256 * _outcomes!.Length);
        return await CompleteAsync(output).ConfigureAwait(false) ? output.WrittenSpan.ToArray() : null;
    }

    /// <summary>Writes the UTF-8 JSON response to <paramref name="output"/>; false (nothing written) when the body held only notifications.</summary>
    public async ValueTask<bool> CompleteAsync(IBufferWriter<byte> output)
    {
        if (_dispatcher is null)
        {
            if (_ready is null) return false;
            output.Write(_ready);
            return true;
        }
        try
        {
            return await _dispatcher.CompleteAsync(_outcomes!, _batch, _timeout!, _aborted, output).ConfigureAwait(false);
        }
        finally
        {
            RpcDispatcher.Release(_document!, _timeout!);
        }
    }
}
