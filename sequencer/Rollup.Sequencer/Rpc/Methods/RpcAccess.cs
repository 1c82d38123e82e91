namespace Rollup.Sequencer.Rpc.Methods;

/// <summary>Which listener serves a method: the public one, or only the loopback admin one.</summary>
public enum RpcAccess
{
    Public,
    Admin,
}
