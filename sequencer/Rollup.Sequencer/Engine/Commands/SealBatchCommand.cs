namespace Rollup.Sequencer.Engine.Commands;

/// <summary>Seals the open batch now (the host sends it when the batch is old enough).</summary>
public sealed record SealBatchCommand : EngineCommand
{
    public static readonly SealBatchCommand Instance = new();

    public override CommandKind Kind => CommandKind.SealBatch;
}
