using Rollup.Core.Execution;
using Rollup.Core.Operations;

namespace Rollup.Sequencer.Risk;

/// <summary>How the risk sweeps act: through the engine's open batch, like every other operation.</summary>
public interface IRiskExecutor
{
    OperationResult Apply(Operation operation);

    /// <summary>Called before an account is liquidated, so its resting orders leave the book.</summary>
    void BeforeLiquidation(uint account);
}
