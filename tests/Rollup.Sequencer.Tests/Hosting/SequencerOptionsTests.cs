using Microsoft.Extensions.Configuration;
using Rollup.Sequencer.Hosting;
using Rollup.Sequencer.Tests.Storage;

namespace Rollup.Sequencer.Tests.Hosting;

public class SequencerOptionsTests
{
    [Theory]
    [InlineData("--Sequencer:Rpc:Port=70000", "Sequencer:Rpc:Port must be 0..65535")]
    [InlineData("--Sequencer:Rpc:BindAddress=localhost-ish", "Sequencer:Rpc:BindAddress 'localhost-ish' is not an IP address")]
    [InlineData("--Sequencer:Batch:Slots=0", "Sequencer:Batch:Slots must be 1..65536")]
    [InlineData("--Sequencer:Batch:MaxAge=00:00:00", "Sequencer:Batch:MaxAge must be more than zero")]
    [InlineData("--Sequencer:L1:RpcUrl=ftp://example.org", "Sequencer:L1:RpcUrl 'ftp://example.org' is not an http(s) URL")]
    [InlineData("--Sequencer:L1:RpcUrl=http://127.0.0.1:8545", "Sequencer:L1:DeploymentFile is required")]
    [InlineData("--Sequencer:L1:GenesisFile=no-such-genesis.json", "Sequencer:L1:GenesisFile 'no-such-genesis.json' does not exist")]
    [InlineData("--Sequencer:OperatorKey:Source=Environment", "Sequencer:OperatorKey:Variable is required")]
    [InlineData("--Sequencer:OperatorKey:Variable=ROLLUP_TEST_SURELY_UNSET_KEY", "Sequencer:OperatorKey:Source=Environment")]
    [InlineData("--Sequencer:OperatorKey:Source=DevnetAccount", "Sequencer:OperatorKey:Source=DevnetAccount uses a public development key")]
    [InlineData("--Sequencer:Log:MaxGroupEntries=0", "Sequencer:Log:MaxGroupEntries must be 1..1000000")]
    [InlineData("--Sequencer:Log:CheckpointPages=0", "Sequencer:Log:CheckpointPages must be 1..100000")]
    [InlineData("--Sequencer:Log:IdleCheckpointPages=0", "Sequencer:Log:IdleCheckpointPages must be 1..100000")]
    [InlineData("--Sequencer:PreparedKeys=-1", "Sequencer:PreparedKeys must be 0..1000000")]
    [InlineData("--Sequencer:L1:ArtifactsDirectory=no-such-artifacts", "Sequencer:L1:ArtifactsDirectory no-such-artifacts does not exist")]
    [InlineData("--Sequencer:Batch:PriorityDeadlineMargin=-00:00:01", "Sequencer:Batch:PriorityDeadlineMargin must be 0..30 days")]
    [InlineData("--Sequencer:Rpc:Port=nine", "Sequencer:Rpc:Port")]
    [InlineData("--Sequencer:Rpc:Prot=9", "Prot")]
    public void Invalid_option_fails_the_build_with_a_message_naming_it(string argument, string expected)
    {
        using var dir = new TempDirectory();
        string[] args = argument.Contains("Variable=", StringComparison.Ordinal)
            ? HostArguments.For(dir.Path, "--Sequencer:OperatorKey:Source=Environment", argument)
            : HostArguments.For(dir.Path, argument);
        var error = Assert.Throws<SequencerOptionsException>(() => SequencerHost.Build(args));
        Assert.Contains(error.Errors, e => e.Contains(expected, StringComparison.Ordinal) || (expected == "Sequencer:OperatorKey:Source=Environment" && e.Contains("ROLLUP_TEST_SURELY_UNSET_KEY, which is not set", StringComparison.Ordinal)));
    }

