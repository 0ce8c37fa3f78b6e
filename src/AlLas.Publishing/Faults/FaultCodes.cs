namespace AlLas.Publishing.Faults;

/// <summary>
/// The codes of failures that are not a mistake in the sources: the disk, the file system, the standard
/// output, or a fault of allas itself. Each is still one line naming a path and what to do.
/// </summary>
public static class FaultCodes
{
    public const string Internal = "AL0900";
    public const string DiskFull = "AL0901";
    public const string ReadOnly = "AL0902";
    public const string Permission = "AL0903";
    public const string IsFolder = "AL0904";
    public const string NotRegularFile = "AL0905";
    public const string StandardOutput = "AL0906";
    public const string TooDeep = "AL0907";
    public const string OutOfMemory = "AL0908";
    public const string InputOutput = "AL0909";
    public const string Missing = "AL0910";
    public const string LinkLoop = "AL0911";
    public const string OutsideRepository = "AL0912";
    public const string OverwritesInput = "AL0913";
}
