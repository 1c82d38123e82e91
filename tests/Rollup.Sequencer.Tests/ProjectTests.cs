namespace Rollup.Sequencer.Tests;

public class ProjectTests
{
    [Fact]
    public void Sequencer_assembly_is_named_for_its_executable() =>
        Assert.Equal("rollup-sequencer", typeof(Rollup.Sequencer.Hosting.SequencerHost).Assembly.GetName().Name);
}
