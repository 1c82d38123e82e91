namespace Rollup.Sequencer.Hosting;

/// <summary>Where the operator's L1 key (the sequencer role that sends commitBatch) comes from.</summary>
public enum OperatorKeySourceKind
{
    /// <summary>No key: allowed only without L1.</summary>
    None,

    /// <summary>A hex private key in the environment variable <see cref="OperatorKeyOptions.Variable"/>.</summary>
    Environment,

    /// <summary>A Web3 Secret Storage keystore file, its password from a variable or a file.</summary>
    Keystore,

    /// <summary>Dev account 0 of a local anvil node (a public key): only with an L1 on loopback.</summary>
    DevnetAccount,
}
