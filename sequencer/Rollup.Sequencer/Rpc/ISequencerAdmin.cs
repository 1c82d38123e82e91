using Rollup.Core.Operations;
using Rollup.Sequencer.Rpc.Views;

namespace Rollup.Sequencer.Rpc;

/// <summary>Operator controls, served only on the loopback admin listener.</summary>
public interface ISequencerAdmin
{
    /// <summary>Seals the open batch now; null when it holds no operation.</summary>
    ValueTask<BatchView?> SealBatchAsync(CancellationToken cancellation);

    ValueTask<AdminStatusView> GetStatusAsync(CancellationToken cancellation);

    /// <summary>Stops accepting writes (they fail with Paused); reads and batching go on.</summary>
    ValueTask PauseAsync(CancellationToken cancellation);

    ValueTask ResumeAsync(CancellationToken cancellation);

    /// <summary>Lists a series under the listing rules (core ListSeries); returns it with its compact index.</summary>
    ValueTask<SeriesView> ListSeriesAsync(ListSeriesOperation listing, CancellationToken cancellation);
}
