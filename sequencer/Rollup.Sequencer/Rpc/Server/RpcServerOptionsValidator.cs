using Microsoft.Extensions.Options;

namespace Rollup.Sequencer.Rpc.Server;

/// <summary>Fails the host's start with every problem listed when the "Rpc" options are unusable.</summary>
public sealed class RpcServerOptionsValidator : IValidateOptions<RpcServerOptions>
{
    public ValidateOptionsResult Validate(string? name, RpcServerOptions options)
    {
        var problems = options.Problems();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
