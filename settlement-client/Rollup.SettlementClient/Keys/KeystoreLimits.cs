namespace Rollup.SettlementClient.Keys;

/// <summary>
/// Bounds on key-derivation parameters read from a file: a keystore is untrusted input, and without
/// bounds a crafted file could make the reader allocate gigabytes or spin for hours before the MAC check.
/// They still admit every setting geth, ethers and the definition's vectors use.
/// </summary>
internal static class KeystoreLimits
{
    public const int DerivedKeyLength = 32;
    public const int MaxScryptN = 1 << 20;
    public const int MaxScryptR = 32;
    public const int MaxScryptP = 16;
    public const long MaxScryptMemoryBytes = 256L * 1024 * 1024;
    public const int MaxPbkdf2Iterations = 1 << 24;
    public const int MinSaltLength = 16;
    public const int MaxSaltLength = 1024;
    public const int IvLength = 16;
    public const int PrivateKeyLength = 32;

    public static void CheckScrypt(long n, long r, long p)
    {
        if (n < 2 || n > MaxScryptN || (n & (n - 1)) != 0)
            throw new KeystoreException($"scrypt n must be a power of two in [2, 2^20], got {n}");
        if (r < 1 || r > MaxScryptR) throw new KeystoreException($"scrypt r must be in [1, {MaxScryptR}], got {r}");
        if (p < 1 || p > MaxScryptP) throw new KeystoreException($"scrypt p must be in [1, {MaxScryptP}], got {p}");
        if (128 * n * r > MaxScryptMemoryBytes)
            throw new KeystoreException($"scrypt n={n}, r={r} needs {128 * n * r >> 20} MiB, over the {MaxScryptMemoryBytes >> 20} MiB limit");
    }

    public static void CheckPbkdf2(long iterations)
    {
        if (iterations < 1 || iterations > MaxPbkdf2Iterations)
            throw new KeystoreException($"pbkdf2 c must be in [1, 2^24], got {iterations}");
    }

    public static void CheckSalt(ReadOnlySpan<byte> salt)
    {
        if (salt.Length < MinSaltLength || salt.Length > MaxSaltLength)
            throw new KeystoreException($"kdf salt must be {MinSaltLength} to {MaxSaltLength} bytes, got {salt.Length}");
    }
}
