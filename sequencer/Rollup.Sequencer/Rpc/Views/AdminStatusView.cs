using Rollup.Core.Fields;

namespace Rollup.Sequencer.Rpc.Views;

/// <summary>The operator's view: pause flag, log positions and the open batch.</summary>
public sealed record AdminStatusView(bool Paused, long LastSequence, long DurableSequence, ulong OpenBatch, int OpenBatchOperations, Fr StateRoot);
