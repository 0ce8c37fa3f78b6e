namespace AlLas.Publishing.Tests.Support;

/// <summary>
/// Headless Chromium: how a page looks (screenshot), what the DOM is once scripts ran, and how it
/// prints. Every run has a fresh profile and no network chatter of its own.
/// </summary>
public sealed class Chromium
{
    private const string HowToInstall = "apt-get install chromium (or set ALLAS_CHROMIUM)";

    private static readonly string[] QuietFlags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
    ];

    public string Executable { get; }

    private Chromium(string executable) => Executable = executable;

    public static Chromium? Find()
    {
        var exe = ExternalTool.Find(null, Environment.GetEnvironmentVariable("ALLAS_CHROMIUM"), "/usr/bin/chromium")
            ?? ExternalTool.Find("chromium") ?? ExternalTool.Find("chromium-browser") ?? ExternalTool.Find("google-chrome");
        return exe is null ? null : new Chromium(exe);
    }

    public static Chromium Require()
    {
        var chromium = Find();
        if (chromium is null) ExternalTool.Unavailable("Chromium", HowToInstall);
        return chromium;
    }

    /// <summary>A PNG of the page at a viewport of width x height CSS pixels; returns png.</summary>
    public string Screenshot(string urlOrFile, string png, int width = 1280, int height = 900)
    {
        png = Path.GetFullPath(png);
        Run([$"--window-size={width},{height}", "--screenshot=" + png, ToUrl(urlOrFile)], png);
        return png;
    }

    /// <summary>The serialized DOM after the page loaded and its scripts ran.</summary>
    public string DumpDom(string urlOrFile, params string[] flags)
    {
        var result = Run([.. flags, "--dump-dom", ToUrl(urlOrFile)], null);
        return result.StdOut;
    }

    /// <summary>The page printed as the print stylesheet asks (no browser header or footer); returns pdf.</summary>
    public string PrintToPdf(string urlOrFile, string pdf)
    {
        pdf = Path.GetFullPath(pdf);
        Run(["--no-pdf-header-footer", "--print-to-pdf=" + pdf, ToUrl(urlOrFile)], pdf);
        return pdf;
    }

    public static string ToUrl(string urlOrFile) =>
        urlOrFile.Contains("://") ? urlOrFile : new Uri(Path.GetFullPath(urlOrFile)).AbsoluteUri;

    private ProcessResult Run(string[] arguments, string? expectedFile)
    {
        using var scratch = new TempDir();
        if (expectedFile is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(expectedFile)!);
            File.Delete(expectedFile);
        }
        ProcessResult result;
        ExternalTool.HeavyGate.Wait();
        try
        {
            result = ExternalTool.Run(Executable, [.. QuietFlags, "--user-data-dir=" + scratch.Dir("profile"), .. arguments],
                scratch.Path, new Dictionary<string, string?> { ["TMPDIR"] = scratch.Dir("tmp") }, TimeSpan.FromMinutes(1));
        }
        finally
        {
            ExternalTool.HeavyGate.Release();
        }
        if (result.ExitCode != 0 || (expectedFile is not null && !File.Exists(expectedFile)))
            throw new InvalidOperationException($"Chromium failed\n{result}");
        return result;
    }
}
