using System.Numerics;
using Rollup.Core.Ethereum;
using Rollup.SettlementClient.Abi;
using Rollup.SettlementClient.Contracts.Artifacts;
using Rollup.SettlementClient.Contracts.Reverts;
using Rollup.SettlementClient.Primitives;
using Rollup.SettlementClient.Rpc;

namespace Rollup.SettlementClient.Tests.Contracts;

/// <summary>Reading Hardhat 3 artifacts: ABI lookups, custom error decoding, constructor encoding and the refusals.</summary>
public class ContractArtifactTests
{
    private static readonly ArtifactStore Store = ArtifactStore.ForRepository(RepositoryFiles.Root);

    [Fact]
    public void Rollup_artifact_exposes_functions_with_solidity_signatures_and_outputs()
    {
        var rollup = Store.Get("OptionsRollup");

        Assert.Equal("OptionsRollup", rollup.ContractName);
        Assert.Equal("contracts/src/OptionsRollup.sol", rollup.SourceName);
        Assert.Empty(rollup.UnlinkedLibraries);
        var commit = rollup.Function("commitBatch");
        Assert.Equal("commitBatch((uint64,uint64,uint64,uint256,uint256),bytes,uint256[])", commit.Abi.Signature);
        Assert.Equal("nonpayable", commit.StateMutability);
        Assert.Equal("exit(uint256[7],uint32,(uint256,uint256,address,uint32,uint64,uint256,uint256),uint256[],(uint256,uint256,uint256,uint256,uint256,int64,uint64)[8],(uint256,uint256,uint256,uint256[],uint256,uint256,uint256[])[])",
            rollup.Function("exit").Abi.Signature);
        var batches = rollup.Function("batches");
        Assert.True(batches.IsReadOnly);
        Assert.Equal(["uint256", "uint256", "bytes32", "uint64", "bool"], batches.Outputs.Select(t => t.CanonicalName));
        Assert.Equal("proveBatch(uint64,(uint256[2],uint256[2][2],uint256[2]))", rollup.Function("proveBatch").Abi.Signature);
        Assert.Equal(AbiFunction.Parse("deposit(address,uint64)").Selector, rollup.Function("deposit").Abi.Selector);
        Assert.Equal("BatchCommitted(uint64,uint256,uint256,uint64,uint64)", rollup.Event("BatchCommitted").Signature);
        Assert.Single(rollup.ConstructorInputs);
        Assert.Equal("(address,address,address,address,address,uint256,uint64,uint64,address,address,address,uint8)", rollup.ConstructorInputs[0].CanonicalName);
    }

    [Fact]
    public void Custom_error_data_decodes_to_its_name_and_named_arguments()
    {
        var rollup = Store.Get("OptionsRollup");
        var data = AbiFunction.Parse("PriorityRangeMismatch(uint64,uint64,uint64,uint64)").EncodeCall(1, 2, 3, 4);

        var error = rollup.TryDecodeError(RevertReason.Decode(data));

        Assert.NotNull(error);
        Assert.Equal("PriorityRangeMismatch", error.Name);
        Assert.Equal(new BigInteger(1), error["expectedFirst"]);
        Assert.Equal(new BigInteger(4), error["queued"]);
        Assert.Equal("PriorityRangeMismatch(expectedFirst: 1, first: 2, end: 3, queued: 4)", error.ToString());
        Assert.Throws<KeyNotFoundException>(() => error["nope"]);
    }

    [Fact]
    public void Unknown_selector_and_undecodable_arguments_give_no_error_but_the_raw_data_is_kept()
    {
        var rollup = Store.Get("OptionsRollup");
        var unknown = AbiFunction.Parse("SomethingElse(uint256)").EncodeCall(7);
        // The right selector over truncated arguments.
        var truncated = AbiFunction.Parse("WrongPreviousRoot(uint256,uint256)").EncodeCall(1, 2)[..20];

        Assert.Null(rollup.TryDecodeError(unknown));
        Assert.Null(rollup.TryDecodeError(truncated));
        var e = ContractRevertException.Create("OptionsRollup", "commitBatch", RevertReason.Decode(unknown), [rollup]);
        Assert.Null(e.Error);
        Assert.Equal(unknown, e.Revert!.Data);
        Assert.Contains("custom error " + Hex.Encode(unknown), e.Message);
    }

    [Fact]
    public void Error_string_reverts_are_reported_with_their_message()
    {
        var data = AbiFunction.Parse("Error(string)").EncodeCall("nope");

        var e = ContractRevertException.Create("DevnetStablecoin", "transfer", RevertReason.Decode(data), [Store.Get("DevnetStablecoin")]);

        Assert.Null(e.ErrorName);
        Assert.Equal("DevnetStablecoin.transfer reverted: reverted: nope", e.Message);
    }

