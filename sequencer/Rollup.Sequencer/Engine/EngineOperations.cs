using Rollup.Core.Execution;
using Rollup.Core.Operations;
using Rollup.Sequencer.Book;
using Rollup.Sequencer.Risk;

namespace Rollup.Sequencer.Engine;

/// <summary>The engine's open batch as the matcher and the risk sweeps see it.</summary>
internal sealed class EngineOperations(SequencerEngine engine) : IFillExecutor, IRiskExecutor
{
    public FillOutcome Execute(SignedOrder maker, SignedOrder taker, uint quantity) =>
        FillBlame.Classify(engine.ApplyOperation(new TradeOperation(maker, taker, quantity)), maker.Order.AccountId);

    public OperationResult Apply(Operation operation) => engine.ApplyOperation(operation);

    public void BeforeLiquidation(uint account) => engine.BeforeLiquidation(account);
}
