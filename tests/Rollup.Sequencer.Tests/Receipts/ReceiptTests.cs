using Rollup.Core.Ethereum;
using Rollup.Sequencer.Receipts;
using Rollup.Sequencer.Rpc.Views;
using Rollup.SettlementClient.Signing;

namespace Rollup.Sequencer.Tests.Receipts;

public class ReceiptTests
{
    private static readonly EthECKey Key = new("59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
    private static readonly L1Address Contract = L1Address.Parse("0x5fbdb2315678afecb367f032d93f642f64180aa3");
    private static readonly Hash32 OpHash = new(Enumerable.Repeat((byte)0x11, 32).ToArray());

    private static SignedReceipt Sample() => new ReceiptSigner(Key, 31337, Contract).Sign(42, OpHash, 1_764_494_400_123);

    [Fact]
    public void Receipt_digest_and_signature_match_ethers_sign_typed_data()
    {
        // ethers v6: TypedDataEncoder.hash and Wallet.signTypedData over the same domain, types and values.
        var signed = Sample();
        Assert.Equal("77c0204c14cf517ebeef94748db7a77fa38c9441cf2ddfbf1300a441f4d5ccad", Convert.ToHexStringLower(ReceiptTypedData.Digest(signed.Receipt)));
        Assert.Equal(
            "5bc8700fe5d3e5fce9f608373b78c65171774876779bfabe54e6807712c772fd7b9e3c167e3d4268b5926ece25a7cc8f2fe2959b510aa535f80484aa6017f5991c",
            Convert.ToHexStringLower(signed.Signature.ToBytes()));
    }

    [Fact]
    public void Receipt_signature_verifies_and_recovers_the_sequencer_address()
    {
        var signed = Sample();
        Assert.Equal(L1Address.Parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"), signed.Sequencer);
        Assert.Equal(signed.Sequencer, ReceiptVerifier.RecoverSigner(signed.Receipt, signed.Signature));
        Assert.True(ReceiptVerifier.Verify(signed, Key.GetAddress(), 31337, Contract));
    }

    public static TheoryData<string> Fields => new() { "chainId", "contract", "sequence", "operationHash", "acceptedAt" };

    [Theory]
    [MemberData(nameof(Fields))]
    public void Any_changed_field_fails_verification(string field)
    {
        var signed = Sample();
        var r = signed.Receipt;
        var changed = field switch
        {
            "chainId" => r with { ChainId = r.ChainId + 1 },
            "contract" => r with { Contract = L1Address.Parse("0x5fbdb2315678afecb367f032d93f642f64180aa4") },
            "sequence" => r with { Sequence = r.Sequence + 1 },
            "operationHash" => r with { OperationHash = new Hash32(Enumerable.Repeat((byte)0x12, 32).ToArray()) },
            _ => r with { AcceptedAtMs = r.AcceptedAtMs + 1 },
        };
        var tampered = signed with { Receipt = changed };
        Assert.NotEqual(Key.GetAddress(), ReceiptVerifier.RecoverSigner(changed, signed.Signature));
        Assert.False(ReceiptVerifier.Verify(tampered, Key.GetAddress(), changed.ChainId, changed.Contract));
    }

    [Fact]
    public void Receipt_from_another_key_fails_verification()
    {
        var other = new EthECKey("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
        var forged = new ReceiptSigner(other, 31337, Contract).Sign(42, OpHash, 1_764_494_400_123);
        Assert.False(ReceiptVerifier.Verify(forged with { Sequencer = Key.GetAddress() }, Key.GetAddress(), 31337, Contract));
    }

    [Fact]
    public void Signing_is_deterministic_so_a_receipt_asked_again_is_identical()
    {
        Assert.Equal(Sample().Signature.ToBytes(), Sample().Signature.ToBytes());
    }
}
