namespace Rollup.Prover.Tests.Formats;

/// <summary>.zkey bytes written to a temporary file, for the readers that take a path; deleted on dispose.</summary>
internal sealed class ZkeyFile : IDisposable
{
    public ZkeyFile(byte[] bytes)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "zkey-test-" + Guid.NewGuid().ToString("N") + ".zkey");
        File.WriteAllBytes(Path, bytes);
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
