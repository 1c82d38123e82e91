using System.Runtime.InteropServices;

namespace Rollup.Sequencer.Storage;

/// <summary>
/// Flushes a directory's entries to disk, so a file created in it survives a power loss (fsync of
/// the file alone does not persist its name on POSIX file systems). Windows has no equivalent and
/// needs none: NTFS journals the directory entry with the file's metadata.
/// </summary>
internal static class DirectorySync
{
    private const int ReadOnly = 0;

    public static void Flush(string directory)
    {
        if (OperatingSystem.IsWindows()) return;
        int fd = Open(directory, ReadOnly);
        if (fd < 0)
            throw new SequencerStorageException($"cannot open directory '{directory}' to flush it (errno {Marshal.GetLastPInvokeError()})");
        try
        {
            if (Fsync(fd) != 0)
                throw new SequencerStorageException($"fsync of directory '{directory}' failed (errno {Marshal.GetLastPInvokeError()})");
        }
        finally
        {
            _ = Close(fd);
        }
    }

    // DllImport rather than LibraryImport: the generated marshalling needs unsafe code, and these
    // signatures are blittable apart from one UTF-8 path.
    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static extern int Fsync(int fd);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    private static extern int Close(int fd);
}
