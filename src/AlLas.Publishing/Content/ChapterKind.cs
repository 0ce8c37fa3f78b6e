namespace AlLas.Publishing.Content;

public enum ChapterKind
{
    /// <summary>The cover page, drawn from templates/portada.md.sbn.</summary>
    Cover,

    /// <summary>Credits, disclaimer and unnumbered chapters such as a presentation.</summary>
    Front,

    /// <summary>A numbered chapter of the body.</summary>
    Body,

    /// <summary>A lettered annex.</summary>
    Annex,

    /// <summary>The back cover, drawn from templates/contraportada.md.sbn, after the annexes.</summary>
    BackCover,
}
