using System.Numerics;
using Rollup.Core.Ethereum;
using Rollup.SettlementClient.Rpc;
using Rollup.SettlementClient.Signing;
using Rollup.SettlementClient.Transactions;

namespace Rollup.SettlementClient.Tests.Rpc;

/// <summary>One anvil node per test class and a client on it; sends transactions signed locally with a dev key.</summary>
public sealed class AnvilRpcFixture : IAsyncLifetime
{
    private AnvilProcess? _node;
    private JsonRpcClient? _rpc;
    private readonly SemaphoreSlim _sending = new(1, 1);

    public EthClient Eth { get; private set; } = null!;
    public Uri Endpoint => (_node ?? throw new InvalidOperationException("the node is not started")).Endpoint;
    public EthECKey Key { get; } = new(AnvilProcess.FirstDevPrivateKey);

    public async Task InitializeAsync()
    {
        _node = await AnvilProcess.StartAsync();
        _rpc = new JsonRpcClient(_node.Endpoint, new JsonRpcClientOptions { Timeout = TimeSpan.FromSeconds(10) });
        Eth = new EthClient(_rpc);
    }

    public Task DisposeAsync()
    {
        _rpc?.Dispose();
        _node?.Dispose();
        _sending.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Signs an EIP-1559 transaction from the dev key with the node's nonce and fees, sends it and waits for the receipt.</summary>
    public async Task<(SignedTransaction1559 Signed, TransactionReceipt Receipt)> SendAsync(L1Address? to, byte[] data, BigInteger value, BigInteger gas)
    {
        // Tests of one class share the key; the nonce read and the send must not interleave.
        await _sending.WaitAsync();
        try
        {
            var latest = await Eth.GetBlockByNumberAsync(BlockTag.Latest) ?? throw new InvalidOperationException("no latest block");
            var tip = new BigInteger(1_000_000_000);
            var tx = new Transaction1559
            {
                ChainId = await Eth.ChainIdAsync(),
                Nonce = await Eth.GetTransactionCountAsync(Key.GetAddress(), BlockTag.Pending),
                MaxPriorityFeePerGas = tip,
                MaxFeePerGas = 2 * latest.BaseFeePerGas!.Value + tip,
                GasLimit = gas,
                To = to,
                Value = value,
                Data = data,
            };
            var signed = tx.Sign(Key);
            var hash = await Eth.SendRawTransactionAsync(signed.GetRawTransaction());
            Assert.Equal(signed.GetHash(), hash);
            var receipt = await Eth.WaitForReceiptAsync(hash, TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(50));
            return (signed, receipt);
        }
        finally
        {
            _sending.Release();
        }
    }
}
