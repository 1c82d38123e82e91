using Rollup.Core.Batches;
using Rollup.Core.Curves;
using Rollup.Core.Fields;
using Rollup.Core.Pubdata;

namespace Rollup.SettlementClient.Contracts.Rollup;

/// <summary>OptionsRollup.BatchHeader: what commitBatch checks against the stored chain of batches.</summary>
public sealed record BatchHeader(ulong BatchNumber, ulong PriorityFirst, ulong PriorityEnd, Fr OldRoot, Fr NewRoot)
{
    public static BatchHeader FromBatch(Batch batch) => new(batch.Number, batch.PriorityFirst, batch.PriorityEnd, batch.OldRoot, batch.NewRoot);

    /// <summary>
    /// The key hints commitBatch needs: the x coordinate of each L2 RegisterKey record's packed
    /// key, in record order (the contract checks each against its packed form).
    /// </summary>
    public static IReadOnlyList<Fr> KeyHints(Batch batch)
    {
        var hints = new List<Fr>();
        foreach (var record in batch.Records)
            if (record is RegisterKeyRecord registration)
                hints.Add(JubjubPoint.Unpack(registration.PackedKey).X);
        return hints;
    }

    internal object?[] ToAbi() => [BatchNumber, PriorityFirst, PriorityEnd, FieldWords.ToWord(OldRoot), FieldWords.ToWord(NewRoot)];
}
