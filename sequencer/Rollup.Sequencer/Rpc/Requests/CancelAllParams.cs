using Rollup.Core.Operations;
using Rollup.Sequencer.Rpc.Errors;

namespace Rollup.Sequencer.Rpc.Requests;

public sealed record CancelAllParams(uint AccountId, IReadOnlyList<CancelItemDto> Cancels)
{
    public const int MaxCancels = 256;

    public IReadOnlyList<CancelOperation> ToCore()
    {
        ParamCheck.Count(Cancels, 1, MaxCancels, "cancels");
        var result = new CancelOperation[Cancels.Count];
        var seen = new HashSet<uint>();
        for (int i = 0; i < result.Length; i++)
        {
            var item = Cancels[i];
            if (!seen.Add(item.OrderId)) throw RpcException.InvalidParams($"cancels[{i}].orderId", "is listed twice");
            result[i] = new CancelOperation(AccountId, item.OrderId, item.Signature.ToCore($"cancels[{i}].signature"));
        }
        return result;
    }
}
