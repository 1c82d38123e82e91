using Rollup.Core.Operations;

namespace Rollup.Core.Pubdata;

/// <summary>
/// The effect of one accepted operation, exactly as it is published. Each record is all an
/// outside party needs to re-apply the operation to the state (docs/PROTOCOL.md §8); the
/// state transition function executes these same records, so the published data and the
/// proven state cannot disagree.
/// </summary>
public abstract record PubdataRecord
{
    /// <summary>Account id of a priority operation that could not be applied (deposit refunded, key not set).</summary>
    public const uint NoAccount = uint.MaxValue;

    public abstract OperationKind Kind { get; }

    /// <summary>Encoded size in bytes, including the type byte.</summary>
    public abstract int Size { get; }

    public void Write(PubdataWriter w)
    {
        w.U8((byte)Kind);
        WriteBody(w);
    }

    protected abstract void WriteBody(PubdataWriter w);

    public byte[] Encode()
    {
        var w = new PubdataWriter(Size);
        Write(w);
        return w.ToArray();
    }
}