    [Fact]
    public void Missing_data_directory_is_refused()
    {
        var error = Assert.Throws<SequencerOptionsException>(() => SequencerHost.Build(["--Sequencer:Rpc:Port=0", "--Sequencer:Admin:Port=0"]));
        Assert.Contains("Sequencer:DataDirectory is required", error.Message);
    }

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("192.168.1.10")]
    [InlineData("::")]
    public void Admin_port_refuses_a_non_loopback_bind(string address)
    {
        using var dir = new TempDirectory();
        var error = Assert.Throws<SequencerOptionsException>(() => SequencerHost.Build(HostArguments.For(dir.Path, $"--Sequencer:Admin:BindAddress={address}")));
        Assert.Contains($"Sequencer:Admin:BindAddress '{address}' is not a loopback address", error.Message);
    }

    [Fact]
    public void Admin_port_accepts_ipv6_loopback()
    {
        var options = new SequencerOptions { DataDirectory = "x", Admin = new EndpointOptions { BindAddress = "::1", Port = 9000 } };
        Assert.Empty(SequencerOptionsValidator.Errors(options));
    }

    [Fact]
    public void Private_key_in_configuration_is_refused_without_echoing_it()
    {
        using var dir = new TempDirectory();
        const string key = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
        var error = Assert.Throws<SequencerOptionsException>(() => SequencerHost.Build(HostArguments.For(dir.Path, $"--Sequencer:OperatorKey:PrivateKey={key}")));
        Assert.Contains("Sequencer:OperatorKey:PrivateKey: keys and passwords are never read from configuration", error.Message);
        Assert.DoesNotContain(key, error.Message);
    }

    [Fact]
    public void Rollup_prefixed_environment_variables_configure_and_the_command_line_wins()
    {
        using var dir = new TempDirectory();
        var configuration = new ConfigurationBuilder();
        Environment.SetEnvironmentVariable("ROLLUP_Sequencer__Batch__Slots", "32");
        Environment.SetEnvironmentVariable("ROLLUP_Sequencer__Rpc__Port", "9100");
        try
        {
            SequencerConfiguration.AddSources(configuration, AppContext.BaseDirectory, "Production", [$"--Sequencer:DataDirectory={dir.Path}", "--Sequencer:Rpc:Port=9200"]);
            var options = SequencerConfiguration.Load(configuration.Build());
            Assert.Equal(32, options.Batch.Slots);
            Assert.Equal(9200, options.Rpc.Port);
            Assert.Equal(8551, options.Admin.Port);
        }
        finally
        {
            Environment.SetEnvironmentVariable("ROLLUP_Sequencer__Batch__Slots", null);
            Environment.SetEnvironmentVariable("ROLLUP_Sequencer__Rpc__Port", null);
        }
    }

    [Theory]
    [InlineData(new[] { "--profile", "devnet" }, "Devnet")]
    [InlineData(new[] { "--profile=devnet" }, "Devnet")]
    [InlineData(new string[0], "Production")]
    public void Profile_comes_from_the_command_line(string[] args, string expected) =>
        Assert.Equal(expected, SequencerConfiguration.Profile(args));

    [Fact]
    public void Devnet_profile_needs_no_configuration_beyond_the_devnet_files()
    {
        var configuration = new ConfigurationBuilder();
        SequencerConfiguration.AddSources(configuration, AppContext.BaseDirectory, "Devnet", []);
        var error = Assert.Throws<SequencerOptionsException>(() => SequencerConfiguration.Load(configuration.Build()));
        // Everything is configured by the profile; only the files `rollup devnet` writes are missing here.
        Assert.All(error.Errors, e => Assert.Contains("run `./rollup devnet` first", e));
        var section = configuration.Build().GetSection("Sequencer");
        Assert.Equal("devnet/sequencer", section["DataDirectory"]);
        Assert.Equal("http://127.0.0.1:8545", section["L1:RpcUrl"]);
        Assert.Equal("DevnetAccount", section["OperatorKey:Source"]);
    }
}
