using Rollup.Core.Fields;
using Rollup.Core.Hashing;
using Rollup.Core.Operations;
using Rollup.Core.Signatures;
using Rollup.Sequencer.Engine;
using Rollup.Sequencer.Engine.Admission;
using static Rollup.Sequencer.Tests.Engine.EngineHarness;

namespace Rollup.Sequencer.Tests.Engine;

public class SignatureCheckTests
{
    [Fact]
    public async Task Check_runs_once_whichever_thread_claims_it()
    {
        for (int round = 0; round < 50; round++)
        {
            int runs = 0;
            var check = SignatureCheck.Start(() =>
            {
                Interlocked.Increment(ref runs);
                return PreVerified.None;
            });
            var claims = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(check.TryRun)));
            Assert.Equal(PreVerified.None, await check.Result);
            Assert.Equal(1, runs);
            Assert.True(claims.Count(c => c) <= 1);
        }
    }

    [Fact]
    public async Task Check_that_throws_faults_its_result()
    {
        var check = SignatureCheck.Start(() => throw new InvalidOperationException("broken"));
        check.TryRun();
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => check.Result);
        Assert.Equal("broken", e.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(64)]
    public async Task Verifications_started_together_each_get_their_own_verdict_and_only_good_ones_are_recorded(int preparedKeys)
    {
        var prepared = new PreparedKeys(preparedKeys);
        var queue = new SignatureCheckQueue(prepared);
        var recorded = new System.Collections.Concurrent.ConcurrentBag<Fr>();
        var checks = new List<(SignatureCheck Check, bool Good, bool KnownKey)>();
        for (int i = 0; i < 70; i++)
        {
            var key = new PrivateKey(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(i % 6)));
            bool good = i % 5 != 3;
            bool knownKey = i % 11 != 7;
            var point = key.GetPublicKey().Point;
            // A two-input message, as a cancel's: Poseidon(domain-like element, payload).
            var inputs = new MessageInputs(Fr.FromUInt64(77), Fr.FromUInt64((ulong)i + 1), default, 2);
            var message = Poseidon.Hash(inputs.First, inputs.Second);
            var signature = key.Sign(good ? message : message + Fr.One);
            var request = new SignatureRequest(inputs, signature, new AccountKey(point.X, point.Y));
            checks.Add((SignatureCheck.StartVerification(queue, () => knownKey ? request : null, (hashed, r) => recorded.Add(hashed)), good, knownKey));
        }
        var failing = SignatureCheck.StartVerification(queue, () => throw new InvalidOperationException("no key store"), (_, _) => { });
        // A key of small order: every signature "verifies" under it in the bare equation; it must be refused.
        var smallOrder = new SignatureRequest(new MessageInputs(Fr.FromUInt64(77), Fr.FromUInt64(999), default, 2),
            new Signature(new Rollup.Core.Curves.JubjubPoint(Fr.Zero, Fr.One), default), new AccountKey(Fr.Zero, Fr.One));
        var forged = SignatureCheck.StartVerification(queue, () => smallOrder, (hashed, r) => recorded.Add(hashed));

        foreach (var (check, good, knownKey) in checks)
        {
            var result = await check.Result;
            if (!knownKey) Assert.Equal(PreVerified.None, result);
            else if (good) Assert.True(result is { Checked: true });
            else Assert.Null(result);
        }
        await Assert.ThrowsAsync<InvalidOperationException>(() => failing.Result);
        Assert.Null(await forged.Result);
        Assert.Equal(Math.Min(preparedKeys, 7), prepared.Count);
        var expected = checks.Select((c, i) => (c, i)).Where(x => x.c.Good && x.c.KnownKey)
            .Select(x => Poseidon.Hash(Fr.FromUInt64(77), Fr.FromUInt64((ulong)x.i + 1))).Order().ToArray();
        Assert.Equal(expected, recorded.Order().ToArray());
    }

    [Fact]
    public async Task Orders_queued_back_to_back_are_sequenced_in_submission_order_and_a_forged_one_among_them_changes_nothing()
    {
        await using var h = await StartAsync(batchSlots: 1024);
        var s = await h.StandardMarketAsync();
        var buyer = await h.NewTraderAsync("buyer", 50_000);
        var seller = await h.NewTraderAsync("seller", 50_000);
        var orders = new List<SignedOrder>();
        for (int i = 0; i < 40; i++)
            orders.Add(i % 2 == 0 ? h.Order(buyer, s, Side.Buy, 1_000 + (ulong)i, 10) : h.Order(seller, s, Side.Sell, 3_000 + (ulong)i, 10));
        orders[17] = orders[17] with { Signature = buyer.Key.Sign(orders[17].Order.Message(h.Domain)) };
        long before = await h.Engine.ReadAsync(v => v.LastSequence);

        // Not awaited one by one: every signature check is in flight while the later orders queue.
        var results = await Task.WhenAll(orders.Select(o => h.SubmitAsync(o)).ToArray());

        Assert.Equal(CommandError.BadSignature, results[17].Error);
        Assert.Equal(0, results[17].Sequence);
        long expected = before;
        for (int i = 0; i < results.Length; i++)
        {
            if (i == 17) continue;
            Assert.True(results[i].Accepted, results[i].ToString());
            Assert.Equal(++expected, results[i].Sequence);
        }
        Assert.Equal(expected, await h.Engine.ReadAsync(v => v.LastSequence));
        Assert.Null(await h.Engine.ReadAsync(v => v.Books.FindOrder(seller.Id, orders[17].Order.OrderId)));
    }
}
