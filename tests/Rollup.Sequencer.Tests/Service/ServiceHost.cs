using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Rollup.Core.Ethereum;
using Rollup.Core.Fields;
using Rollup.Core.Operations;
using Rollup.Core.Signatures;
using Rollup.Core.State;
using Rollup.Sequencer.Engine;
using Rollup.Sequencer.Hosting;
using Rollup.Sequencer.Service;
using Rollup.Sequencer.Tests.Rpc;
using Rollup.SettlementClient.Genesis;

namespace Rollup.Sequencer.Tests.Service;

internal sealed record ServiceTrader(uint Id, L1Address Address, PrivateKey Key);

/// <summary>
/// The real sequencer host (the same composition as Program) on free ports, with its data in a
/// directory the test owns, a genesis.json written by GenesisConfigJson, no L1, and the receipt key
/// from an environment variable. Priority requests, which the L1 feeder delivers in production,
/// go straight to the engine from the host's service provider.
/// </summary>
internal sealed class ServiceHost : IAsyncDisposable
{
    public const ulong Usd = 1_000_000;
    public const string OperatorKeyVariable = "ROLLUP_TEST_SERVICE_OPERATOR_KEY";
    // Anvil's dev account 1: a public test key.
    public const string OperatorKeyHex = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
    public static readonly PrivateKey OracleKey = KeyOf("oracle-0");

    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(20) };

    private ServiceHost(WebApplication app)
    {
        App = app;
        var endpoints = app.Services.GetRequiredService<SequencerEndpoints>();
        RpcUri = new Uri($"http://127.0.0.1:{endpoints.RpcPort}/");
        AdminUri = new Uri($"http://127.0.0.1:{endpoints.AdminPort}/");
        Engine = app.Services.GetRequiredService<SequencerEngine>();
    }

    public WebApplication App { get; }
    public Uri RpcUri { get; }
    public Uri AdminUri { get; }
    public SequencerEngine Engine { get; }

    public static GenesisConfig Genesis { get; } = new()
    {
        ChainId = 31337,
        VerifyingContract = L1Address.Parse("0x5FbDB2315678afecb367f032d93F642f64180aa3"),
        AccountsDepth = 8,
        FillsDepth = 6,
        UnderlyingStrikeSteps = [1_000 * Usd],
        OracleKeys = [Public(OracleKey)],
        FeeAccountOwner = AddressOf("fees"),
        InsuranceAccountOwner = AddressOf("insurance"),
    };

    public static MessageDomain Domain { get; } = MessageDomain.For(Genesis);

    /// <summary>Writes genesis.json into <paramref name="directory"/> (once) and starts a host on it.</summary>
    public static async Task<ServiceHost> StartAsync(string directory)
    {
        Environment.SetEnvironmentVariable(OperatorKeyVariable, OperatorKeyHex);
        var genesisFile = Path.Combine(directory, "genesis.json");
        if (!File.Exists(genesisFile)) await File.WriteAllTextAsync(genesisFile, GenesisConfigJson.Write(Genesis));
        var app = SequencerComposition.Build(
        [
            $"--Sequencer:DataDirectory={Path.Combine(directory, "data")}",
            "--Sequencer:Rpc:Port=0",
            "--Sequencer:Admin:Port=0",
            $"--Sequencer:L1:GenesisFile={genesisFile}",
            "--Sequencer:OperatorKey:Source=Environment",
            $"--Sequencer:OperatorKey:Variable={OperatorKeyVariable}",
            "--Rpc:MaxBodyBytes=65536",
            "--Logging:LogLevel:Default=Warning",
        ]);
        await app.StartAsync();
        return new ServiceHost(app);
    }

    public static PrivateKey KeyOf(string seed) => new(SHA256.HashData(Encoding.UTF8.GetBytes("service-test-key/" + seed)));

    public static L1Address AddressOf(string name) => L1Address.FromBytes(SHA256.HashData(Encoding.UTF8.GetBytes("service-addr/" + name)).AsSpan(0, 20));

    public static (Fr X, Fr Y) Public(PrivateKey key)
    {
        var p = key.GetPublicKey().Point;
        return (p.X, p.Y);
    }

    public static ulong NowSeconds => (ulong)DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    /// <summary>An L1 register-key and deposit, as the L1 feeder would deliver them, at the next queue indices.</summary>
    public async Task<ServiceTrader> NewTraderAsync(string name, ulong depositUsd)
    {
        var address = AddressOf(name);
        var key = KeyOf(name);
        var (x, y) = Public(key);
        await PriorityAsync(new L1RegisterKeyOperation(address, x, y));
        await PriorityAsync(new DepositOperation(address, depositUsd * Usd));
        uint id = await Engine.ReadAsync(v => v.State.FindAccount(address)!.Id);
        return new ServiceTrader(id, address, key);
    }

    /// <summary>An account for an L1 address with a given L2 key (the operator's, for the liquidator).</summary>
    public async Task<ServiceTrader> NewAccountAsync(L1Address address, PrivateKey key, ulong depositUsd)
    {
        var (x, y) = Public(key);
        await PriorityAsync(new L1RegisterKeyOperation(address, x, y));
        await PriorityAsync(new DepositOperation(address, depositUsd * Usd));
        uint id = await Engine.ReadAsync(v => v.State.FindAccount(address)!.Id);
        return new ServiceTrader(id, address, key);
    }

    private async Task PriorityAsync(Operation op)
    {
        ulong index = await Engine.ReadAsync(v => v.State.PriorityCursor);
        var r = await Engine.PriorityRequestAsync(index, NowSeconds + 14 * 86_400, op);
        Assert.True(r.Accepted, r.ToString());
    }

    public Task<JsonElement> CallAsync(string method, string parameters = "{}") => CallAtAsync(RpcUri, method, parameters);

    public Task<JsonElement> AdminAsync(string method, string parameters = "{}") => CallAtAsync(AdminUri, method, parameters);

    public static async Task<JsonElement> CallAtAsync(Uri uri, string method, string parameters)
    {
        var reply = await PostAsync(uri, $$"""{"jsonrpc":"2.0","id":1,"method":"{{method}}","params":{{parameters}}}""");
        return reply.Json;
    }

    public static async Task<RpcReply> PostAsync(Uri uri, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await Http.PostAsync(uri, content);
        var text = await response.Content.ReadAsStringAsync();
        return new RpcReply(response.StatusCode, text.Length == 0 ? null : JsonDocument.Parse(text).RootElement.Clone());
    }

    public static string Json(in Signature s) => $$"""{"r8x":"{{s.R8.X}}","r8y":"{{s.R8.Y}}","s":"{{s.S}}"}""";

    public static string OrderParams(ServiceTrader t, uint orderId, ushort series, Side side, ulong price, uint size, ulong expiry, string timeInForce = "gtc", PrivateKey? signer = null)
    {
        var order = new Order(t.Id, orderId, series, side, price, size, expiry, 10, false, false);
        var signature = (signer ?? t.Key).Sign(order.Message(Domain));
        return $$"""{"order":{"accountId":{{t.Id}},"orderId":{{orderId}},"series":{{series}},"side":"{{(side == Side.Buy ? "buy" : "sell")}}","limitPrice":{{price}},"size":{{size}},"expiry":{{expiry}},"maxFeeBps":10},"signature":{{Json(signature)}},"timeInForce":"{{timeInForce}}"}""";
    }

    public static string PriceParams(ulong priceUsd, ulong timestamp)
    {
        ulong price = priceUsd * Usd;
        var signature = OracleKey.Sign(OraclePriceOperation.Message(Domain, OraclePriceKind.Index, 0, timestamp, price));
        return $$"""{"kind":"index","underlying":0,"timestamp":{{timestamp}},"submissions":[{"oracleIndex":0,"price":{{price}},"signature":{{Json(signature)}}}]}""";
    }

    public static string WithdrawParams(ServiceTrader t, ulong amount, uint nonce)
    {
        var signature = t.Key.Sign(WithdrawOperation.Message(Domain, t.Id, nonce, amount));
        return $$"""{"accountId":{{t.Id}},"amount":"{{amount}}","nonce":{{nonce}},"signature":{{Json(signature)}}}""";
    }

    public Task<Fr> RootAsync() => Engine.ReadAsync(v => v.State.Root);

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
