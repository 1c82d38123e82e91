using System.Security.Cryptography;
using System.Text;
using Rollup.Core.Batches;
using Rollup.Core.Ethereum;
using Rollup.Core.Execution;
using Rollup.Core.Fields;
using Rollup.Core.Operations;
using Rollup.Core.Signatures;
using Rollup.Core.State;

namespace Rollup.SettlementClient.Tests.Contracts;

/// <summary>Rollup.Core's side of a test: a fresh state (accounts depth 8, as the test deployments) and batches built over it.</summary>
internal sealed class CoreChain
{
    public CoreChain()
    {
        Config = new GenesisConfig { ChainId = 31337, AccountsDepth = 8, FillsDepth = 12 };
        State = new RollupState(Config);
        Transition = new StateTransition(State);
        GenesisRoot = State.Root;
    }

    public GenesisConfig Config { get; }
    public RollupState State { get; }
    public StateTransition Transition { get; }
    public Fr GenesisRoot { get; }
    private ulong _next = 1;

    /// <summary>Applies the operations (each must be accepted) and seals them into the next batch of 4 slots.</summary>
    public Batch Build(ulong timestamp, params Operation[] operations)
    {
        var builder = new BatchBuilder(Transition, _next++, timestamp, slots: 4);
        foreach (var op in operations)
        {
            var result = builder.Add(op);
            Assert.True(result.Accepted, $"{op.GetType().Name} refused: {result.Reason} {result.Detail}");
        }
        return builder.Seal();
    }

    public static PrivateKey L2Key(string name) => new(SHA256.HashData(Encoding.UTF8.GetBytes("contracts-test/" + name)));

    public uint AccountOf(L1Address owner) => State.FindAccount(owner)?.Id ?? throw new InvalidOperationException($"{owner} has no account");
}
