namespace Rollup.Cli;

/// <summary>
/// The CLI's exit codes, stable for scripts (docs/CLI.md lists them). 1 is kept for a
/// negative verdict so that `rollup zk verify … &amp;&amp; deploy` reads naturally.
/// </summary>
public static class ExitCodes
{
    /// <summary>Done; for a verification, the proof is valid.</summary>
    public const int Ok = 0;

    /// <summary>The check ran and the answer is no: an invalid proof, a root that does not match.</summary>
    public const int CheckFailed = 1;

    /// <summary>The command line is wrong: unknown command, missing or malformed argument.</summary>
    public const int Usage = 2;

    /// <summary>An input file is missing, unreadable or not in the expected format.</summary>
    public const int BadInput = 3;

    /// <summary>The inputs are readable but refused: a key without a phase-2 contribution, a witness that does not fit the key, a transaction the contract reverts.</summary>
    public const int Refused = 4;

    /// <summary>A tool the command runs (node, snarkjs) is missing or failed.</summary>
    public const int ExternalTool = 5;

    /// <summary>The EVM node could not be reached, timed out or answered malformed data; retrying later may work.</summary>
    public const int Node = 6;

    /// <summary>A bug: an unexpected exception (EX_SOFTWARE).</summary>
    public const int Internal = 70;
}
