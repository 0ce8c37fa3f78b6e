namespace AlLas.Publishing.Rendering;

/// <summary>One file a writer produced, relative to the output folder; the build writes them all or none.</summary>
public sealed record OutputFile(string RelativePath, byte[] Content);
