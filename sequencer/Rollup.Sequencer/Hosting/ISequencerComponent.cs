namespace Rollup.Sequencer.Hosting;

/// <summary>
/// A long-running part of the sequencer (storage, engine, batcher, L1 poster, RPC): a plain class
/// that starts and stops. <see cref="ComponentHostedService{TComponent}"/> runs it inside the host;
/// tests can run it alone.
/// </summary>
public interface ISequencerComponent
{
    Task StartAsync(CancellationToken cancellation);

    Task StopAsync(CancellationToken cancellation);
}
