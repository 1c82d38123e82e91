using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Rollup.Cli.Keys;
using Rollup.Core.Ethereum;
using Rollup.Core.Fields;
using Rollup.Core.Operations;
using Rollup.Core.Signatures;
using Rollup.SettlementClient.Contracts.Deployment;
using Rollup.SettlementClient.Keys;
using Rollup.SettlementClient.Rpc;

namespace Rollup.Cli.Orders;

/// <summary>
/// One command's session with the sequencer: the JSON-RPC client (no retries: a write sent twice
/// would be refused the second time as a replay, hiding that the first was accepted), the signing
/// domain, and the trader's keys and account.
/// </summary>
internal sealed class SequencerSession : IDisposable
{
    private readonly JsonRpcClient _rpc;

    private SequencerSession(JsonRpcClient rpc, MessageDomain domain, L1Address address, PrivateKey? l2Key)
    {
        _rpc = rpc;
        Domain = domain;
        Address = address;
        L2Key = l2Key;
    }

    public MessageDomain Domain { get; }

    public L1Address Address { get; }

    public PrivateKey? L2Key { get; }

    public static async Task<SequencerSession> OpenAsync(CliContext context, SequencerOptions options, ParseResult parse, CancellationToken cancellation)
    {
        var values = options.Keys.Read(parse);
        var env = parse.GetValue(options.PrivateKeyEnv);
        if ((values.Keystore is null) == (env is null)) throw new CliException(ExitCodes.Usage, "give either --keystore or --private-key-env");
        var source = env is not null ? KeySource.FromEnvironment(env) : KeySource.FromKeystore(values.Keystore!, options.Keys.Password(values, context, confirm: false));
        var ethKey = KeyErrors.Map(source.Load);
        var rpc = new JsonRpcClient(options.Url(parse), new JsonRpcClientOptions { MaxAttempts = 1, Timeout = TimeSpan.FromSeconds(15) });
        try
        {
            var info = await rpc.SendNamedAsync("rollup_chainInfo", new JsonObject(), cancellation);
            ulong chainId = info.GetProperty("chainId").GetUInt64();
            var contract = L1Address.Parse(info.GetProperty("verifyingContract").GetString()!);
            var deploymentFile = parse.GetValue(options.Deployment);
            if (deploymentFile is not null)
            {
                var deployment = RollupDeployment.Load(deploymentFile);
                // The domain every signature is bound to comes from the deployment the trader trusts.
                if (deployment.ChainId != chainId || deployment.Rollup != contract)
                    throw new CliException(ExitCodes.Refused,
                        $"the sequencer serves chain {chainId} contract {contract}, the deployment file says chain {deployment.ChainId} contract {deployment.Rollup}");
            }
            PrivateKey? l2Key = options.Signs ? L2KeyFromEthereum.Derive(ethKey) : null;
            return new SequencerSession(rpc, new MessageDomain(chainId, contract), ethKey.GetAddress(), l2Key);
        }
        catch
        {
            rpc.Dispose();
            throw;
        }
    }

    /// <summary>The account the trader's L1 address owns (refused when it has none yet).</summary>
    public async Task<uint> AccountIdAsync(CancellationToken cancellation)
    {
        var id = await CallAsync("rollup_getAccountId", new JsonObject { ["address"] = Address.ToString() }, cancellation);
        return id.GetUInt32();
    }

    public Task<JsonElement> AccountAsync(uint accountId, CancellationToken cancellation) =>
        CallAsync("rollup_getAccount", new JsonObject { ["accountId"] = accountId }, cancellation);

    /// <summary>A call whose JSON-RPC error becomes a refusal naming the sequencer's code and reason.</summary>
    public async Task<JsonElement> CallAsync(string method, JsonObject parameters, CancellationToken cancellation)
    {
        try
        {
            return await _rpc.SendNamedAsync(method, parameters, cancellation);
        }
        catch (RpcException e) when (e.Code is not null)
        {
            throw new CliException(ExitCodes.Refused, $"the sequencer refused it ({e.Code}): {e.Message}", e);
        }
    }

    public void Dispose() => _rpc.Dispose();
}
