using Rollup.Core.Operations;

namespace Rollup.Sequencer.Engine.Commands;

/// <summary>L2 key registration; the engine checks the EIP-712 signature recovers to the account's L1 address.</summary>
public sealed record RegisterKeyCommand(RegisterKeyOperation Register) : EngineCommand
{
    public override CommandKind Kind => CommandKind.RegisterKey;
}
