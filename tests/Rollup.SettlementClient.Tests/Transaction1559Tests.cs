using System.Numerics;
using System.Text.Json;
using Rollup.SettlementClient.Addresses;
using Rollup.SettlementClient.Primitives;
using Rollup.SettlementClient.Rlp;
using Rollup.SettlementClient.Signing;
using Rollup.SettlementClient.Transactions;

namespace Rollup.SettlementClient.Tests;

public class Transaction1559Tests
{
    public static TheoryData<int> Cases()
    {
        using var doc = Vectors.Load("eip1559_tx.json");
        var data = new TheoryData<int>();
        for (int i = 0; i < doc.RootElement.GetProperty("cases").GetArrayLength(); i++) data.Add(i);
        return data;
    }

    private static (Transaction1559 Tx, JsonElement Case) Load(int index)
    {
        using var doc = Vectors.Load("eip1559_tx.json");
        var c = doc.RootElement.GetProperty("cases")[index].Clone();
        var t = c.GetProperty("tx");
        BigInteger Num(string name) => BigInteger.Parse(t.GetProperty(name).ToString());
        var tx = new Transaction1559
        {
            ChainId = Num("chainId"),
            Nonce = Num("nonce"),
            MaxPriorityFeePerGas = Num("maxPriorityFeePerGas"),
            MaxFeePerGas = Num("maxFeePerGas"),
            GasLimit = Num("gasLimit"),
            To = AddressChecksum.Parse(t.GetProperty("to").GetString()!),
            Value = Num("value"),
            Data = Hex.Decode(t.GetProperty("data").GetString()!),
        };
        return (tx, c);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Payload_signing_hash_raw_and_hash_match_ethers(int index)
    {
        var (tx, c) = Load(index);
        Assert.Equal(c.GetProperty("unsigned_serialized").GetString(), Hex.Encode(tx.GetUnsignedPayload()));
        Assert.Equal(c.GetProperty("signing_hash").GetString(), Hex.Encode(tx.GetSigningHash()));
        var signed = tx.Sign(new EthECKey(c.GetProperty("private_key").GetString()!));
        Assert.Equal(c.GetProperty("signed_raw").GetString(), Hex.Encode(signed.GetRawTransaction()));
        Assert.Equal(c.GetProperty("tx_hash").GetString(), Hex.Encode(signed.GetHash()));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decoding_raw_tx_gives_back_fields_and_sender(int index)
    {
        var (tx, c) = Load(index);
        var decoded = Transaction1559Decoder.Decode(Hex.Decode(c.GetProperty("signed_raw").GetString()!));
        Assert.Equal(tx.ChainId, decoded.Transaction.ChainId);
        Assert.Equal(tx.Nonce, decoded.Transaction.Nonce);
        Assert.Equal(tx.MaxFeePerGas, decoded.Transaction.MaxFeePerGas);
        Assert.Equal(tx.MaxPriorityFeePerGas, decoded.Transaction.MaxPriorityFeePerGas);
        Assert.Equal(tx.GasLimit, decoded.Transaction.GasLimit);
        Assert.Equal(tx.To, decoded.Transaction.To);
        Assert.Equal(tx.Value, decoded.Transaction.Value);
        Assert.Equal(tx.Data, decoded.Transaction.Data);
        Assert.Equal(c.GetProperty("from").GetString(), AddressChecksum.ToChecksumAddress(decoded.RecoverSender()));
        Assert.Equal(c.GetProperty("tx_hash").GetString(), Hex.Encode(decoded.GetHash()));
    }

    [Fact]
    public void Access_list_and_contract_creation_round_trip_through_the_decoder()
    {
        var key = new EthECKey("0xd9edf598e566b685d315625694699ce4cc9078068fcdeecd9925298188643464");
        var tx = new Transaction1559
        {
            ChainId = 1, Nonce = 3, MaxPriorityFeePerGas = 2, MaxFeePerGas = 100, GasLimit = 21000,
            To = null,
            Data = [0x60, 0x00],
            AccessList = [new AccessListItem(key.GetAddress(), [new byte[32], Enumerable.Repeat((byte)7, 32).ToArray()])],
        };
        var raw = tx.Sign(key).GetRawTransaction();
        var decoded = Transaction1559Decoder.Decode(raw);
        Assert.Null(decoded.Transaction.To);
        Assert.Equal(key.GetAddress(), decoded.Transaction.AccessList[0].Address);
        Assert.Equal(7, decoded.Transaction.AccessList[0].StorageKeys[1][31]);
        Assert.Equal(raw, decoded.GetRawTransaction());
        Assert.Equal(key.GetAddress(), decoded.RecoverSender());
    }

    private static byte[] RawOf(int index)
    {
        var (_, c) = Load(index);
        return Hex.Decode(c.GetProperty("signed_raw").GetString()!);
    }

    private static byte[] Reencode(byte[] raw, Func<List<RlpItem>, List<RlpItem>> change)
    {
        var items = RlpDecoder.Decode(raw.AsSpan(1)).Items.ToList();
        return [0x02, .. RlpEncoder.Encode(RlpItem.FromList(change(items)))];
    }

    [Fact]
    public void Decoder_refuses_wrong_type_trailing_bytes_and_wrong_field_count()
    {
        var raw = RawOf(0);
        var legacy = (byte[])raw.Clone();
        legacy[0] = 0x01;
        Assert.Contains("type byte", Assert.Throws<TransactionException>(() => Transaction1559Decoder.Decode(legacy)).Message);
        Assert.Contains("trailing", Assert.Throws<TransactionException>(() => Transaction1559Decoder.Decode([.. raw, 0x00])).Message);
        Assert.Throws<TransactionException>(() => Transaction1559Decoder.Decode(raw.AsSpan(0, raw.Length - 1)));
        Assert.Contains("fields", Assert.Throws<TransactionException>(() => Transaction1559Decoder.Decode(Reencode(raw, f => f.Take(11).ToList()))).Message);
        Assert.Throws<TransactionException>(() => Transaction1559Decoder.Decode([]));
    }

    [Fact]
    public void Decoder_refuses_high_s_bad_parity_leading_zeros_and_bad_to()
    {
        var raw = RawOf(0);
        var n = BigInteger.Parse("115792089237316195423570985008687907852837564279074904382605163141518161494337");
        byte[] HighS(List<RlpItem> f)
        {
            var s = RlpDecoder.DecodeUInt(f[11]);
            return Reencode(raw, g => { g[11] = RlpItem.FromBytes(BigEndianInteger.ToMinimalBytes(n - s)); g[9] = RlpItem.FromBytes([1]); return g; });
        }
        var fields = RlpDecoder.Decode(raw.AsSpan(1)).Items.ToList();
        Assert.Contains("high-s", Assert.Throws<TransactionException>(() => Transaction1559Decoder.Decode(HighS(fields))).Message);
        Assert.Contains("yParity", Assert.Throws<TransactionException>(() => Transaction1559Decoder.Decode(Reencode(raw, g => { g[9] = RlpItem.FromBytes([2]); return g; }))).Message);
        Assert.Contains("leading zero", Assert.Throws<TransactionException>(() => Transaction1559Decoder.Decode(Reencode(raw, g => { g[2] = RlpItem.FromBytes([0, .. g[2].Bytes]); return g; }))).Message);
        Assert.Contains("'to'", Assert.Throws<TransactionException>(() => Transaction1559Decoder.Decode(Reencode(raw, g => { g[5] = RlpItem.FromBytes(new byte[19]); return g; }))).Message);
    }

    [Fact]
    public void Tampered_field_recovers_a_different_sender()
    {
        var (_, c) = Load(1);
        var raw = Hex.Decode(c.GetProperty("signed_raw").GetString()!);
        var tampered = Reencode(raw, g => { g[1] = RlpItem.FromBytes([8]); return g; });
        var decoded = Transaction1559Decoder.Decode(tampered);
        Assert.NotEqual(c.GetProperty("from").GetString(), AddressChecksum.ToChecksumAddress(decoded.RecoverSender()));
    }
}
