using System.Numerics;
using System.Text.Json.Nodes;
using Rollup.Core.Ethereum;
using Rollup.Core.Hashing;
using Rollup.SettlementClient.Contracts.Rollup;
using Rollup.SettlementClient.Rpc;

namespace Rollup.Cli.Tests.Trader;

/// <summary>
/// Credits pending withdrawals by writing the rollup's storage with anvil_setStorageAt, standing in
/// for an executed batch (which needs a proven batch and is covered by the settlement client's
/// tests). The mapping's slot is found by probing, not assumed, so a layout change cannot make the
/// tests write the wrong slot silently.
/// </summary>
internal sealed class PendingWithdrawalStorage(EthClient eth, OptionsRollupContract rollup)
{
    private const int SlotsProbed = 128;
    private ulong? _mappingSlot;

    /// <summary>Sets pendingWithdrawals[owner] and totalPendingWithdrawals (declared right after the mapping).</summary>
    public async Task SetAsync(L1Address owner, BigInteger pending, BigInteger total)
    {
        ulong slot = _mappingSlot ??= await FindMappingSlotAsync(owner);
        await WriteAsync(MappingKey(owner, slot), pending);
        await WriteAsync(Word(slot + 1), total);
        Assert.Equal(pending, await rollup.PendingWithdrawalAsync(owner));
        Assert.Equal(total, await rollup.TotalPendingWithdrawalsAsync());
    }

    private async Task<ulong> FindMappingSlotAsync(L1Address owner)
    {
        var marker = new BigInteger(0x5EED_1234_5678);
        for (ulong slot = 0; slot < SlotsProbed; slot++)
        {
            var key = MappingKey(owner, slot);
            var before = await ReadAsync(key);
            await WriteAsync(key, marker);
            bool hit = await rollup.PendingWithdrawalAsync(owner) == marker;
            await WriteAsync(key, before);
            if (hit) return slot;
        }
        throw new InvalidOperationException($"pendingWithdrawals is not a mapping at any of the first {SlotsProbed} storage slots");
    }

    private static byte[] MappingKey(L1Address owner, ulong slot)
    {
        var preimage = new byte[64];
        owner.ToBytes().CopyTo(preimage.AsSpan(12));
        Word(slot).CopyTo(preimage.AsSpan(32));
        return Keccak256.Hash(preimage);
    }

    private static byte[] Word(BigInteger value)
    {
        var word = new byte[32];
        var bytes = value.ToByteArray(isUnsigned: true, isBigEndian: true);
        bytes.CopyTo(word, 32 - bytes.Length);
        return word;
    }

    private static byte[] Word(ulong value) => Word(new BigInteger(value));

    private async Task<BigInteger> ReadAsync(byte[] key)
    {
        var json = await eth.Rpc.SendAsync("eth_getStorageAt", [rollup.Address.ToString(), Hex(key), "latest"]);
        return new BigInteger(Convert.FromHexString(json.GetString()![2..]), isUnsigned: true, isBigEndian: true);
    }

    private Task WriteAsync(byte[] key, BigInteger value) =>
        eth.Rpc.SendAsync("anvil_setStorageAt", [rollup.Address.ToString(), Hex(key), Hex(Word(value))]);

    private static JsonNode Hex(byte[] bytes) => JsonValue.Create("0x" + Convert.ToHexStringLower(bytes));
}
