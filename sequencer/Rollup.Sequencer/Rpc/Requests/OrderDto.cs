using Rollup.Core.Operations;
using Rollup.Core.State;
using Rollup.Sequencer.Rpc.Errors;

namespace Rollup.Sequencer.Rpc.Requests;

/// <summary>The signed fields of an order (PROTOCOL.md §3.3): price in micro-USD, size in thousandths of a contract, expiry in unix seconds.</summary>
public sealed record OrderDto(
    uint AccountId,
    uint OrderId,
    ushort Series,
    Side Side,
    ulong LimitPrice,
    uint Size,
    ulong Expiry,
    ushort MaxFeeBps,
    bool ReduceOnly = false,
    bool PostOnly = false)
{
    public Order ToCore(string field)
    {
        ParamCheck.Price(LimitPrice, field + ".limitPrice");
        ParamCheck.Positive(Size, field + ".size");
        if (Size == Limits.CancelledFill) throw RpcException.InvalidParams(field + ".size", $"must be below {Limits.CancelledFill}");
        ParamCheck.Timestamp(Expiry, field + ".expiry");
        if (MaxFeeBps > Limits.MaxFeeBps) throw RpcException.InvalidParams(field + ".maxFeeBps", $"must be at most {Limits.MaxFeeBps}");
        return new Order(AccountId, OrderId, Series, Side, LimitPrice, Size, Expiry, MaxFeeBps, ReduceOnly, PostOnly);
    }
}
