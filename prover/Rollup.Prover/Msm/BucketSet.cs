using Rollup.Prover.Curves;
using Rollup.Prover.Fields;

namespace Rollup.Prover.Msm;

/// <summary>
/// Pippenger buckets for one worker, reused window after window. Buckets are affine points, and
/// additions into them are queued in batches of independent additions (no bucket twice) that
/// share one field inversion: about 6 multiplications per addition instead of the 11 of a mixed
/// Jacobian addition. An addition whose bucket is already in the batch waits in a short queue
/// for the next batch; when that queue is full, or the bucket is taken again, it goes to a
/// Jacobian companion bucket instead, so a skewed input (many equal digits) costs at worst what
/// a plain Jacobian Pippenger costs. Small windows, where batches would be too short to pay for
/// the inversion, use the Jacobian buckets only.
/// </summary>
internal sealed partial class BucketSet<TP, TA, TF>
    where TP : struct, IJacobianPoint<TP, TA>
    where TA : struct, IAffinePoint<TA, TF>
    where TF : struct, IFieldElement<TF>
{
    private const int DoublingFlag = 1 << 30;

    /// <summary>Longest batch: beyond it the inversion is already amortised and the buckets' cache footprint grows.</summary>
    public const int MaxBatch = 2048;

    private readonly TA[] _buckets;
    private readonly TP[] _jacobian;
    private bool _jacobianUsed;
    private int _used;
    private int _batch;

    // The batch: entry k adds _addends[k] into bucket _entries[k] (doubles the bucket when the
    // flag is set), with slope denominator _denominators[k], inverted in place when flushed.
    private readonly bool[] _inBatch;
    private readonly int[] _entries;
    private readonly TA[] _addends;
    private readonly TF[] _denominators;
    private readonly TF[] _scratch;
    private int _count;

    // The reduction's running sums and partial sums, one pair per segment (see WeightedSum).
    private readonly TA[] _slots;

    // Additions that met their bucket in the batch, retried after the batch is done.
    private readonly int[] _waitingBuckets;
    private readonly TA[] _waitingPoints;
    private int _waiting;
    private int _waitLimit;

    public BucketSet(int bucketCount)
    {
        int capacity = BatchSize(bucketCount);
        _buckets = new TA[bucketCount];
        _buckets.AsSpan().Fill(TA.Infinity);
        _jacobian = new TP[bucketCount];
        _jacobian.AsSpan().Fill(TP.Infinity);
        _inBatch = new bool[bucketCount];
        _entries = new int[capacity];
        _addends = new TA[capacity];
        _denominators = new TF[capacity];
        _scratch = new TF[capacity];
        _slots = new TA[capacity];
        _slots.AsSpan().Fill(TA.Infinity);
        _waitingBuckets = new int[capacity / 2];
        _waitingPoints = new TA[capacity / 2];
    }

    public int Capacity => _buckets.Length;

    /// <summary>
    /// Additions per shared inversion for a window of this many buckets. An inversion costs a few
    /// hundred multiplications, so a batch should be long, but it may hold each bucket once and
    /// collisions rise as it fills: a quarter of the buckets, capped, measured best.
    /// </summary>
    public static int BatchSize(int buckets)
    {
        int batch = Math.Min(buckets / 4, MaxBatch);
        return batch < 64 ? 0 : batch;
    }

    /// <summary>Starts a sum over buckets 0 .. used − 1 (all empty).</summary>
    public void Start(int used)
    {
        if ((uint)used > (uint)_buckets.Length) throw new ArgumentOutOfRangeException(nameof(used));
        _used = used;
        _batch = Math.Min(BatchSize(used), _entries.Length);
        _waitLimit = _batch / 2;
    }

    /// <summary>Adds a finite point into a bucket.</summary>
    public void Add(int bucket, in TA point)
    {
        if (_inBatch[bucket])
        {
            if (_waiting < _waitLimit)
            {
                _waitingBuckets[_waiting] = bucket;
                _waitingPoints[_waiting++] = point;
            }
            else
            {
                AddJacobian(bucket, point);
            }
            return;
        }
        if (_batch == 0)
        {
            AddJacobian(bucket, point);
            return;
        }
        Enqueue(_buckets, bucket, point);
        if (_count >= _batch)
        {
            Flush(_buckets);
            Retry();
        }
    }

    private void AddJacobian(int bucket, in TA point)
    {
        _jacobian[bucket] = TP.AddMixed(_jacobian[bucket], point);
        _jacobianUsed = true;
    }

    /// <summary>
    /// Moves the waiting additions into the (just emptied) batch; fewer wait than a batch holds,
    /// so this cannot fill it. Two waiting for the same bucket: the second keeps waiting.
    /// Returns how many moved.
    /// </summary>
    private int Retry()
    {
        int waiting = _waiting;
        _waiting = 0;
        for (int i = 0; i < waiting; i++)
        {
            int bucket = _waitingBuckets[i];
            if (_inBatch[bucket])
            {
                _waitingBuckets[_waiting] = bucket;
                _waitingPoints[_waiting++] = _waitingPoints[i];
            }
            else
            {
                Enqueue(_buckets, bucket, _waitingPoints[i]);
            }
        }
        return waiting - _waiting;
    }

    /// <summary>
    /// Completes every pending addition. Additions that keep meeting their bucket (a skewed input)
    /// would need a batch each; when a round moves fewer than half of them, the rest go Jacobian.
    /// </summary>
    private void Drain()
    {
        Flush(_buckets);
        while (_waiting > 0)
        {
            int before = _waiting;
            int moved = Retry();
            if (2 * moved < before)
            {
                for (int i = 0; i < _waiting; i++) AddJacobian(_waitingBuckets[i], _waitingPoints[i]);
                _waiting = 0;
            }
            Flush(_buckets);
        }
    }
}
