using Rollup.Core.Operations;

namespace Rollup.Sequencer.Book;

/// <summary>
/// Executes one fill through the rollup's state transition (a TradeOperation in the open
/// batch). Declared here, where the matcher consumes it; the engine implements it. The
/// outcome says whose fault a refusal was, which decides whether matching continues.
/// </summary>
public interface IFillExecutor
{
    FillOutcome Execute(SignedOrder maker, SignedOrder taker, uint quantity);
}
