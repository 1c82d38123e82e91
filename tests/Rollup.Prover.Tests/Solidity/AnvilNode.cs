namespace Rollup.Prover.Tests.Solidity;

/// <summary>The shared <see cref="AnvilProcess"/> with the verifier tests' RPC helper attached.</summary>
internal sealed class AnvilNode : IDisposable
{
    private readonly AnvilProcess _process;

    private AnvilNode(AnvilProcess process)
    {
        _process = process;
        Rpc = new EthRpcClient(process.Endpoint);
    }

    public EthRpcClient Rpc { get; }

    public static async Task<AnvilNode> StartAsync() => new(await AnvilProcess.StartAsync());

    public void Dispose()
    {
        try
        {
            Rpc.Dispose();
        }
        finally
        {
            _process.Dispose();
        }
    }
}
