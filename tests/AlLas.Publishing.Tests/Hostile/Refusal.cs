using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Hostile;

/// <summary>What a user must see when allas refuses an input: exit code 2, one message naming the file, no crash.</summary>
public static class Refusal
{
    public static void Assert2(ProcessResult result, string names)
    {
        Assert.True(result.ExitCode == 2, result.ToString());
        AssertNoCrash(result);
        Assert.Contains(names, result.StdErr);
    }

    /// <summary>`check` lists the problem (exit code 1) at the place named.</summary>
    public static void AssertListed(ProcessResult result, string names)
    {
        Assert.True(result.ExitCode == 1, result.ToString());
        AssertNoCrash(result);
        Assert.Contains(names, result.StdOut);
    }

    public static void AssertNoCrash(ProcessResult result)
    {
        var all = result.StdOut + result.StdErr;
        Assert.DoesNotContain("Unhandled exception", all);
        Assert.DoesNotContain("   at ", all);
        Assert.DoesNotContain("Exception:", all);
    }

    /// <summary>A named pipe: reading it waits for a writer that never comes.</summary>
    public static string MakeFifo(string path)
    {
        if (!OperatingSystem.IsLinux()) Assert.Skip("FIFOs are a Unix thing; these checks run on Linux");
        var made = ExternalTool.Run("mkfifo", [path], null, null, TimeSpan.FromSeconds(10));
        Assert.True(made.ExitCode == 0, made.ToString());
        return path;
    }
}
