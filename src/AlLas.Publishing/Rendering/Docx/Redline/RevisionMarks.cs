using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AlLas.Publishing.Rendering.Docx.Redline;

/// <summary>
/// The author, date and id every tracked change carries. Ids start above every id the draft
/// already uses (bookmarks, comments, CriticMarkup revisions): Word wants them unique.
/// </summary>
internal sealed class RevisionMarks(string author, int firstId)
{
    private readonly int first = firstId;
    private int next = firstId;

    public string Author => author;

    /// <summary>How many ids were handed out: changes, and move ranges.</summary>
    public int Count => next - first;

    public string NextId() => (next++).ToString(CultureInfo.InvariantCulture);

    public static int FirstFreeId(params OpenXmlElement?[] roots)
    {
        var max = 0;
        foreach (var root in roots)
        {
            if (root is null) continue;
            foreach (var element in root.Descendants())
            {
                foreach (var attribute in element.GetAttributes())
                {
                    if (attribute.LocalName == "id" && attribute.NamespaceUri == "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
                        && int.TryParse(attribute.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
                        max = Math.Max(max, id);
                }
            }
        }
        return max + 1;
    }

    /// <summary>Runs as inserted, deleted or moved text, signed by the writers or by the reviewer whose proposal they are.</summary>
    public OpenXmlCompositeElement Wrap(OpKind kind, bool moved, Signature signature, IEnumerable<OpenXmlElement> runs)
    {
        var (by, date) = (signature.Author, signature.Date);
        OpenXmlCompositeElement wrapper = (kind, moved) switch
        {
            (OpKind.Insert, false) => new InsertedRun { Id = NextId(), Author = by, Date = date },
            (OpKind.Insert, true) => new MoveToRun { Id = NextId(), Author = by, Date = date },
            (OpKind.Delete, false) => new DeletedRun { Id = NextId(), Author = by, Date = date },
            _ => new MoveFromRun { Id = NextId(), Author = by, Date = date },
        };
        foreach (var run in runs) wrapper.Append(run);
        return wrapper;
    }

    /// <summary>The paragraph mark as inserted, deleted, moved from or moved to.</summary>
    public void Mark(Paragraph paragraph, OpKind kind, bool moved, DateTime date)
    {
        var pPr = paragraph.ParagraphProperties ??= new ParagraphProperties();
        var mark = pPr.ParagraphMarkRunProperties ??= new ParagraphMarkRunProperties();
        OpenXmlElement change = (kind, moved) switch
        {
            (OpKind.Insert, false) => new Inserted { Id = NextId(), Author = author, Date = date },
            (OpKind.Insert, true) => new MoveTo { Id = NextId(), Author = author, Date = date },
            (OpKind.Delete, false) => new Deleted { Id = NextId(), Author = author, Date = date },
            _ => new MoveFrom { Id = NextId(), Author = author, Date = date },
        };
        mark.PrependChild(change);
    }

    /// <summary>A table row inserted or deleted as a whole.</summary>
    public void Row(TableRow row, OpKind kind, DateTime date)
    {
        var trPr = row.TableRowProperties ?? row.PrependChild(new TableRowProperties());
        trPr.Append(kind == OpKind.Insert
            ? new Inserted { Id = NextId(), Author = author, Date = date }
            : new Deleted { Id = NextId(), Author = author, Date = date });
    }

    /// <summary>The run's format as it was in the release, kept so that rejecting restores it.</summary>
    public void FormatChange(Run run, RunProperties? before, DateTime date)
    {
        var rPr = run.RunProperties ?? run.PrependChild(new RunProperties());
        var previous = new PreviousRunProperties();
        if (before is not null)
            foreach (var child in before.ChildElements.Where(c => c is not RunPropertiesChange)) previous.Append(child.CloneNode(true));
        rPr.Append(new RunPropertiesChange(previous) { Id = NextId(), Author = author, Date = date });
    }

    public (OpenXmlElement Start, OpenXmlElement End) MoveRange(MoveInfo move, DateTime date)
    {
        var id = NextId();
        return move.From
            ? (new MoveFromRangeStart { Id = id, Name = move.Name, Author = author, Date = date }, new MoveFromRangeEnd { Id = id })
            : (new MoveToRangeStart { Id = id, Name = move.Name, Author = author, Date = date }, new MoveToRangeEnd { Id = id });
    }
}
