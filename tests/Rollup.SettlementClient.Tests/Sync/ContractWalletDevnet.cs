using Rollup.Core.Ethereum;
using Rollup.SettlementClient.Primitives;
using Rollup.SettlementClient.Rpc;

namespace Rollup.SettlementClient.Tests.Sync;

/// <summary>
/// A deployment whose sequencer is a minimal contract wallet: it calls the address in the first
/// 20 bytes of its calldata with the rest, and reverts if that call fails.
/// </summary>
public sealed class ContractWalletDevnet : RollupDevnet
{
    // len = calldatasize - 20; calldatacopy(0, 20, len); call(gas, calldata[0..20], 0, 0, len, 0, 0); revert on failure.
    private const string ForwarderRuntime = "601436038060146000376000600082600060006000356060" + "1c5af115602057005b600080fd";

    public L1Address Wallet { get; private set; }

    protected override async Task<string> SequencerAsync()
    {
        int length = ForwarderRuntime.Length / 2;
        // codecopy(0, 12, length); return(0, length): the 12-byte prefix deploys what follows.
        var initCode = Hex.Decode($"60{length:x2}600c60003960{length:x2}6000f3" + ForwarderRuntime);
        var receipt = await SendAsync(null, initCode);
        Wallet = receipt.ContractAddress ?? throw new InvalidOperationException("no contract address");
        return Wallet.ToString();
    }

    /// <summary>Calls <paramref name="target"/> with <paramref name="data"/> through the wallet.</summary>
    public Task<TransactionReceipt> SendThroughWalletAsync(L1Address target, byte[] data) => SendAsync(Wallet, [.. target.ToBytes(), .. data]);
}
