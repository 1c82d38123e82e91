using Rollup.Sequencer.L1;
using Rollup.Sequencer.Tests.Engine;

namespace Rollup.Sequencer.Tests.L1;

public class TickComponentTests
{
    [Fact]
    public async Task Ticks_seal_the_open_batch_once_it_is_older_than_the_maximum_age()
    {
        await using var h = await EngineHarness.StartAsync(maxBatchAgeSeconds: 5);
        await h.ListAsync();
        Assert.Equal(1, await h.Engine.ReadAsync(v => v.OpenBatchCount));
        var tick = new TickComponent(h.Engine, TimeSpan.FromMilliseconds(10));
        await tick.StartAsync(CancellationToken.None);
        try
        {
            await Task.Delay(100);
            Assert.Empty(h.Engine.SealedSince(0));
            h.Clock.AdvanceSeconds(6);
            await PriorityRequestFeederOnAnvilTests.WaitUntilAsync(() => Task.FromResult(h.Engine.SealedSince(0).Count == 1));
        }
        finally
        {
            await tick.StopAsync(CancellationToken.None);
        }
        Assert.Equal(0, await h.Engine.ReadAsync(v => v.OpenBatchCount));
    }
}
