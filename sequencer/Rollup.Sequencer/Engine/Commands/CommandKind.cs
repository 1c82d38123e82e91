namespace Rollup.Sequencer.Engine.Commands;

/// <summary>Command type: also the second byte of its log encoding, so values never change.</summary>
public enum CommandKind : byte
{
    SubmitOrder = 1,
    Cancel = 2,
    CancelAll = 3,
    Withdraw = 4,
    RegisterKey = 5,
    OraclePrice = 6,
    ListSeries = 7,
    PriorityRequest = 8,
    SealBatch = 9,
    Tick = 10,
}
