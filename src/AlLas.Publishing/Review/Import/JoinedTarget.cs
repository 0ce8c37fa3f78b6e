namespace AlLas.Publishing.Review.Import;

/// <summary>
/// Release paragraphs that a reviewer joined into one without Track Changes, read as one paragraph:
/// their texts one after the other, a space between them where neither side has one.
/// </summary>
public sealed class JoinedTarget : TextTarget
{
    private readonly int[] offsets;
    private readonly string text;

    public JoinedTarget(IReadOnlyList<TextTarget> targets)
    {
        Targets = targets;
        offsets = new int[targets.Count];
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < targets.Count; i++)
        {
            builder.Append(ParagraphGroups.Separator(builder, targets[i].Text));
            offsets[i] = builder.Length;
            builder.Append(targets[i].Text);
        }
        text = builder.ToString();
    }

    public IReadOnlyList<TextTarget> Targets { get; }

    public override string Part => Targets[0].Part;

    public override string Text => text;

    /// <summary>Where each joined paragraph starts in <see cref="Text"/>.</summary>
    public IReadOnlyList<int> Offsets => offsets;

    public override IReadOnlyList<FieldResult>? FieldResults
    {
        get
        {
            var all = new List<FieldResult>();
            for (var i = 0; i < Targets.Count; i++)
            {
                if (Targets[i].FieldResults is not { } fields) return null;
                all.AddRange(fields.Select(f => f with { Start = f.Start + offsets[i] }));
            }
            return all;
        }
    }

    public override SourceChar? At(int index) => Locate(index) is var (target, offset) && target is not null ? target.At(offset) : null;

    /// <summary>The joined paragraph that character <paramref name="index"/> belongs to and its offset there; no paragraph for a separating space.</summary>
    public (TextTarget? Target, int Offset) Locate(int index)
    {
        for (var i = Targets.Count - 1; i >= 0; i--)
        {
            if (index < offsets[i]) continue;
            return index < offsets[i] + Targets[i].Text.Length ? (Targets[i], index - offsets[i]) : (null, 0);
        }
        return (null, 0);
    }
}
