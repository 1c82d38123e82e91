using System.Threading.Channels;
using Rollup.Sequencer.Engine;
using Rollup.Sequencer.Rpc.Views;

namespace Rollup.Sequencer.Receipts;

/// <summary>
/// Groups the receipts of concurrent writes under one signature. Writers enqueue and wait; one
/// loop takes everything queued (up to <see cref="MaxGroup"/>), signs the group's root and
/// completes them all. Signing at most once per interval bounds the signer to a fixed share of
/// a core at any load (a signature costs about 0.4 ms), while an idle sequencer still answers
/// a lone write at once.
/// </summary>
public sealed class ReceiptBatcher : IAsyncDisposable
{
    public const int MaxGroup = 4096;

    private readonly ReceiptSigner _signer;
    private readonly TimeSpan _interval;
    private readonly TimeProvider _time;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private readonly IWriteStageObserver? _stages;

    public ReceiptBatcher(ReceiptSigner signer, TimeSpan interval, TimeProvider? time = null, IWriteStageObserver? stages = null)
    {
        if (interval < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(interval), "the signing interval is not negative");
        _signer = signer;
        _interval = interval;
        _time = time ?? TimeProvider.System;
        _stages = stages;
        _loop = Task.Run(LoopAsync);
    }

    public ReceiptSigner Signer => _signer;

    /// <summary>Signatures made so far (each covers one group).</summary>
    public long SignatureCount { get; private set; }

    public Task<SignedReceipt> SignAsync(long sequence, Hash32 operationHash, long acceptedAtMs, CancellationToken cancellation)
    {
        var pending = new Pending(_signer.Create(sequence, operationHash, acceptedAtMs), new TaskCompletionSource<SignedReceipt>(TaskCreationOptions.RunContinuationsAsynchronously),
            _time.GetTimestamp());
        if (!_queue.Writer.TryWrite(pending)) throw new ObjectDisposedException(nameof(ReceiptBatcher));
        return pending.Completion.Task.WaitAsync(cancellation);
    }

    private async Task LoopAsync()
    {
        var group = new List<Pending>(64);
        var receipts = new List<Receipt>(64);
        long lastSigned = 0;
        var reader = _queue.Reader;
        try
        {
            while (await reader.WaitToReadAsync(_stop.Token).ConfigureAwait(false))
            {
                var wait = _interval - _time.GetElapsedTime(lastSigned);
                if (lastSigned != 0 && wait > TimeSpan.Zero) await Task.Delay(wait, _time, _stop.Token).ConfigureAwait(false);
                while (group.Count < MaxGroup && reader.TryRead(out var pending))
                {
                    group.Add(pending);
                    receipts.Add(pending.Receipt);
                }
                lastSigned = _time.GetTimestamp();
                try
                {
                    var signed = _signer.SignGroup(receipts);
                    SignatureCount++;
                    long done = _time.GetTimestamp();
                    for (int i = 0; i < group.Count; i++)
                    {
                        _stages?.Observe(WriteStage.Receipt, _time.GetElapsedTime(group[i].Queued, done));
                        group[i].Completion.TrySetResult(signed[i]);
                    }
                }
                catch (Exception e)
                {
                    foreach (var p in group) p.Completion.TrySetException(e);
                }
                group.Clear();
                receipts.Clear();
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Stopping: whatever is still queued fails below.
        }
        while (reader.TryRead(out var left)) left.Completion.TrySetException(new ObjectDisposedException(nameof(ReceiptBatcher)));
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _stop.Dispose();
    }

    private sealed record Pending(Receipt Receipt, TaskCompletionSource<SignedReceipt> Completion, long Queued);
}
