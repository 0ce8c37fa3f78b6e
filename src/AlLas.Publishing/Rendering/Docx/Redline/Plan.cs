using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AlLas.Publishing.Rendering.Docx.Redline;

/// <summary>What became of the paragraphs and tables of one container (the body, a cell, a note).</summary>
internal sealed class ContainerPlan
{
    public List<GroupPlan> Groups { get; } = [];

    public bool Changed => Groups.Any(g => g.Changed);
}

internal abstract class GroupPlan
{
    public ContainerPlan Container { get; set; } = null!;

    public abstract bool Changed { get; }
}

/// <summary>How a move is written: both ends share a name, each end its own range.</summary>
internal sealed record MoveInfo(string Name, bool From);

/// <summary>
/// Old paragraphs and the new paragraphs they became (one to one, split, merged, only deleted,
/// only inserted, or moved), compared token by token, paragraph marks included, in one script.
/// </summary>
internal sealed class ParagraphGroup : GroupPlan
{
    public required List<Paragraph> Old { get; init; }

    public required List<Paragraph> New { get; init; }

    public required List<Token> OldTokens { get; init; }

    public required List<Token> NewTokens { get; init; }

    public required List<Op> Ops { get; init; }

    public MoveInfo? Move { get; set; }

    /// <summary>The begin (instruction, separator) of a field spanning the group, written first; its end, written last.</summary>
    public List<Token> FrameStart { get; init; } = [];

    public List<Token> FrameEnd { get; init; } = [];

    /// <summary>Notes referenced from both sides at the same place, compared in turn (by op index).</summary>
    public Dictionary<int, ContainerPlan> Notes { get; } = [];

    /// <summary>Comments to anchor: the op range they cover, ends included.</summary>
    public List<(int First, int Last, IReadOnlyList<string> Ids)> Anchors { get; } = [];

    private bool? changed;

    public override bool Changed => changed ??= Move is not null || Old.Count != New.Count
        || Ops.Any(o => o.Kind != OpKind.Equal)
        || FormatChanged()
        || Notes.Values.Any(n => n.Changed);

    /// <summary>Whether a kept word changed its format.</summary>
    private bool FormatChanged()
    {
        var formats = new FormatComparison();
        foreach (var o in Ops)
        {
            if (o.Kind != OpKind.Equal || OldTokens[o.Old].Kind != TokenKind.Text) continue;
            if (!formats.Same(OldTokens[o.Old].Format, NewTokens[o.New].Format)) return true;
        }
        return false;
    }

    public bool NeedsWriting => Changed || Anchors.Count > 0 || Notes.Values.Any(n => n.Groups.OfType<ParagraphGroup>().Any(g => g.NeedsWriting));
}

internal sealed class TableGroup : GroupPlan
{
    public Table? Old { get; init; }

    public Table? New { get; init; }

    public List<RowPlan> Rows { get; } = [];

    public override bool Changed => Old is null || New is null || Rows.Any(r => r.Changed);
}

internal sealed class RowPlan
{
    public TableRow? Old { get; init; }

    public TableRow? New { get; init; }

    /// <summary>One plan per cell, in order; for a row only inserted or deleted, plans with one side only.</summary>
    public List<ContainerPlan> Cells { get; } = [];

    public bool Changed => Old is null || New is null || Cells.Any(c => c.Changed);
}
