using System.Diagnostics;
using Rollup.Core.Operations;
using Rollup.Sequencer.Engine;
using Rollup.Sequencer.Rpc;
using EngineTimeInForce = Rollup.Sequencer.Engine.Commands.TimeInForce;

namespace Rollup.Sequencer.Service;

// Writes: one engine command each, answered after the durable acknowledgement.
public sealed partial class SequencerApi
{
    public async ValueTask<Acceptance> SendOrderAsync(SignedOrder order, TimeInForce timeInForce, CancellationToken cancellation)
    {
        RequireWritable();
        long started = Stopwatch.GetTimestamp();
        var tif = timeInForce == TimeInForce.Ioc ? EngineTimeInForce.ImmediateOrCancel : EngineTimeInForce.GoodTillExpiry;
        var result = Require(await _engine.SubmitOrderAsync(order, tif, cancellation).ConfigureAwait(false), "order", started);
        RecordFills(result);
        await PublishBooksAsync(result, order.Order.SeriesIndex).ConfigureAwait(false);
        return Acceptance(result);
    }

    public async ValueTask<Acceptance> CancelOrderAsync(CancelOperation cancel, CancellationToken cancellation)
    {
        RequireWritable();
        long started = Stopwatch.GetTimestamp();
        var result = Require(await _engine.CancelAsync(cancel, cancellation).ConfigureAwait(false), "cancel", started);
        await PublishBooksAsync(result, null).ConfigureAwait(false);
        return Acceptance(result);
    }

    public async ValueTask<Acceptance> CancelAllAsync(uint accountId, IReadOnlyList<CancelOperation> cancels, CancellationToken cancellation)
    {
        RequireWritable();
        long started = Stopwatch.GetTimestamp();
        var result = Require(await _engine.CancelAllAsync(accountId, cancels, cancellation).ConfigureAwait(false), "cancelAll", started);
        await PublishBooksAsync(result, null).ConfigureAwait(false);
        return Acceptance(result);
    }

    public async ValueTask<Acceptance> WithdrawAsync(WithdrawOperation withdraw, CancellationToken cancellation)
    {
        RequireWritable();
        long started = Stopwatch.GetTimestamp();
        var result = Require(await _engine.WithdrawAsync(withdraw, cancellation).ConfigureAwait(false), "withdraw", started);
        return Acceptance(result);
    }

    public async ValueTask<Acceptance> RegisterKeyAsync(RegisterKeyOperation registerKey, CancellationToken cancellation)
    {
        RequireWritable();
        long started = Stopwatch.GetTimestamp();
        var result = Require(await _engine.RegisterKeyAsync(registerKey, cancellation).ConfigureAwait(false), "registerKey", started);
        await PublishBooksAsync(result, null).ConfigureAwait(false);
        return Acceptance(result);
    }

    public async ValueTask<Acceptance> PostOraclePriceAsync(OraclePriceOperation price, CancellationToken cancellation)
    {
        RequireWritable();
        long started = Stopwatch.GetTimestamp();
        var result = Require(await _engine.OraclePriceAsync(price, cancellation).ConfigureAwait(false), "oraclePrice", started);
        await PublishBooksAsync(result, null).ConfigureAwait(false);
        return Acceptance(result);
    }

    private static Acceptance Acceptance(CommandResult result) => new(result.Sequence, result.TimestampMs);
}
