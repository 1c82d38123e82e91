namespace Rollup.Core.Operations;

/// <summary>Fills an unused slot of a batch; changes nothing.</summary>
public sealed record NoopOperation : Operation
{
    public static readonly NoopOperation Instance = new();

    public override OperationKind Kind => OperationKind.Noop;
}
