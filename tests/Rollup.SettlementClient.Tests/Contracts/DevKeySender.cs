using System.Numerics;
using Rollup.Core.Ethereum;
using Rollup.SettlementClient.Contracts;
using Rollup.SettlementClient.Rpc;
using Rollup.SettlementClient.Signing;
using Rollup.SettlementClient.Transactions;

namespace Rollup.SettlementClient.Tests.Contracts;

/// <summary>
/// Test double for the transaction manager: signs an EIP-1559 transaction with a dev key, the
/// node's pending nonce and twice the base fee, estimates gas when the intent has no limit (a
/// reverting estimate throws the node's RpcException, as the real sender does), sends it and
/// waits for the receipt. Counts what it sent, so tests can check that nothing was.
/// </summary>
internal sealed class DevKeySender(EthClient eth, EthECKey key) : ITransactionSender, IDisposable
{
    private readonly SemaphoreSlim _sending = new(1, 1);

    public L1Address From { get; } = key.GetAddress();

    public int Sent { get; private set; }

    public async Task<TransactionReceipt> SendAsync(TransactionIntent intent, CancellationToken cancellation = default)
    {
        await _sending.WaitAsync(cancellation);
        try
        {
            var gas = intent.GasLimit ?? await EstimateAsync(intent, cancellation);
            var latest = await eth.GetBlockByNumberAsync(BlockTag.Latest, cancellation) ?? throw new InvalidOperationException("no latest block");
            var tip = new BigInteger(1_000_000_000);
            var tx = new Transaction1559
            {
                ChainId = await eth.ChainIdAsync(cancellation),
                Nonce = await eth.GetTransactionCountAsync(From, BlockTag.Pending, cancellation),
                MaxPriorityFeePerGas = tip,
                MaxFeePerGas = 2 * latest.BaseFeePerGas!.Value + tip,
                GasLimit = gas,
                To = intent.To,
                Value = intent.Value,
                Data = intent.Data,
            };
            var hash = await eth.SendRawTransactionAsync(tx.Sign(key).GetRawTransaction(), cancellation);
            Sent++;
            return await eth.WaitForReceiptAsync(hash, TimeSpan.FromSeconds(20), TimeSpan.FromMilliseconds(20), cancellation);
        }
        finally
        {
            _sending.Release();
        }
    }

    public void Dispose() => _sending.Dispose();

    private async Task<BigInteger> EstimateAsync(TransactionIntent intent, CancellationToken cancellation)
    {
        var estimate = await eth.EstimateGasAsync(new CallRequest { From = From, To = intent.To, Data = intent.Data, Value = intent.Value }, cancellation);
        return estimate * 6 / 5 + 10_000;
    }
}
