namespace Rollup.Sequencer.Engine;

/// <summary>The stages a write passes through between its submission and its signed receipt.</summary>
public enum WriteStage
{
    /// <summary>From submission until the writer has it and its signature check is done.</summary>
    Queue,

    /// <summary>The writer applying it and appending it to the log.</summary>
    Apply,

    /// <summary>From the append until the log has it on disk.</summary>
    Durable,

    /// <summary>From the durable acknowledgement until its receipt group is signed.</summary>
    Receipt,
}
