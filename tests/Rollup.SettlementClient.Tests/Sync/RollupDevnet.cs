using System.Diagnostics;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Rollup.Core.Ethereum;
using Rollup.Core.State;
using Rollup.SettlementClient.Abi;
using Rollup.SettlementClient.Rpc;
using Rollup.SettlementClient.Signing;
using Rollup.SettlementClient.Tests.Contracts.Events;
using Rollup.SettlementClient.Transactions;

namespace Rollup.SettlementClient.Tests.Sync;

/// <summary>
/// A fresh anvil with the settlement system deployed by scripts/deploy-rollup.mjs (devnet token,
/// EchoVerifier: a proof is accepted when a[0] is the commitment; the first dev account is
/// deployer, sequencer and governance), the genesis root of <see cref="Genesis"/>, and helpers
/// that send locally signed EIP-1559 transactions from the dev key.
/// </summary>
public class RollupDevnet : IAsyncLifetime
{
    public const ulong Usd = 1_000_000;

    private static readonly AbiFunction Mint = AbiFunction.Parse("mint(address,uint256)");
    private static readonly AbiFunction Approve = AbiFunction.Parse("approve(address,uint256)");
    private static readonly AbiFunction DepositFunction = AbiFunction.Parse("deposit(address,uint64)");
    private static readonly AbiFunction RegisterKeyFunction = AbiFunction.Parse("registerKey(bytes32)");

    private AnvilProcess? _node;
    private JsonRpcClient? _rpc;

    public GenesisConfig Genesis { get; } = new() { ChainId = 31337, AccountsDepth = 8 };
    public EthClient Eth { get; private set; } = null!;
    public Uri Endpoint => _node!.Endpoint;
    public EthECKey Key { get; } = new(AnvilProcess.FirstDevPrivateKey);
    public L1Address Rollup { get; private set; }
    public L1Address Collateral { get; private set; }
    public ulong DeploymentBlock { get; private set; }
    public TimeSpan DeployTime { get; private set; }

    public async Task InitializeAsync()
    {
        _node = await AnvilProcess.StartAsync();
        _rpc = new JsonRpcClient(_node.Endpoint, new JsonRpcClientOptions { Timeout = TimeSpan.FromSeconds(10) });
        Eth = new EthClient(_rpc);
        var clock = Stopwatch.StartNew();
        var deployed = await DeployAsync(await SequencerAsync());
        DeployTime = clock.Elapsed;
        Rollup = L1Address.Parse(deployed.GetProperty("rollup").GetString()!);
        Collateral = L1Address.Parse(deployed.GetProperty("collateral").GetString()!);
        DeploymentBlock = deployed.GetProperty("deploymentBlock").GetUInt64();
        await SendAsync(Collateral, Mint.EncodeCall(Key.GetAddress(), 1_000_000 * Usd));
        await SendAsync(Collateral, Approve.EncodeCall(Rollup, 1_000_000 * Usd));
    }

    /// <summary>The sequencer role of the deployment: the dev account ("deployer") unless a subclass says otherwise.</summary>
    protected virtual Task<string> SequencerAsync() => Task.FromResult("deployer");

    public Task DisposeAsync()
    {
        _rpc?.Dispose();
        _node?.Dispose();
        return Task.CompletedTask;
    }

    public Task<TransactionReceipt> DepositAsync(L1Address to, ulong amount) => SendAsync(Rollup, DepositFunction.EncodeCall(to, amount));

    public Task<TransactionReceipt> RegisterKeyAsync(byte[] packedKey) => SendAsync(Rollup, RegisterKeyFunction.EncodeCall(packedKey));

    /// <summary>Signs with the dev key at the node's pending nonce, sends, waits for the receipt and requires success.</summary>
    public async Task<TransactionReceipt> SendAsync(L1Address? to, byte[] data)
    {
        var from = Key.GetAddress();
        var latest = await Eth.GetBlockByNumberAsync(BlockTag.Latest) ?? throw new InvalidOperationException("no latest block");
        var gas = await Eth.EstimateGasAsync(new CallRequest { From = from, To = to, Data = data });
        var tip = new BigInteger(1_000_000_000);
        var signed = new Transaction1559
        {
            ChainId = Genesis.ChainId,
            Nonce = await Eth.GetTransactionCountAsync(from, BlockTag.Pending),
            MaxPriorityFeePerGas = tip,
            MaxFeePerGas = 2 * latest.BaseFeePerGas!.Value + tip,
            GasLimit = gas * 5 / 4,
            To = to,
            Value = BigInteger.Zero,
            Data = data,
        }.Sign(Key);
        var hash = await Eth.SendRawTransactionAsync(signed.GetRawTransaction());
        var receipt = await Eth.WaitForReceiptAsync(hash, TimeSpan.FromSeconds(20), TimeSpan.FromMilliseconds(20));
        Assert.True(receipt.Succeeded, "transaction reverted");
        return receipt;
    }

    /// <summary>Mines empty blocks (anvil_mine).</summary>
    public Task MineAsync(int blocks) => Eth.Rpc.SendAsync("anvil_mine", [RpcJson.Quantity(blocks)]);

    public async Task<string> SnapshotAsync() => (await Eth.Rpc.SendAsync("evm_snapshot", [])).GetString()!;

    public async Task RevertAsync(string snapshot) => Assert.True((await Eth.Rpc.SendAsync("evm_revert", [JsonValue.Create(snapshot)])).GetBoolean());

    private async Task<JsonElement> DeployAsync(string sequencer)
    {
        var root = ContractArtifacts.RepositoryRoot;
        var config = new JsonObject
        {
            ["rpcUrl"] = Endpoint.ToString(),
            ["chainId"] = Genesis.ChainId,
            ["collateral"] = new JsonObject { ["devnet"] = true },
            ["verifier"] = new JsonObject { ["artifact"] = "EchoVerifier" },
            ["sequencer"] = sequencer,
            ["governance"] = "deployer",
            ["genesisRoot"] = new RollupState(Genesis).Root.ToString(),
            ["priorityDeadlineSeconds"] = 3600,
            ["timelockDelay"] = 3600,
            ["accountsDepth"] = Genesis.AccountsDepth,
        };
        var configPath = Path.Combine(Path.GetTempPath(), $"rollup-deploy-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(configPath, config.ToJsonString());
        try
        {
            var psi = new ProcessStartInfo(Path.Combine(root, "node_modules", ".bin", "node"))
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = root,
            };
            psi.ArgumentList.Add(Path.Combine(root, "scripts", "deploy-rollup.mjs"));
            psi.ArgumentList.Add(configPath);
            psi.Environment["ROLLUP_DEPLOYER_PRIVATE_KEY"] = AnvilProcess.FirstDevPrivateKey;
            using var process = Process.Start(psi) ?? throw new InvalidOperationException("could not start node");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(timeout.Token);
            if (process.ExitCode != 0) throw new InvalidOperationException($"deploy-rollup.mjs failed ({process.ExitCode}): {await stderr}");
            using var output = JsonDocument.Parse(await stdout);
            return output.RootElement.Clone();
        }
        finally
        {
            File.Delete(configPath);
        }
    }
}
