using Rollup.Core.Operations;
using Rollup.Core.State;
using Rollup.Sequencer.Rpc.Errors;

namespace Rollup.Sequencer.Rpc.Requests;

/// <summary>admin_listSeries: the series' terms; expiry is unix seconds at 08:00 UTC of its day (PROTOCOL.md §5).</summary>
public sealed record ListSeriesParams(byte Underlying, ulong Strike, ulong Expiry, OptionKind Kind)
{
    public ListSeriesOperation ToCore()
    {
        if (Underlying >= Limits.MaxUnderlyings) throw RpcException.InvalidParams("underlying", $"must be below {Limits.MaxUnderlyings}");
        ParamCheck.Price(Strike, "strike");
        if (Expiry < Limits.ExpiryTimeOfDay || (Expiry - Limits.ExpiryTimeOfDay) % Limits.SecondsPerDay != 0)
            throw RpcException.InvalidParams("expiry", "must be 08:00 UTC of a day (unix seconds)");
        ulong day = (Expiry - Limits.ExpiryTimeOfDay) / Limits.SecondsPerDay;
        if (day > ushort.MaxValue) throw RpcException.InvalidParams("expiry", "day out of range");
        return new ListSeriesOperation(Underlying, Strike, (ushort)day, Kind);
    }
}
