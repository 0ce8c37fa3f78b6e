using AlLas.Publishing.Content;
using AlLas.Publishing.Releases;
using AlLas.Publishing.Rendering;

namespace AlLas.Publishing.Review.Import;

/// <summary>
/// Keeps each release's draft (<see cref="ReleaseDraft"/>) once built, so that only the first import
/// of a release pays for building it again, and `allas release` can leave it ready. The files live
/// in the repository's git folder (.git/allas/versiones/), which git never tracks and a clone does
/// not copy. A file is used only for the same release (document, label, date, commit) and the very
/// same build of allas and of its Word writer; anything unreadable is built again.
/// </summary>
public static class ReleaseDraftCache
{
    private const string Magic = "allas-borrador-versión 3";

    /// <summary>What a draft depends on besides the release: the code that builds and reads it (a deterministic build's id changes with the code and its libraries).</summary>
    public static string Key(ReleaseRecord release, IDocumentWriter? docxWriter) =>
        string.Join('\n', Magic, release.Document, release.Label, release.Date, release.Commit,
            ReleaseCacheFile.BuildId,
            docxWriter is null ? "sin Word" : $"{docxWriter.GetType().FullName} {docxWriter.GetType().Assembly.ManifestModule.ModuleVersionId:N}");

    /// <param name="shared">Texts the draft's paragraphs may share rather than hold a copy of (the returned file's).</param>
    public static ReleaseDraft? Read(string root, ReleaseRecord release, string key, SharedTexts? shared = null) =>
        ReleaseCacheFile.Read(root, "", release.Document, release.Label, key, reader => Decode(reader, shared ?? SharedTexts.None));

    /// <summary>Keeps a draft; other builds' files for the same release go. A cache that cannot be written is no error.</summary>
    public static void Write(string root, ReleaseRecord release, string key, ReleaseDraft draft) =>
        ReleaseCacheFile.Write(root, "", release.Document, release.Label, key, writer => Encode(writer, draft));

    private static void Encode(BinaryWriter writer, ReleaseDraft draft)
    {
        // Sources by identity: the mapper tells two files apart by reference.
        var sources = new Dictionary<SourceText, int>(ReferenceEqualityComparer.Instance);
        int Index(SourceText source)
        {
            if (!sources.TryGetValue(source, out var index)) sources[source] = index = sources.Count;
            return index;
        }
        var data = draft.Data.Select(Index).ToList();
        var runs = new CharacterRuns([]);
        var paragraphs = draft.Paragraphs.Select(p => (p.Part, p.Text, Runs: runs.Add(p, Index), p.Kind, p.FieldResults)).ToList();

        writer.Write(sources.Count);
        foreach (var source in sources.Keys)
        {
            writer.Write(source.File);
            writer.Write(source.Text);
        }
        writer.Write(data.Count);
        foreach (var d in data) writer.Write(d);
        writer.Write(paragraphs.Count);
        foreach (var (part, text, slice, kind, fields) in paragraphs)
        {
            writer.Write(part);
            writer.Write(text);
            runs.Write(writer, slice);
            writer.Write(kind is { } k ? (int)k : -1);
            writer.Write(fields?.Count ?? -1);
            foreach (var field in fields ?? [])
            {
                writer.Write(field.Start);
                writer.Write(field.Length);
            }
        }
        writer.Write(draft.DocxSha256 ?? "");
        writer.Write(draft.OwnComments is not null);
        if (draft.OwnComments is { } comments)
        {
            writer.Write(comments.Count);
            foreach (var c in comments)
            {
                writer.Write(c.Author);
                writer.Write(c.Text);
                writer.Write(c.Quote);
            }
        }
        writer.Write(draft.OwnRevisions is not null);
        if (draft.OwnRevisions is { } revisions)
        {
            writer.Write(revisions.Count);
            foreach (var r in revisions)
            {
                writer.Write((int)r.Kind);
                writer.Write(r.Author);
                writer.Write(r.Text);
            }
        }
    }

