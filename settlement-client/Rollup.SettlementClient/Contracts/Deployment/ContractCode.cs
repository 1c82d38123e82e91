using Rollup.Core.Ethereum;
using Rollup.SettlementClient.Rpc;

namespace Rollup.SettlementClient.Contracts.Deployment;

/// <summary>eth_getCode, for checking that a given address holds a contract before relying on it.</summary>
public static class ContractCode
{
    public static async Task<byte[]> GetAsync(EthClient eth, L1Address address, BlockTag? block = null, CancellationToken cancellation = default)
    {
        var json = await eth.Rpc.SendAsync("eth_getCode", [address.ToString(), (block ?? BlockTag.Latest).ToJson()], cancellation);
        return EthClient.Read("eth_getCode", json, RpcJson.ReadData);
    }

    public static async Task<bool> ExistsAsync(EthClient eth, L1Address address, CancellationToken cancellation = default) =>
        (await GetAsync(eth, address, null, cancellation)).Length > 0;
}
