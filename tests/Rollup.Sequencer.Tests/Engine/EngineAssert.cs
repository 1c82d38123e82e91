using Rollup.Sequencer.Engine;

namespace Rollup.Sequencer.Tests.Engine;

internal static class EngineAssert
{
    /// <summary>Runs a command expected to be refused and checks it changed nothing: root, books, log.</summary>
    public static async Task<CommandResult> RefusedWithoutChangeAsync(EngineHarness h, CommandError expected, Func<Task<CommandResult>> command)
    {
        var root = await h.RootAsync();
        var books = await EngineHarness.BooksTextAsync(h.Engine);
        long logged = h.Log.LastSequence;
        var open = await h.Engine.ReadAsync(v => v.OpenBatchCount);

        var result = await command();

        Assert.False(result.Accepted, $"expected {expected}, got {result}");
        Assert.Equal(expected, result.Error);
        Assert.Equal(0, result.Sequence);
        Assert.Equal(root, await h.RootAsync());
        Assert.Equal(books, await EngineHarness.BooksTextAsync(h.Engine));
        Assert.Equal(logged, h.Log.LastSequence);
        Assert.Equal(open, await h.Engine.ReadAsync(v => v.OpenBatchCount));
        return result;
    }
}
