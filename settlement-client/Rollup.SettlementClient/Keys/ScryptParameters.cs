namespace Rollup.SettlementClient.Keys;

/// <summary>scrypt cost for writing a keystore. <see cref="Standard"/> is geth's "standard" setting (about 256 MiB and a second per derivation).</summary>
public sealed record ScryptParameters(int N, int R, int P)
{
    public static readonly ScryptParameters Standard = new(1 << 18, 8, 1);

    /// <summary>geth's "light" setting, for keys on small machines.</summary>
    public static readonly ScryptParameters Light = new(1 << 12, 8, 6);
}
