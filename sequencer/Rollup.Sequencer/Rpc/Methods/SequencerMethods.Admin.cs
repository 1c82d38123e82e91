using Rollup.Sequencer.Rpc.Errors;
using Rollup.Sequencer.Rpc.Requests;
using Rollup.Sequencer.Rpc.Views;

namespace Rollup.Sequencer.Rpc.Methods;

public static partial class SequencerMethods
{
    public const string AdminPrefix = "admin_";

    private static void AddAdmin(MethodRegistry registry, ISequencerAdmin admin)
    {
        registry.Add(new RpcMethod<EmptyParams, BatchView?>(
            AdminPrefix + "sealBatch", "Seals the open batch now; null when it is empty.", RpcAccess.Admin, [],
            (_, _, ct) => admin.SealBatchAsync(ct)));

        registry.Add(new RpcMethod<EmptyParams, AdminStatusView>(
            AdminPrefix + "status", "Pause flag, last and durable sequence, open batch and state root.", RpcAccess.Admin, [],
            (_, _, ct) => admin.GetStatusAsync(ct)));

        registry.Add(new RpcMethod<EmptyParams, bool>(
            AdminPrefix + "pause", "Stops accepting writes (they fail with Paused); reads go on.", RpcAccess.Admin, [],
            async (_, _, ct) =>
            {
                await admin.PauseAsync(ct).ConfigureAwait(false);
                return true;
            }));

        registry.Add(new RpcMethod<ListSeriesParams, SeriesView>(
            AdminPrefix + "listSeries", "Lists a series (core ListSeries) under the listing rules; returns it with its index.", RpcAccess.Admin,
            [RpcErrorCode.UnknownSeries, RpcErrorCode.Rejected, RpcErrorCode.Paused],
            (p, _, ct) => admin.ListSeriesAsync(p.ToCore(), ct)));

        registry.Add(new RpcMethod<EmptyParams, bool>(
            AdminPrefix + "resume", "Accepts writes again after a pause.", RpcAccess.Admin, [],
            async (_, _, ct) =>
            {
                await admin.ResumeAsync(ct).ConfigureAwait(false);
                return true;
            }));
    }
}
