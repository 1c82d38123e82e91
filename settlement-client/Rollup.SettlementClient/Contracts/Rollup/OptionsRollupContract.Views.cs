using Rollup.Core.Ethereum;
using Rollup.Core.Fields;
using Rollup.SettlementClient.Rpc;

namespace Rollup.SettlementClient.Contracts.Rollup;

/// <summary>Configuration, roles and the RegisterKey signing domain.</summary>
public sealed partial class OptionsRollupContract
{
    public Task<L1Address> CollateralAsync(BlockTag? block = null, CancellationToken cancellation = default) => AddressAsync("collateral", block, cancellation);
    public Task<L1Address> VerifierAsync(BlockTag? block = null, CancellationToken cancellation = default) => AddressAsync("verifier", block, cancellation);
    public Task<L1Address> SequencerAsync(BlockTag? block = null, CancellationToken cancellation = default) => AddressAsync("sequencer", block, cancellation);
    public Task<L1Address> GovernanceAsync(BlockTag? block = null, CancellationToken cancellation = default) => AddressAsync("governance", block, cancellation);
    public Task<L1Address> GuardianAsync(BlockTag? block = null, CancellationToken cancellation = default) => AddressAsync("guardian", block, cancellation);
    public Task<L1Address> PoseidonT3Async(CancellationToken cancellation = default) => AddressAsync("poseidonT3", null, cancellation);
    public Task<L1Address> PoseidonT4Async(CancellationToken cancellation = default) => AddressAsync("poseidonT4", null, cancellation);
    public Task<L1Address> PoseidonT8Async(CancellationToken cancellation = default) => AddressAsync("poseidonT8", null, cancellation);

    public Task<bool> PausedAsync(BlockTag? block = null, CancellationToken cancellation = default) => CallOneAsync<bool>("paused", [], block, cancellation);
    public Task<ulong> PriorityDeadlineSecondsAsync(BlockTag? block = null, CancellationToken cancellation = default) => CallUInt64Async("priorityDeadlineSeconds", [], block, cancellation);
    public Task<ulong> TimelockDelayAsync(CancellationToken cancellation = default) => CallUInt64Async("timelockDelay", [], null, cancellation);

    public async Task<int> AccountsDepthAsync(CancellationToken cancellation = default) => (int)await CallUInt64Async("accountsDepth", [], null, cancellation);

    /// <summary>The genesis state root (batch 0's root).</summary>
    public async Task<Fr> GenesisRootAsync(CancellationToken cancellation = default) => (await BatchAsync(0, null, cancellation)).Root;

    /// <summary>The EIP-712 domain separator of RegisterKey signatures (this contract on the current chain).</summary>
    public Task<byte[]> DomainSeparatorAsync(BlockTag? block = null, CancellationToken cancellation = default) =>
        CallOneAsync<byte[]>("domainSeparator", [], block, cancellation);

    /// <summary>The digest an L1 address signs to register an L2 key (docs/PROTOCOL.md §3.4).</summary>
    public Task<byte[]> RegisterKeyDigestAsync(L1Address account, Fr keyX, Fr keyY, ulong nonce, CancellationToken cancellation = default) =>
        CallOneAsync<byte[]>("registerKeyDigest", [account, FieldWords.ToWord(keyX), FieldWords.ToWord(keyY), nonce], null, cancellation);

    private Task<L1Address> AddressAsync(string function, BlockTag? block, CancellationToken cancellation) =>
        CallOneAsync<L1Address>(function, [], block, cancellation);
}
