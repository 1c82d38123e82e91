namespace Rollup.Core.Operations;

/// <summary>An operation of the state transition function; priority operations come from the L1 queue.</summary>
public abstract record Operation
{
    public abstract OperationKind Kind { get; }

    public virtual bool IsPriority => false;
}