    private static ReleaseDraft Decode(BinaryReader reader, SharedTexts shared)
    {
        var sources = new SourceText[Count(reader)];
        for (var i = 0; i < sources.Length; i++) sources[i] = new SourceText(reader.ReadString(), reader.ReadString());
        var data = new SourceText[Count(reader)];
        for (var i = 0; i < data.Length; i++) data[i] = sources[reader.ReadInt32()];
        var paragraphs = new TextTarget[Count(reader)];
        var runs = new CharacterRuns(sources);
        // A few parts for tens of thousands of paragraphs: each name is held once.
        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < paragraphs.Length; i++)
        {
            var name = reader.ReadString();
            var part = parts.TryGetValue(name, out var known) ? known : parts[name] = name;
            var text = shared.Read(reader);
            var slice = runs.Read(reader, text.Length);
            var kind = reader.ReadInt32();
            if (kind != -1 && !Enum.IsDefined(typeof(BlockKind), kind)) throw new InvalidDataException("tipo de bloque desconocido");
            var fieldCount = reader.ReadInt32();
            FieldResult[]? fields = null;
            if (fieldCount != -1)
            {
                if (fieldCount < 0 || fieldCount > reader.BaseStream.Length - reader.BaseStream.Position) throw new InvalidDataException("recuento no válido");
                fields = new FieldResult[fieldCount];
                for (var f = 0; f < fields.Length; f++) fields[f] = new FieldResult(reader.ReadInt32(), reader.ReadInt32());
            }
            paragraphs[i] = new CachedParagraph(part, text, runs, slice, kind == -1 ? null : (BlockKind)kind, fields);
        }
        var sha = reader.ReadString();
        List<ReleaseDraft.OwnComment>? comments = null;
        if (reader.ReadBoolean())
        {
            comments = [];
            for (var n = Count(reader); n > 0; n--) comments.Add(new(reader.ReadString(), reader.ReadString(), reader.ReadString()));
        }
        List<ReleaseDraft.OwnRevision>? revisions = null;
        if (reader.ReadBoolean())
        {
            revisions = [];
            for (var n = Count(reader); n > 0; n--)
            {
                var kind = reader.ReadInt32();
                if (!Enum.IsDefined(typeof(RevisionKind), kind)) throw new InvalidDataException("tipo de cambio desconocido");
                revisions.Add(new((RevisionKind)kind, reader.ReadString(), reader.ReadString()));
            }
        }
        return new ReleaseDraft
        {
            Paragraphs = paragraphs,
            Data = data,
            OwnComments = comments,
            OwnRevisions = revisions,
            DocxSha256 = sha.Length > 0 ? sha : null,
        };
    }

    private static int Count(BinaryReader reader) => ReleaseCacheFile.Count(reader);

    /// <summary>A paragraph read back from the cache: what <see cref="TextTarget.At"/> gave for each character when it was built.</summary>
    private sealed class CachedParagraph(string part, string text, CharacterRuns runs, Slice slice, BlockKind? kind, IReadOnlyList<FieldResult>? fields) : TextTarget
    {
        public override string Part => part;

        public override string Text => text;

        public override BlockKind? Kind => kind;

        public override IReadOnlyList<FieldResult>? FieldResults => fields;

        public override SourceChar? At(int index) => index < 0 || index >= text.Length ? null : runs.At(slice, index);
    }

    /// <summary>
    /// The source of every character of the draft's paragraphs, as runs: literal text maps to
    /// consecutive source offsets, generated text to the same span over and over, so a paragraph is a
    /// few runs. The runs of all the paragraphs are one list, a paragraph a slice of it: most
    /// paragraphs are one run, and a list of their own would weigh more than the run.
    /// </summary>
    private sealed class CharacterRuns(SourceText[] sources)
    {
        private const byte Verbatim = 1, Computed = 2, Stepping = 4, None = 8;

        private readonly List<Run> runs = [];

        private readonly record struct Run(int First, int Length, int Source, int Start, int End, byte Flags);

        /// <summary>Adds the runs of a paragraph being kept; its slice of the list.</summary>
        public Slice Add(TextTarget paragraph, Func<SourceText, int> index)
        {
            var first = runs.Count;
            for (var i = 0; i < paragraph.Text.Length; i++)
            {
                var c = paragraph.At(i);
                var source = c is { } s ? index(s.Source) : -1;
                var flags = c is { } f ? (byte)((f.Verbatim ? Verbatim : 0) | (f.Computed ? Computed : 0)) : None;
                var (start, end) = c is { } p ? (p.Start, p.End) : (0, 0);
                if (runs.Count > first)
                {
                    var last = runs[^1];
                    if (last.Source == source && (last.Flags & ~Stepping) == flags)
                    {
                        var step = last.Length == 1
                            ? (start == last.Start + 1 && end == last.End + 1 ? 1 : start == last.Start && end == last.End ? 0 : -1)
                            : (last.Flags & Stepping) != 0 ? 1 : 0;
                        if (step >= 0 && start == last.Start + step * last.Length && end == last.End + step * last.Length)
                        {
                            runs[^1] = last with { Length = last.Length + 1, Flags = (byte)(flags | (step == 1 ? Stepping : 0)) };
                            continue;
                        }
                    }
                }
                runs.Add(new Run(i, 1, source, start, end, flags));
            }
            return new Slice(first, runs.Count - first);
        }

        public void Write(BinaryWriter writer, Slice slice)
        {
            writer.Write(slice.Count);
            for (var r = slice.First; r < slice.First + slice.Count; r++)
            {
                var run = runs[r];
                writer.Write(run.Length);
                writer.Write(run.Source);
                writer.Write(run.Start);
                writer.Write(run.End);
                writer.Write(run.Flags);
            }
        }

        /// <summary>Reads the runs of a paragraph of <paramref name="length"/> characters; its slice of the list.</summary>
        public Slice Read(BinaryReader reader, int length)
        {
            var first = runs.Count;
            var at = 0;
            for (var n = Count(reader); n > 0; n--)
            {
                var run = new Run(at, reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadByte());
                if (run.Length <= 0 || run.Source < -1 || run.Source >= sources.Length || (run.Source < 0) != ((run.Flags & None) != 0))
                    throw new InvalidDataException("tramo no válido");
                runs.Add(run);
                at += run.Length;
            }
            if (at != length) throw new InvalidDataException("los tramos no cubren el párrafo");
            return new Slice(first, runs.Count - first);
        }

        public SourceChar? At(Slice slice, int index)
        {
            int low = slice.First, high = slice.First + slice.Count - 1;
            while (low < high)
            {
                var mid = (low + high + 1) / 2;
                if (runs[mid].First <= index) low = mid;
                else high = mid - 1;
            }
            var run = runs[low];
            if ((run.Flags & None) != 0) return null;
            var k = (run.Flags & Stepping) != 0 ? index - run.First : 0;
            return new SourceChar(sources[run.Source], run.Start + k, run.End + k, (run.Flags & Verbatim) != 0, (run.Flags & Computed) != 0);
        }
    }

    /// <summary>A paragraph's runs: [First, First + Count) of the draft's list.</summary>
    private readonly record struct Slice(int First, int Count);
}
