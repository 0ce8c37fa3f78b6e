namespace AlLas.Publishing.Review.Import;

/// <summary>
/// For each character of one text, the index of the same character in another, or -1 where it has
/// none (<see cref="TextDiff.CharacterMap"/>). Nearly every paragraph comes back as it was released:
/// its map is the identity, and an identity holds no array (a 5,000-page draft would hold ten million
/// entries for nothing).
/// </summary>
public readonly struct CharacterMap
{
    private readonly int[]? map;

    private CharacterMap(int[]? map, int length)
    {
        this.map = map;
        Length = length;
    }

    public int Length { get; }

    /// <summary>The index in the other text of character <paramref name="k"/> (0 ≤ k &lt; Length), or -1.</summary>
    public int this[int k] => map is null ? k : map[k];

    public static CharacterMap Identity(int length) => new(null, length);

    public static CharacterMap Of(int[] map) => new(map, map.Length);
}
