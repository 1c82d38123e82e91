namespace Rollup.SettlementClient.Sync;

/// <summary>
/// The consumer of L1 events (the verify command, the sequencer). Calls come in chain order from
/// one task at a time. After <see cref="RewindToAsync"/> the sink must hold exactly the state it
/// had after the block it names (every block above it left the chain); blocks are applied again
/// from there.
/// </summary>
public interface IL1EventSink
{
    /// <summary>The events of one block (only blocks with events of the contract are applied).</summary>
    Task ApplyAsync(L1BlockEvents block, CancellationToken cancellation);

    /// <summary>Forget everything applied from blocks above <paramref name="blockNumber"/>.</summary>
    Task RewindToAsync(ulong blockNumber, CancellationToken cancellation);
}
