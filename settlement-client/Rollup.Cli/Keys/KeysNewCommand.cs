using System.CommandLine;
using System.Security.Cryptography;
using Rollup.SettlementClient.Keys;
using Rollup.SettlementClient.Signing;

namespace Rollup.Cli.Keys;

/// <summary>`keys new --keystore PATH`: a fresh Ethereum key, encrypted into a new keystore file.</summary>
internal static class KeysNewCommand
{
    public static Command Create(CliContext context)
    {
        var options = new KeyOptions();
        options.Keystore.Required = true;
        var light = new Option<bool>("--light") { Description = "scrypt n = 2^12 (fast, weak: for tests and throwaway keys) instead of n = 2^18" };
        var json = new Option<bool>("--json") { Description = "print the result as JSON" };
        var command = new Command("new", "Create an Ethereum key and write it to a new Web3 keystore; prints its address and L2 key.") { light, json };
        options.AddTo(command);
        command.SetAction(parse => context.Run(() =>
        {
            var values = options.Read(parse);
            return Run(context, values.Keystore!, options.Password(values, context, confirm: true), parse.GetValue(light), parse.GetValue(json));
        }));
        return command;
    }

    internal static int Run(CliContext context, string keystorePath, PasswordSource password, bool light, bool json)
    {
        if (File.Exists(keystorePath)) throw new CliException(ExitCodes.Refused, $"{keystorePath} exists; a keystore is never overwritten");
        var secret = KeyErrors.Map(password.Read);
        var key = NewKey();
        var cost = light ? ScryptParameters.Light : ScryptParameters.Standard;
        try
        {
            context.Steps.Step($"encrypting to {keystorePath} (scrypt n = {cost.N})", () => Keystore.EncryptToFile(keystorePath, key, secret, cost));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCodes.BadInput, $"{keystorePath}: cannot write the keystore: {e.Message}", e);
        }
        KeyDescription.Of(key, keystorePath).Write(context, json);
        return ExitCodes.Ok;
    }

    private static EthECKey NewKey()
    {
        var bytes = new byte[32];
        try
        {
            while (true)
            {
                RandomNumberGenerator.Fill(bytes);
                try
                {
                    return new EthECKey(bytes);
                }
                catch (SignatureException)
                {
                    // 0 or >= n: probability about 2^-128, draw again.
                }
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }
}
