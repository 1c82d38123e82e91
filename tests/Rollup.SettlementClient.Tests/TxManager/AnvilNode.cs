using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Rollup.Core.Ethereum;
using Rollup.SettlementClient.Rpc;
using Rollup.SettlementClient.Signing;
using Rollup.SettlementClient.TxManager;

namespace Rollup.SettlementClient.Tests.TxManager;

/// <summary>
/// A fresh anvil per test (tests change mining mode and rewind the chain), a client on it, anvil's
/// control calls and a journal file in a temporary directory.
/// </summary>
internal sealed class AnvilNode : IAsyncDisposable
{
    public const ulong ChainId = 31337;

    private readonly AnvilProcess _process;
    private readonly List<IDisposable> _owned = [];
    private readonly string _directory;

    private AnvilNode(AnvilProcess process)
    {
        _process = process;
        Rpc = new JsonRpcClient(process.Endpoint, FastRpc);
        Eth = new EthClient(Rpc);
        _directory = Directory.CreateTempSubdirectory("txmgr-test-").FullName;
    }

    public static readonly JsonRpcClientOptions FastRpc = new()
    {
        Timeout = TimeSpan.FromSeconds(10),
        MaxAttempts = 1,
    };

    public JsonRpcClient Rpc { get; }
    public EthClient Eth { get; }
    public Uri Endpoint => _process.Endpoint;
    public EthECKey Key { get; } = new(AnvilProcess.FirstDevPrivateKey);
    public string JournalPath => Path.Combine(_directory, "operator.journal");

    public static async Task<AnvilNode> StartAsync() => new(await AnvilProcess.StartAsync());

    public static TransactionManagerOptions Options(int confirmations = 1) => new()
    {
        ChainId = ChainId,
        Confirmations = confirmations,
        PollInterval = TimeSpan.FromMilliseconds(50),
        BumpAfter = TimeSpan.FromSeconds(30),
        BumpAfterBlocks = 0,
        ReceiptTimeout = TimeSpan.FromSeconds(20),
    };

    /// <summary>A manager on this node (or on <paramref name="eth"/>, e.g. through a failing transport) over the test's journal file.</summary>
    public async Task<TransactionManager> ManagerAsync(TransactionManagerOptions? options = null, EthClient? eth = null, EthECKey? key = null)
    {
        var journal = new FileTransactionJournal(JournalPath);
        _owned.Add(journal);
        return await TransactionManager.StartAsync(eth ?? Eth, key ?? Key, journal, options ?? Options());
    }

    public EthClient ClientThrough(HttpMessageHandler handler)
    {
        var http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        var rpc = new JsonRpcClient(Endpoint, http, FastRpc);
        _owned.Add(http);
        _owned.Add(rpc);
        return new EthClient(rpc);
    }

    public Task<JsonElement> CallAsync(string method, params JsonNode?[] parameters) => Rpc.SendAsync(method, parameters);

    public Task SetAutomineAsync(bool on) => CallAsync("evm_setAutomine", on);

    public async Task MineAsync(int blocks = 1)
    {
        for (int i = 0; i < blocks; i++) await CallAsync("evm_mine");
    }

    public async Task<ulong> NonceAsync(BlockTag tag) => (ulong)await Eth.GetTransactionCountAsync(Key.GetAddress(), tag);

    /// <summary>Waits until the pool holds a transaction at <paramref name="nonce"/> from the dev key.</summary>
    public async Task WaitForPendingNonceAsync(ulong nonce, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (await NonceAsync(BlockTag.Pending) <= nonce)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"no transaction at nonce {nonce} reached the pool");
            await Task.Delay(20);
        }
    }

    /// <summary>Signed records of the journal file for <paramref name="nonce"/>, decoded, oldest first.</summary>
    public Task<List<Transactions.SignedTransaction1559>> JournalVariantsAsync(ulong nonce) =>
        Task.FromResult(FileTransactionJournal.Read(JournalPath)
            .Where(r => r.Kind == JournalRecordKind.Signed && r.Nonce == nonce)
            .Select(r => Transactions.Transaction1559Decoder.Decode(r.RawTransaction))
            .ToList());

    public static L1Address Recipient(int i) => L1Address.Parse($"0x{0xbb00 + i:x40}");

    public static BigInteger Gwei(long value) => new BigInteger(value) * 1_000_000_000;

    public ValueTask DisposeAsync()
    {
        foreach (var owned in _owned) owned.Dispose();
        Rpc.Dispose();
        _process.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
        return ValueTask.CompletedTask;
    }
}
