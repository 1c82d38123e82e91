using System.Security.Cryptography;
using Rollup.Core.Ethereum;
using Rollup.Core.Execution;
using Rollup.Core.Fields;
using Rollup.Core.Operations;
using Rollup.Core.Pubdata;
using Rollup.Core.State;

namespace Rollup.Core.Tests.State;

/// <summary>
/// Deferred hashing (RollupState.DeferHashing) must give exactly the roots, proofs and leaves of
/// hashing at every operation, whatever the mix of records and wherever a root is read.
/// </summary>
public class DeferredHashingTests
{
    private const ulong Usd = 1_000_000;
    private static readonly ulong Start = 20_400 * 86_400UL + 9 * 3_600;

    private static GenesisConfig Config() => new()
    {
        AccountsDepth = 10,
        FillsDepth = 4, // 16 fill slots, so later orders take slots over
        UnderlyingStrikeSteps = [1_000 * Usd, 10 * Usd],
        Risk = new RiskParameters { MaxPriceAgeSeconds = 86_400 },
        FeeAccountOwner = Address(10_001),
        InsuranceAccountOwner = Address(10_002),
    };

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Deferred_hashing_gives_the_roots_proofs_and_leaves_of_per_operation_hashing(int seed)
    {
        var rng = new Random(seed);
        var eager = new StateTransition(new RollupState(Config())) { CollectTrace = false, Timestamp = Start };
        var deferred = new StateTransition(new RollupState(Config()) { DeferHashing = true }) { CollectTrace = false, Timestamp = Start };
        var generator = new RecordGenerator(rng, accounts: 40);
        int applied = 0;
        foreach (var record in generator.Setup()) Both(eager, deferred, record, ref applied);
        Assert.Equal(eager.State.Root, deferred.State.Root);

        for (int round = 0; round < 12; round++)
        {
            eager.Timestamp = deferred.Timestamp = Start + 60 * (ulong)(round + 1);
            int count = rng.Next(1, 60);
            for (int i = 0; i < count; i++) Both(eager, deferred, generator.Next(eager.Timestamp), ref applied);
            // Read in a random way: the whole root, the accounts root, a proof, or a leaf first.
            switch (rng.Next(4))
            {
                case 0:
                    Assert.Equal(eager.State.Root, deferred.State.Root);
                    break;
                case 1:
                    Assert.Equal(eager.State.AccountsRoot, deferred.State.AccountsRoot);
                    break;
                case 2:
                    uint id = (uint)rng.Next(2, 42);
                    var a = eager.State.GetAccountProof(id);
                    var b = deferred.State.GetAccountProof(id);
                    Assert.Equal(a.Leaf, b.Leaf);
                    Assert.Equal(a.Siblings.ToArray(), b.Siblings.ToArray());
                    break;
                default:
                    uint k = (uint)rng.Next(0, 42);
                    Assert.Equal(eager.State.GetAccount(k)?.Leaf(), deferred.State.GetAccount(k)?.Leaf());
                    break;
            }
            Assert.Equal(eager.State.Root, deferred.State.Root);
        }
        Assert.True(applied > 200, $"only {applied} records applied");
        foreach (var account in eager.State.Accounts)
        {
            var twin = deferred.State.GetAccount(account.Id)!;
            Assert.Equal((account.PositionsRoot, account.FillsRoot, account.Leaf()), (twin.PositionsRoot, twin.FillsRoot, twin.Leaf()));
        }
    }

    [Fact]
    public void Recording_a_trace_after_deferred_updates_witnesses_the_flushed_state()
    {
        var rng = new Random(9);
        var eager = new StateTransition(new RollupState(Config())) { CollectTrace = false, Timestamp = Start };
        var deferred = new StateTransition(new RollupState(Config()) { DeferHashing = true }) { CollectTrace = false, Timestamp = Start };
        var generator = new RecordGenerator(rng, accounts: 10);
        int applied = 0;
        foreach (var record in generator.Setup()) Both(eager, deferred, record, ref applied);
        for (int i = 0; i < 30; i++) Both(eager, deferred, generator.Next(Start), ref applied);

        deferred.CollectTrace = true;
        eager.CollectTrace = true;
        var op = new DepositOperation(Address(3), 5 * Usd);
        var traced = deferred.Apply(op);
        var reference = eager.Apply(op);

        Assert.True(traced.Accepted);
        Assert.NotEmpty(traced.Trace);
        Assert.All(traced.Trace, e => Assert.True(e.IsConsistent()));
        Assert.Equal(reference.RootBefore, traced.RootBefore);
        Assert.Equal(reference.RootAfter, traced.RootAfter);
        Assert.Equal(reference.Trace.Count, traced.Trace.Count);
    }

