using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AlLas.Publishing.Rendering.Docx.Redline;

/// <summary>
/// Notes copied from the release (for deleted and moved text) join the notes part at its end.
/// Word finds a note by its id, but LibreOffice takes the notes in the order they stand in the
/// part, one for each reference in the text: so the notes are put back in the order of their
/// references, and numbered in that order.
/// </summary>
internal static class NoteOrder
{
    public static void Normalize(OpenXmlElement body, Footnotes notes)
    {
        var references = body.Descendants<FootnoteReference>().ToList();
        var byId = notes.Elements<Footnote>().Where(n => (n.Id?.Value ?? 0) > 0)
            .ToDictionary(n => n.Id!.Value.ToString(CultureInfo.InvariantCulture));
        var order = new List<Footnote>();
        var renumbered = new Dictionary<string, long>();
        foreach (var reference in references)
        {
            var id = reference.Id?.Value.ToString(CultureInfo.InvariantCulture) ?? "";
            if (!renumbered.ContainsKey(id) && byId.TryGetValue(id, out var note))
            {
                renumbered[id] = order.Count + 1;
                order.Add(note);
            }
        }
        order.AddRange(byId.Values.Where(n => !order.Contains(n)));
        foreach (var note in order) note.Remove();
        for (var i = 0; i < order.Count; i++) order[i].Id = i + 1;
        foreach (var reference in references)
            if (renumbered.TryGetValue(reference.Id?.Value.ToString(CultureInfo.InvariantCulture) ?? "", out var id)) reference.Id = id;
        notes.Append(order);
    }
}
