namespace LiveScore.LocalCloud.DynamoDb.Model;

using Item = IReadOnlyDictionary<string, AttributeValue>;

/// <summary>
/// Items kept in key order: a table's by (partition, sort) key, an index's by index key then table key.
/// Bounds select every entry whose key starts with a prefix, which is how a partition or a page after
/// ExclusiveStartKey is read without scanning from the start. A sorted list, found by binary search: reading a page
/// costs the page, whatever the size of the partition around it (a sorted set's range view counts its whole range).
/// </summary>
internal sealed class ItemStore
{
    private readonly List<Entry> entries = [];

    public int Count => entries.Count;

    public Item? Get(AttributeValue[] key) => Find(new Entry(key, Bound.Exact, EmptyItem)) is var i and >= 0 ? entries[i].Item : null;

    public void Set(AttributeValue[] key, Item item)
    {
        var entry = new Entry(key, Bound.Exact, item);
        var i = Find(entry);
        if (i >= 0) entries[i] = entry;
        else entries.Insert(~i, entry);
    }

    public void Remove(AttributeValue[] key)
    {
        var i = Find(new Entry(key, Bound.Exact, EmptyItem));
        if (i >= 0) entries.RemoveAt(i);
    }

    /// <summary>Entries whose key starts with prefix, in key order or reversed, optionally only those after a given key.</summary>
    public IEnumerable<Item> Read(AttributeValue[] prefix, bool forward, AttributeValue[]? exclusiveStart)
    {
        var lower = new Entry(prefix, Bound.BeforePrefix, EmptyItem);
        var upper = new Entry(prefix, Bound.AfterPrefix, EmptyItem);
        if (exclusiveStart is not null)
        {
            if (forward) lower = new Entry(exclusiveStart, Bound.AfterPrefix, EmptyItem);
            else upper = new Entry(exclusiveStart, Bound.BeforePrefix, EmptyItem);
        }
        // Bounds never equal a stored key, so the search lands between entries: ~index is where the range starts or ends.
        var (from, to) = (~Find(lower), ~Find(upper));
        return forward ? ReadForward(from, to) : ReadBackward(from, to);
    }

    // Lazily, so that a Limit stops the walk; the caller holds the engine's lock while it reads.
    private IEnumerable<Item> ReadForward(int from, int to)
    {
        for (var i = from; i < to; i++) yield return entries[i].Item;
    }

    private IEnumerable<Item> ReadBackward(int from, int to)
    {
        for (var i = to - 1; i >= from; i--) yield return entries[i].Item;
    }

    private int Find(Entry entry) => entries.BinarySearch(entry, EntryComparer.Instance);

    private static readonly Item EmptyItem = new Dictionary<string, AttributeValue>();

    private enum Bound { BeforePrefix = -1, Exact = 0, AfterPrefix = 1 }

    private sealed record Entry(AttributeValue[] Key, Bound Bound, Item Item);

    private sealed class EntryComparer : IComparer<Entry>
    {
        public static readonly EntryComparer Instance = new();

        public int Compare(Entry? x, Entry? y)
        {
            var common = Math.Min(x!.Key.Length, y!.Key.Length);
            for (var i = 0; i < common; i++)
            {
                var (a, b) = (x.Key[i], y.Key[i]);
                var c = a.Type != b.Type ? a.Type.CompareTo(b.Type) : a.CompareTo(b);
                if (c != 0) return c;
            }
            // Equal up to the shorter key: a bound on a prefix sorts before or after every key that extends it.
            if (x.Key.Length < y.Key.Length) return x.Bound == Bound.AfterPrefix ? 1 : -1;
            if (x.Key.Length > y.Key.Length) return y.Bound == Bound.AfterPrefix ? -1 : 1;
            return ((int)x.Bound).CompareTo((int)y.Bound);
        }
    }
}
