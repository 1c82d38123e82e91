using Rollup.Cli.Zk;

namespace Rollup.Cli.Tests.Zk;

public sealed class ZkCommandTests
{
    [Fact]
    public void Every_zk_subcommand_is_registered_under_its_own_name()
    {
        // `rollup zk <name>` builds only the entry of that name: a mismatch would hide the command.
        var context = new CliContext(TextWriter.Null, TextWriter.Null);
        foreach (var (name, create) in ZkCommand.Subcommands) Assert.Equal(name, create(context).Name);
    }

    [Fact]
    public void Zk_built_for_one_subcommand_has_only_that_one()
    {
        var context = new CliContext(TextWriter.Null, TextWriter.Null);
        Assert.Equal(["prove"], ZkCommand.Create(context, "prove").Subcommands.Select(c => c.Name));
        Assert.Equal(ZkCommand.Subcommands.Length, ZkCommand.Create(context, "no-such-command").Subcommands.Count);
        Assert.Equal(ZkCommand.Subcommands.Length, ZkCommand.Create(context).Subcommands.Count);
    }

    [Fact]
    public void Zk_help_lists_every_subcommand()
    {
        var run = CliRun.Of("zk", "--help");
        Assert.Equal(0, run.ExitCode);
        foreach (var (name, _) in ZkCommand.Subcommands) Assert.Contains(name, run.Out);
    }

    [Fact]
    public void Top_level_help_lists_the_other_commands_too()
    {
        var run = CliRun.Of("--help");
        Assert.Equal(0, run.ExitCode);
        foreach (var name in new[] { "zk", "keys", "verify", "devnet", "deposit", "order" }) Assert.Contains(name, run.Out);
    }

    [Fact]
    public void Unknown_zk_subcommand_is_a_usage_error()
    {
        var run = CliRun.Of("zk", "provee", "a", "b", "c", "d");
        Assert.Equal(2, run.ExitCode);
    }
}
