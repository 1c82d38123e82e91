namespace Rollup.SettlementClient.Tests.Keys;

/// <summary>The two test vectors of the Web3 Secret Storage Definition (password "testpassword").</summary>
internal static class KeystoreVectors
{
    public const string Password = "testpassword";
    public const string PrivateKey = "0x7a28b5ba57c53603b0b07b56bba752f7784bf506fa95edc395f5cf6c7514fe9d";
    public const string Address = "0x008aeeda4d805471df9b2a5b0f38a0c3bcba786b";

    public const string Pbkdf2 = """
        {
          "crypto": {
            "cipher": "aes-128-ctr",
            "cipherparams": { "iv": "6087dab2f9fdbbfaddc31a909735c1e6" },
            "ciphertext": "5318b4d5bcd28de64ee5559e671353e16f075ecae9f99c7a79a38af5f869aa46",
            "kdf": "pbkdf2",
            "kdfparams": {
              "c": 262144,
              "dklen": 32,
              "prf": "hmac-sha256",
              "salt": "ae3cd4e7013836a3df6bd7241b12db061dbe2c6785853cce422d148a624ce0bd"
            },
            "mac": "517ead924a9d0dc3124507e3393d175ce3ff7c1e96529c6c555ce9e51205e9b2"
          },
          "id": "3198bc9c-6672-5ab3-d995-4942343ae5b6",
          "version": 3
        }
        """;

    public const string Scrypt = """
        {
          "crypto": {
            "cipher": "aes-128-ctr",
            "cipherparams": { "iv": "83dbcc02d8ccb40e466191a123791e0e" },
            "ciphertext": "d172bf743a674da9cdad04534d56926ef8358534d458fffccd4e6ad2fbde479c",
            "kdf": "scrypt",
            "kdfparams": {
              "dklen": 32,
              "n": 262144,
              "p": 8,
              "r": 1,
              "salt": "ab0c7876052600dd703518d6fc3fe8984592145b591fc8fb5c6d43190334ba19"
            },
            "mac": "2103ac29920d71da29f15d75b4a16dbe95cfd7ff8faea1056c33131d846e3097"
          },
          "id": "3198bc9c-6672-5ab3-d995-4942343ae5b6",
          "version": 3
        }
        """;

    /// <summary>Written by ethers 6.17 encryptKeystoreJsonSync (scrypt n=1024 r=8 p=1): ethers writes "Crypto" and puts fields in its own order.</summary>
    public const string EthersPassword = "ethers pässword";
    public const string EthersPrivateKey = "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318";
    public const string EthersAddress = "0x2c7536e3605d9c16a7a3d7b1898e529396a65c23";

    public const string Ethers = """
        {"address":"2c7536e3605d9c16a7a3d7b1898e529396a65c23","id":"ed9e293a-ea70-4159-b1ca-4d844267a514","version":3,"Crypto":{"cipher":"aes-128-ctr","cipherparams":{"iv":"702637180634e3bbd37366416a041cd0"},"ciphertext":"9b217eeb2ca9651f3f43a77ca80e08d0861d67d8041e97b3baccda6618f74e65","kdf":"scrypt","kdfparams":{"salt":"d840231b136d6838567df68a15d8de40c9d2c4e3810b8b5833d2888c745782e1","n":1024,"dklen":32,"p":1,"r":8},"mac":"d6e79f33937c14dfa27c517ba18a953103464e3045810f99a832f1867df10de4"}}
        """;
}
