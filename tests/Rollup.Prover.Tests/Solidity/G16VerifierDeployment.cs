using Rollup.Prover.Formats;
using Rollup.Prover.Groth16;
using Rollup.Prover.Solidity;

namespace Rollup.Prover.Tests.Solidity;

/// <summary>
/// One anvil node per test class, with the verifier generated for the shared g16 vk.json compiled
/// by solc-js and deployed from the node's first unlocked account.
/// </summary>
public sealed class G16VerifierDeployment : IAsyncLifetime
{
    private AnvilNode? _node;

    public VerifyingKey Vk { get; }
    public string Source { get; }
    internal CompiledContract Contract { get; private set; } = null!;
    internal EthRpcClient Rpc => (_node ?? throw new InvalidOperationException("the node is not started")).Rpc;
    public string Account { get; private set; } = "";
    public string Address { get; private set; } = "";

    public G16VerifierDeployment()
    {
        using var vk = Vectors.Load("groth16/vk.json");
        Vk = SnarkjsJson.ReadVerifyingKey(vk.RootElement);
        Source = SolidityVerifierGenerator.Generate(Vk);
    }

    public async Task InitializeAsync()
    {
        Contract = SolcCompiler.Compile(Source, SolidityVerifierGenerator.DefaultContractName);
        _node = await AnvilNode.StartAsync();
        Account = await Rpc.FirstAccountAsync();
        var receipt = await Rpc.TransactAsync(Account, to: null, Contract.Bytecode);
        Address = receipt.GetProperty("contractAddress").GetString()
            ?? throw new InvalidOperationException("the deployment receipt has no contract address");
    }

    public Task DisposeAsync()
    {
        _node?.Dispose();
        return Task.CompletedTask;
    }
}
