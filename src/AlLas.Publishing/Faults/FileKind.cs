using System.Runtime.InteropServices;

namespace AlLas.Publishing.Faults;

/// <summary>What a path names on disk, following links: a regular file is the only thing allas reads or replaces.</summary>
public enum FileKind { Missing, Regular, Folder, Other }

/// <summary>
/// The kind of a path, asked of the system (stat) since .NET tells a device or a FIFO from a file by no
/// public means: opening a FIFO to find out would wait for a writer forever.
/// </summary>
public static class FileKinds
{
    private const int TypeMask = 0xF000;
    private const int RegularType = 0x8000;
    private const int FolderType = 0x4000;

    public static FileKind Of(string path)
    {
        if (Directory.Exists(path)) return FileKind.Folder;
        if (!File.Exists(path)) return FileKind.Missing;
        return Mode(path) is { } mode && (mode & TypeMask) != RegularType
            ? (mode & TypeMask) == FolderType ? FileKind.Folder : FileKind.Other
            : FileKind.Regular;
    }

    /// <summary>st_mode of glibc's struct stat, whose offset differs between 64-bit x86 and ARM; null where unknown.</summary>
    private static int? Mode(string path)
    {
        if (!OperatingSystem.IsLinux()) return null;
        var offset = RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => 24,
            Architecture.Arm64 => 16,
            _ => -1,
        };
        if (offset < 0) return null;
        var buffer = new byte[256];
        try
        {
            return Stat(path, buffer) == 0 ? BitConverter.ToInt32(buffer, offset) : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    [DllImport("libc", EntryPoint = "stat")]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] buffer);
}
