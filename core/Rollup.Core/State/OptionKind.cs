namespace Rollup.Core.State;

public enum OptionKind : byte
{
    Call = 0,
    Put = 1,
}
