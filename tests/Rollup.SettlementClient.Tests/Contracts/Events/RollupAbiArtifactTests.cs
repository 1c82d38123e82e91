using System.Text;
using System.Text.Json;
using Rollup.Core.Hashing;
using Rollup.SettlementClient.Abi;
using Rollup.SettlementClient.Contracts.Events;

namespace Rollup.SettlementClient.Tests.Contracts.Events;

/// <summary>The event declarations and call signatures the client decodes are the compiled contract's.</summary>
public class RollupAbiArtifactTests
{
    // Governance's events: not part of the rollup's state, so the synchronizer does not ask for them.
    private static readonly string[] GovernanceEvents = ["ProposalCreated", "ProposalExecuted", "ProposalCancelled", "Paused", "Unpaused"];

    private static readonly JsonElement Abi = ContractArtifacts.Abi("OptionsRollup.sol", "OptionsRollup");

    private static JsonElement Entry(string kind, string name) =>
        Abi.EnumerateArray().Single(e => e.GetProperty("type").GetString() == kind && e.GetProperty("name").GetString() == name);

    public static TheoryData<string> EventNames() => new(RollupEventAbi.All.Select(e => e.Name));

    [Theory]
    [MemberData(nameof(EventNames))]
    public void Event_declaration_matches_the_artifact_in_names_types_indexing_and_topic0(string name)
    {
        var ours = RollupEventAbi.All.Single(e => e.Name == name);
        var inputs = Entry("event", name).GetProperty("inputs").EnumerateArray().ToArray();
        Assert.Equal(inputs.Length, ours.Parameters.Count);
        for (int i = 0; i < inputs.Length; i++)
        {
            Assert.Equal(inputs[i].GetProperty("name").GetString(), ours.Parameters[i].Name);
            Assert.Equal(ContractArtifacts.CanonicalType(inputs[i]), ours.Parameters[i].Type.CanonicalName);
            Assert.Equal(inputs[i].GetProperty("indexed").GetBoolean(), ours.Parameters[i].Indexed);
        }
        var artifactSignature = $"{name}({string.Join(",", inputs.Select(ContractArtifacts.CanonicalType))})";
        Assert.Equal(Keccak256.Hash(Encoding.ASCII.GetBytes(artifactSignature)), ours.Topic0);
    }

    [Fact]
    public void Every_non_governance_event_of_the_artifact_is_decoded()
    {
        var artifactEvents = Abi.EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == "event")
            .Select(e => e.GetProperty("name").GetString()!)
            .Except(GovernanceEvents)
            .Order();
        Assert.Equal(artifactEvents, RollupEventAbi.All.Select(e => e.Name).Order());
    }

    [Theory]
    [InlineData("commitBatch", RollupCallAbi.CommitBatchSignature)]
    [InlineData("proveBatch", RollupCallAbi.ProveBatchSignature)]
    public void Call_signature_matches_the_artifact_selector(string name, string signature)
    {
        var inputs = Entry("function", name).GetProperty("inputs").EnumerateArray().Select(ContractArtifacts.CanonicalType);
        var artifactSignature = $"{name}({string.Join(",", inputs)})";
        Assert.Equal(artifactSignature, signature);
        Assert.Equal(Keccak256.Hash(Encoding.ASCII.GetBytes(artifactSignature))[..4], AbiFunction.Parse(signature).Selector);
    }
}
