using System.Collections;

namespace AlLas.Publishing.Review.Import;

/// <summary>A read-only list equal to another with the same items in the same order, so that records holding one compare by what they say.</summary>
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] items;

    private ValueList(T[] items) => this.items = items;

    public static ValueList<T> Empty { get; } = new([]);

    public static ValueList<T> Of(IEnumerable<T>? items) => items switch
    {
        null => Empty,
        ValueList<T> list => list,
        _ => items.Any() ? new ValueList<T>([.. items]) : Empty,
    };

    public T this[int index] => items[index];

    public int Count => items.Length;

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();

    public bool Equals(ValueList<T>? other) => other is not null && items.SequenceEqual(other.items);

    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in items) hash.Add(item);
        return hash.ToHashCode();
    }
}
