using Rollup.SettlementClient.Keys;

namespace Rollup.Cli.Keys;

/// <summary>Turns key-loading failures into exit codes; their messages already name the source and never the secret.</summary>
internal static class KeyErrors
{
    public static T Map<T>(Func<T> load)
    {
        try
        {
            return load();
        }
        catch (KeystorePasswordException e)
        {
            throw new CliException(ExitCodes.Refused, e.Message, e);
        }
        catch (Exception e) when (e is KeystoreException or KeySourceException)
        {
            throw new CliException(ExitCodes.BadInput, e.Message, e);
        }
    }
}
