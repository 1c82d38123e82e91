using Rollup.Sequencer.Storage;

namespace Rollup.Sequencer.Tests.Storage;

public class SequencerDatabaseTests
{
    [Fact]
    public void Second_open_of_the_same_directory_is_refused_as_in_use()
    {
        using var dir = new TempDirectory();
        using var db = SequencerDatabase.Open(dir.Path);
        var error = Assert.Throws<SequencerStorageException>(() => SequencerDatabase.Open(dir.Path));
        Assert.Contains("in use by another process", error.Message);
    }

    [Fact]
    public void Corrupt_database_file_is_refused_with_its_path()
    {
        using var dir = new TempDirectory();
        var bytes = new byte[3 * 8192];
        new Random(7).NextBytes(bytes);
        File.WriteAllBytes(Path.Combine(dir.Path, SequencerDatabase.FileName), bytes);
        var error = Assert.Throws<SequencerStorageException>(() => SequencerDatabase.Open(dir.Path));
        Assert.Contains(SequencerDatabase.FileName, error.Message);
        Assert.Contains("corrupt", error.Message);
        // The failed open released its lock: a repaired directory opens.
        File.Delete(Path.Combine(dir.Path, SequencerDatabase.FileName));
        using var db = SequencerDatabase.Open(dir.Path);
    }

    [Fact]
    public void Data_directory_that_is_a_file_is_refused()
    {
        using var dir = new TempDirectory();
        var file = Path.Combine(dir.Path, "not-a-directory");
        File.WriteAllText(file, "x");
        var error = Assert.Throws<SequencerStorageException>(() => SequencerDatabase.Open(file));
        Assert.Contains("data directory", error.Message);
    }

    [Fact]
    public void Genesis_root_is_bound_once_and_another_genesis_is_refused()
    {
        using var dir = new TempDirectory();
        using (var db = SequencerDatabase.Open(dir.Path))
        {
            var meta = new SequencerMeta(db);
            meta.BindGenesis("123");
            meta.BindGenesis("123");
        }
        using var reopened = SequencerDatabase.Open(dir.Path);
        var again = new SequencerMeta(reopened);
        Assert.Equal("123", again.Get(SequencerMeta.GenesisRootKey));
        var error = Assert.Throws<SequencerStorageException>(() => again.BindGenesis("456"));
        Assert.Contains("belongs to genesis root 123, not 456", error.Message);
    }
}
