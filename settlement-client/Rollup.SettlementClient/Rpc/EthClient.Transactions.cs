using System.Diagnostics;
using System.Text.Json;
using Rollup.SettlementClient.Primitives;

namespace Rollup.SettlementClient.Rpc;

public sealed partial class EthClient
{
    /// <summary>Submits a signed raw transaction and returns the hash the node reports.</summary>
    public async Task<byte[]> SendRawTransactionAsync(byte[] rawTransaction, CancellationToken cancellation = default) =>
        Read("eth_sendRawTransaction", await Rpc.SendAsync("eth_sendRawTransaction", [Hex.Encode(rawTransaction)], cancellation), RpcJson.ReadHash);

    /// <summary>The receipt, or null while the transaction is not mined (or unknown to the node).</summary>
    public async Task<TransactionReceipt?> GetTransactionReceiptAsync(byte[] transactionHash, CancellationToken cancellation = default)
    {
        var json = await Rpc.SendAsync("eth_getTransactionReceipt", [Hex.Encode(transactionHash)], cancellation);
        return json.ValueKind == JsonValueKind.Null ? null : Read("eth_getTransactionReceipt", json, TransactionReceipt.Read);
    }

    /// <summary>Polls until the receipt exists; a <see cref="TimeoutException"/> after <paramref name="timeout"/>.</summary>
    public async Task<TransactionReceipt> WaitForReceiptAsync(byte[] transactionHash, TimeSpan timeout, TimeSpan pollInterval, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (await GetTransactionReceiptAsync(transactionHash, cancellation) is { } receipt) return receipt;
            if (clock.Elapsed >= timeout)
                throw new TimeoutException($"no receipt for {Hex.Encode(transactionHash)} within {timeout.TotalSeconds:0.#} s");
            await Task.Delay(pollInterval, cancellation);
        }
    }
}
