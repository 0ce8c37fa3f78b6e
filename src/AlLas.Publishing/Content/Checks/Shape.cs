namespace AlLas.Publishing.Content.Checks;

/// <summary>What a YAML value must look like, described in the words a message prints ("un número entero").</summary>
public abstract record Shape(string Description)
{
    public static Shape Text { get; } = new ScalarShape("un texto", ScalarKind.Text);
    public static Shape Integer { get; } = new ScalarShape("un número entero", ScalarKind.Integer);
    public static Shape Date { get; } = new ScalarShape("una fecha AAAA-MM-DD", ScalarKind.Date);
    public static Shape Boolean { get; } = new ScalarShape("true o false", ScalarKind.Boolean);

    public static Shape ListOf(Shape item) => new ListShape(item);

    /// <summary>A mapping with these keys; closed ones warn about any other key, which is most often a misspelling.</summary>
    public static Shape Map(bool closed, params Field[] fields) => new MapShape(fields, closed);
}

public enum ScalarKind { Text, Integer, Date, Boolean }

public sealed record ScalarShape(string Description, ScalarKind Kind) : Shape(Description);

public sealed record ListShape(Shape Item) : Shape("una lista");

public sealed record MapShape(IReadOnlyList<Field> Fields, bool Closed) : Shape("un mapa de claves y valores");

/// <summary>A key of a mapping. A required key may not be missing nor empty; any key may be empty (null) otherwise.</summary>
public sealed record Field(string Key, Shape Shape, bool Required = false, string? UniqueAmong = null);