    [Fact]
    public void Creation_code_is_the_bytecode_followed_by_the_encoded_constructor_arguments()
    {
        var token = Store.Get("DevnetStablecoin");
        var rollup = Store.Get("OptionsRollup");
        var config = new object?[] { L1Address.Parse("0x0000000000000000000000000000000000000001"), L1Address.Parse("0x0000000000000000000000000000000000000002"),
            L1Address.Zero, L1Address.Zero, L1Address.Zero, 5, 6, 7, L1Address.Zero, L1Address.Zero, L1Address.Zero, 8 };

        var tokenCode = token.CreationCode();
        var rollupCode = rollup.CreationCode([config]);

        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf("contracts", "artifacts", "contracts", "src", "OptionsRollup.sol", "OptionsRollup.json")));
        var bytecode = Hex.Decode(json.RootElement.GetProperty("bytecode").GetString()!);
        var arguments = AbiEncoder.Encode(rollup.ConstructorInputs, [config]);
        Assert.Equal(12 * 32, arguments.Length);
        Assert.Equal([.. bytecode, .. arguments], rollupCode);
        Assert.Equal(0x60, tokenCode[0]);
        Assert.Empty(token.ConstructorInputs);
        var e = Assert.Throws<ArtifactException>(() => rollup.CreationCode());
        Assert.Contains("takes 1 arguments", e.Message);
    }

    [Fact]
    public void Artifact_with_unlinked_libraries_is_refused_at_deployment_naming_them()
    {
        const string json = """
            {"_format":"hh3-artifact-1","contractName":"UsesLib","sourceName":"contracts/UsesLib.sol",
             "abi":[{"type":"function","name":"f","inputs":[],"outputs":[{"name":"","type":"uint256"}],"stateMutability":"pure"}],
             "bytecode":"0x6080__$0123456789abcdef0123456789abcdef01$__6000",
             "linkReferences":{"contracts/Lib.sol":{"Lib":[{"start":2,"length":20}]}}}
            """;

        var artifact = ContractArtifact.Parse(json, "UsesLib.json");

        Assert.Equal(["contracts/Lib.sol:Lib"], artifact.UnlinkedLibraries);
        Assert.Equal("f()", artifact.Function("f").Abi.Signature);
        var e = Assert.Throws<ArtifactException>(() => artifact.CreationCode());
        Assert.Contains("needs libraries linked", e.Message);
        Assert.Contains("contracts/Lib.sol:Lib", e.Message);
    }

    [Fact]
    public void Interfaces_unknown_functions_and_malformed_artifacts_are_refused_clearly()
    {
        var ierc20 = Store.Get("IERC20");
        Assert.False(ierc20.IsDeployable);
        Assert.Contains("no bytecode", Assert.Throws<ArtifactException>(() => ierc20.CreationCode()).Message);
        Assert.Contains("has no function 'mint'", Assert.Throws<ArtifactException>(() => ierc20.Function("mint")).Message);
        Assert.Contains("not JSON", Assert.Throws<ArtifactException>(() => ContractArtifact.Parse("{", "x.json")).Message);
        Assert.Contains("'bytecode'", Assert.Throws<ArtifactException>(() => ContractArtifact.Parse("""{"contractName":"A","abi":[]}""", "a.json")).Message);
        Assert.Contains("tuple type without components", Assert.Throws<ArtifactException>(() => ContractArtifact.Parse(
            """{"contractName":"A","bytecode":"0x","abi":[{"type":"function","name":"g","inputs":[{"name":"t","type":"tuple"}]}]}""", "a.json")).Message);
    }

    [Fact]
    public void Store_names_hardhat_build_when_the_directory_or_the_contract_is_missing()
    {
        var missingDir = new ArtifactStore(Path.Combine(Path.GetTempPath(), "no-artifacts-" + Guid.NewGuid().ToString("N")));
        var noDir = Assert.Throws<ArtifactNotFoundException>(() => missingDir.Get("OptionsRollup"));
        Assert.Contains("hardhat build", noDir.Message);
        Assert.Equal("OptionsRollup", noDir.ContractName);

        var noContract = Assert.Throws<ArtifactNotFoundException>(() => Store.Get("NoSuchContract"));
        Assert.Contains("no artifact for contract NoSuchContract", noContract.Message);
        Assert.Contains("hardhat build", noContract.Message);
        Assert.Same(Store.Get("PoseidonT3"), Store.Get("PoseidonT3"));
    }
}
