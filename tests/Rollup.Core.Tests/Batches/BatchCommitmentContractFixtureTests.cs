using Rollup.Core.Tests.ContractFixtures;
using System.Text.Json;
using Rollup.Core.Batches;
using Rollup.Core.Fields;

namespace Rollup.Core.Tests.Batches;

/// <summary>
/// The settlement contract's Hardhat tests recompute these commitments on-chain; the fixture
/// they read must be what <see cref="BatchCommitment"/> computes for the same inputs.
/// </summary>
public class BatchCommitmentContractFixtureTests
{
    private static readonly Fr RMinusOne = Fr.FromBigInteger(Fr.Modulus.ToBigInteger() - 1);

    [Fact]
    public void Committed_contract_fixture_is_what_BatchCommitment_computes()
    {
        ContractFixture.AssertCommitted("batch-commitments.json", Fixture(), "BatchCommitment");
    }

    private static string Fixture()
    {
        // A deposit of 25 USD (25,000,000 micro-USD) to 0x70997970c51812dc3a010c7d01b50e0d17dc79c8
        // credited to account 2, then a noop: the batch the contract test commits after that deposit.
        var deposit = Convert.FromHexString("000000006553f100" + "01" + "00000002" + "70997970c51812dc3a010c7d01b50e0d17dc79c8" + "00000000017d7840" + "00");
        var cases = new (string Name, Fr OldRoot, Fr NewRoot, ulong Number, ulong First, ulong End, byte[] Pubdata)[]
        {
            ("one deposit", Fr.FromUInt64(12345), Fr.FromUInt64(67890), 1, 0, 1, deposit),
            ("roots at r - 1, large numbers, timestamp only", RMinusOne, RMinusOne, ulong.MaxValue, 1UL << 40, (1UL << 40) + 3, Convert.FromHexString("ffffffffffffffff")),
            ("empty pubdata", Fr.Zero, Fr.One, 7, 3, 3, []),
        };
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("description", "BatchCommitment (docs/PROTOCOL.md section 9) for fixed inputs, written by BatchCommitmentContractFixtureTests in Rollup.Core.Tests.");
            w.WriteStartArray("cases");
            foreach (var c in cases)
            {
                w.WriteStartObject();
                w.WriteString("name", c.Name);
                w.WriteString("oldRoot", c.OldRoot.ToString());
                w.WriteString("newRoot", c.NewRoot.ToString());
                w.WriteString("batchNumber", c.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
                w.WriteString("priorityFirst", c.First.ToString(System.Globalization.CultureInfo.InvariantCulture));
                w.WriteString("priorityEnd", c.End.ToString(System.Globalization.CultureInfo.InvariantCulture));
                w.WriteString("pubdata", "0x" + Convert.ToHexStringLower(c.Pubdata));
                var digest = BatchCommitment.Digest(c.OldRoot, c.NewRoot, c.Number, c.First, c.End, c.Pubdata);
                w.WriteString("digest", "0x" + Convert.ToHexStringLower(digest));
                w.WriteString("publicInput", BatchCommitment.PublicInput(digest).ToString());
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray()).ReplaceLineEndings("\n") + "\n";
    }

}
