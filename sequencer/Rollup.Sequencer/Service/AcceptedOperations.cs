using Rollup.Sequencer.Engine;
using Rollup.Sequencer.Engine.Commands;
using Rollup.Sequencer.Receipts;
using RpcTimeInForce = Rollup.Sequencer.Rpc.TimeInForce;

namespace Rollup.Sequencer.Service;

/// <summary>
/// What a receipt commits to, recomputed from the durable log rather than kept in memory: the
/// log already holds every accepted command with its time, so receipts survive restarts and
/// cost no memory. Only the trader-facing writes have receipts; an entry of any other kind
/// (priority request, listing, seal, tick) has none.
/// </summary>
internal static class AcceptedOperations
{
    public static Rpc.AcceptedOperation? Find(IOperationLog log, long sequence)
    {
        if (sequence < 1 || sequence > log.DurableSequence) return null;
        foreach (var entry in log.Read(sequence - 1))
        {
            if (entry.Sequence != sequence) return null;
            var sequenced = CommandCodec.Decode(entry.Payload);
            var hash = sequenced.Command switch
            {
                SubmitOrderCommand c => OperationHash.Of(c.Order, c.TimeInForce == Engine.Commands.TimeInForce.ImmediateOrCancel ? RpcTimeInForce.Ioc : RpcTimeInForce.Gtc),
                CancelCommand c => OperationHash.Of(c.Cancel),
                CancelAllCommand c => OperationHash.Of(c.AccountId, c.Cancels),
                WithdrawCommand c => OperationHash.Of(c.Withdraw),
                RegisterKeyCommand c => OperationHash.Of(c.Register),
                OraclePriceCommand c => OperationHash.Of(c.Price),
                _ => (Rpc.Views.Hash32?)null,
            };
            return hash is { } h ? new Rpc.AcceptedOperation(sequence, h, sequenced.TimestampMs) : null;
        }
        return null;
    }
}
