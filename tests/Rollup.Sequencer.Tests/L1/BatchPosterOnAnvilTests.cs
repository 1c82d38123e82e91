using Rollup.Core.Fields;
using Rollup.Sequencer.L1;
using Rollup.SettlementClient.Contracts.Rollup;

namespace Rollup.Sequencer.Tests.L1;

public class BatchPosterOnAnvilTests
{
    [Fact]
    public async Task Poster_commits_sealed_batches_in_order_and_nothing_twice()
    {
        await using var chain = await PosterChain.StartAsync();
        var now = await chain.NowAsync();
        var batches = new[] { chain.Seal(now), chain.Seal(now + 1), chain.Seal(now + 2) };
        var poster = new BatchPoster(chain.Rollup, chain);

        Assert.Equal(3, await poster.PostAsync());
        Assert.Equal(3UL, await chain.Rollup.LastCommittedBatchAsync());
        for (int i = 0; i < 3; i++)
        {
            var stored = await chain.Rollup.BatchAsync((ulong)i + 1);
            Assert.Equal(batches[i].NewRoot, stored.Root);
            Assert.Equal(batches[i].PublicInput(), stored.Commitment);
        }
        Assert.Equal(0, await poster.PostAsync());
        chain.Seal(now + 3);
        Assert.Equal(1, await poster.PostAsync());
        Assert.Equal(4UL, await chain.Rollup.LastCommittedBatchAsync());
    }

    [Fact]
    public async Task Commits_a_reorg_removed_are_committed_again()
    {
        await using var chain = await PosterChain.StartAsync();
        var now = await chain.NowAsync();
        var poster = new BatchPoster(chain.Rollup, chain);
        chain.Seal(now);
        Assert.Equal(1, await poster.PostAsync());
        var snapshot = (await chain.Rpc.SendAsync("evm_snapshot")).GetString()!;
        chain.Seal(now + 1);
        chain.Seal(now + 2);
        Assert.Equal(2, await poster.PostAsync());

        // The blocks holding commits 2 and 3 leave the chain.
        await chain.Rpc.SendAsync("evm_revert", [snapshot]);
        Assert.Equal(1UL, await chain.Rollup.LastCommittedBatchAsync());
        Assert.Equal(2, await poster.PostAsync());
        Assert.Equal(3UL, await chain.Rollup.LastCommittedBatchAsync());
        Assert.Equal(chain.SealedAfter(2)[0].NewRoot, (await chain.Rollup.BatchAsync(3)).Root);
    }

    [Fact]
    public async Task Sealed_chain_that_does_not_continue_L1_is_refused_before_sending()
    {
        await using var chain = await PosterChain.StartAsync();
        var now = await chain.NowAsync();
        chain.Seal(now);
        await new BatchPoster(chain.Rollup, chain).PostAsync();
        var nonce = await chain.Eth.GetTransactionCountAsync(chain.Rollup.Sender!.From);

        // A sequencer whose own batch 1 differs from the one on L1 (another deployment's data, say).
        var other = new FixedBatches(chain.SealedAfter(0)[0] with { Number = 2, OldRoot = Fr.FromUInt64(7) });
        var e = await Assert.ThrowsAsync<BatchChainMismatchException>(() => new BatchPoster(chain.Rollup, other).PostAsync());
        Assert.Contains("starts at root 7", e.Message);
        Assert.Equal(nonce, await chain.Eth.GetTransactionCountAsync(chain.Rollup.Sender!.From));
    }

    [Fact]
    public async Task Finalized_batches_are_checked_against_what_was_sealed()
    {
        await using var chain = await PosterChain.StartAsync();
        var now = await chain.NowAsync();
        chain.Seal(now);
        var poster = new BatchPoster(chain.Rollup, chain);
        await poster.PostAsync();
        var commitment = (await chain.Rollup.BatchAsync(1)).Commitment;
        await chain.Rollup.ProveBatchAsync(1, new Groth16Proof([commitment.ToBigInteger(), 0], [[0, 0], [0, 0]], [0, 0]));
        // A listing credits nothing on L1: there is nothing to execute, and the batch matches.
        Assert.Equal(0, await poster.ExecuteFinalizedAsync());

        var forged = new FixedBatches(chain.SealedAfter(0)[0] with { Pubdata = [.. chain.SealedAfter(0)[0].Pubdata, 0] });
        await Assert.ThrowsAsync<BatchChainMismatchException>(() => new BatchPoster(chain.Rollup, forged).ExecuteFinalizedAsync());
    }

    private sealed class FixedBatches(params Rollup.Core.Batches.Batch[] batches) : ISealedBatchSource
    {
        public IReadOnlyList<Rollup.Core.Batches.Batch> SealedAfter(ulong batchNumber) => [.. batches.Where(b => b.Number > batchNumber)];
    }
}
