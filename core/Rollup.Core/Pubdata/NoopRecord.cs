using Rollup.Core.Operations;

namespace Rollup.Core.Pubdata;

/// <summary>[type] — 1 byte.</summary>
public sealed record NoopRecord : PubdataRecord
{
    public static readonly NoopRecord Instance = new();
    public override OperationKind Kind => OperationKind.Noop;
    public override int Size => 1;
    protected override void WriteBody(PubdataWriter w) { }
}