    [Fact]
    public void Turning_deferral_off_flushes_and_later_updates_hash_at_once()
    {
        var rng = new Random(5);
        var eager = new StateTransition(new RollupState(Config())) { CollectTrace = false, Timestamp = Start };
        var deferred = new StateTransition(new RollupState(Config()) { DeferHashing = true }) { CollectTrace = false, Timestamp = Start };
        var generator = new RecordGenerator(rng, accounts: 10);
        int applied = 0;
        foreach (var record in generator.Setup()) Both(eager, deferred, record, ref applied);
        for (int i = 0; i < 20; i++) Both(eager, deferred, generator.Next(Start), ref applied);

        deferred.State.DeferHashing = false;
        for (int i = 0; i < 20; i++) Both(eager, deferred, generator.Next(Start), ref applied);

        Assert.Equal(eager.State.Root, deferred.State.Root);
        Assert.Equal(eager.State.RecomputeRoot(), deferred.State.RecomputeRoot());
    }

    /// <summary>Applies to the eager state first; a record it refuses (and so does not apply) is skipped for both.</summary>
    private static void Both(StateTransition eager, StateTransition deferred, PubdataRecord record, ref int applied)
    {
        try
        {
            eager.ApplyRecord(record);
        }
        catch (InvalidPubdataException)
        {
            return;
        }
        deferred.ApplyRecord(record);
        applied++;
    }

    private static L1Address Address(int i) => L1Address.FromBytes(SHA256.HashData(BitConverter.GetBytes(i)).AsSpan(0, 20));

    /// <summary>Deposits, withdrawals, index prices and trades (some of which the state refuses) over a few accounts and series.</summary>
    private sealed class RecordGenerator(Random rng, int accounts)
    {
        private uint _orderId;
        private ulong _priceTime = Start;

        public IEnumerable<PubdataRecord> Setup()
        {
            for (int i = 0; i < accounts; i++) yield return new DepositRecord((uint)(i + 2), Address(i), (ulong)rng.Next(20_000, 200_000) * Usd);
            yield return new OraclePriceRecord(OraclePriceKind.Index, 0, Start, 100_000 * Usd);
            yield return new OraclePriceRecord(OraclePriceKind.Index, 1, Start, 3_000 * Usd);
            for (ushort s = 0; s < 5; s++)
                yield return new ListSeriesRecord(s, (byte)(s % 2), s % 2 == 0 ? (95_000 + 5_000UL * s) * Usd : (2_800 + 100UL * s) * Usd, 20_430, s < 3 ? OptionKind.Call : OptionKind.Put);
        }

        public PubdataRecord Next(ulong now)
        {
            int a = rng.Next(accounts);
            switch (rng.Next(10))
            {
                case 0:
                    return new DepositRecord((uint)(a + 2), Address(a), (ulong)rng.Next(1, 5_000) * Usd);
                case 1:
                    return new WithdrawRecord((uint)(a + 2), Address(a), (ulong)rng.Next(1, 20_000) * Usd);
                case 2:
                    if (now <= _priceTime) goto default;
                    _priceTime = now;
                    return new OraclePriceRecord(OraclePriceKind.Index, 0, now, (ulong)rng.Next(90_000, 110_000) * Usd);
                default:
                    int b;
                    do b = rng.Next(accounts); while (b == a);
                    // Reusing an order id sometimes exercises partial fills of one slot.
                    uint makerOrder = rng.Next(5) == 0 && _orderId > 0 ? _orderId : ++_orderId;
                    return new TradeRecord((uint)(a + 2), (uint)(b + 2), makerOrder, ++_orderId, (ushort)rng.Next(5), (uint)rng.Next(1, 20) * 100,
                        (ulong)rng.Next(50, 3_000) * Usd, rng.Next(2) == 0);
            }
        }
    }
}
