using System.Diagnostics;
using System.Text.Json;

namespace AlLas.Publishing.Tests.Support;

/// <summary>
/// LibreOffice Writer as a second word processor: it opens our docx, converts it to PDF, and through
/// its UNO API acts as a reviewer (comments, tracked changes, accept or reject all).
/// Every run gets its own user profile and TMPDIR: a shared profile or a stale lock file makes later
/// loads fail without a word.
/// </summary>
public sealed class LibreOffice
{
    private const string HowToInstall = "apt-get install libreoffice-writer python3-uno (not -nogui: it aborts on UNO comments)";

    /// <summary>The interpreter with the uno module; the python3 first on PATH may not have it.</summary>
    public const string UnoPython = "/usr/bin/python3";

    public static TimeSpan DefaultTimeout { get; } = TimeSpan.FromMinutes(2);

    /// <summary>Tools/uno in the source tree: allas_uno.py (helpers to import) and docx.py (ready script).</summary>
    public static string UnoScripts => Path.Combine(RepoPaths.Tests, "Tools", "uno");

    public string Soffice { get; }

    private LibreOffice(string soffice) => Soffice = soffice;

    public static LibreOffice? Find()
    {
        var soffice = ExternalTool.Find("soffice",
            Environment.GetEnvironmentVariable("ALLAS_SOFFICE"), "/usr/lib/libreoffice/program/soffice");
        return soffice is null ? null : new LibreOffice(soffice);
    }

    public static LibreOffice Require()
    {
        var lo = Find();
        if (lo is null) ExternalTool.Unavailable("LibreOffice (soffice)", HowToInstall);
        return lo;
    }

    /// <summary>Like Require, and also the Python-UNO bridge that RunUno needs.</summary>
    public static LibreOffice RequireUno()
    {
        var lo = Require();
        if (!File.Exists(UnoPython)) ExternalTool.Unavailable("python3-uno", HowToInstall);
        var probe = ExternalTool.Run(UnoPython, ["-c", "import uno"], timeout: TimeSpan.FromSeconds(30));
        if (probe.ExitCode != 0) ExternalTool.Unavailable("python3-uno (import uno failed)", HowToInstall);
        return lo;
    }

    /// <summary>
    /// Converts a docx (or anything Writer opens) to PDF; returns the PDF's path, in outputDirectory
    /// or beside the source. Fails with soffice's output when no PDF comes out: soffice itself exits 0
    /// on many load errors.
    /// </summary>
    public string ConvertToPdf(string document, string? outputDirectory = null, TimeSpan? timeout = null) =>
        ConvertToPdf([document], outputDirectory, timeout)[0];

    /// <summary>Several documents in one soffice run (each start costs seconds); PDFs in the same order.</summary>
    public IReadOnlyList<string> ConvertToPdf(IReadOnlyList<string> documents, string? outputDirectory = null, TimeSpan? timeout = null)
    {
        using var scratch = new TempDir();
        var outDir = scratch.Dir("out");
        // Private copies keep soffice's lock files out of the caller's folders, and their own names
        // keep two sources called alike from overwriting each other's PDF.
        var copies = documents.Select((d, i) =>
        {
            var full = Path.GetFullPath(d);
            if (!File.Exists(full)) throw new FileNotFoundException("no document to convert", full);
            var copy = scratch.File($"in{i}{Path.GetExtension(full)}");
            File.Copy(full, copy);
            return copy;
        }).ToList();

        var result = RunSoffice(scratch,
            ["--headless", "--norestore", "--nolockcheck", "--convert-to", "pdf", "--outdir", outDir, .. copies],
            timeout ?? DefaultTimeout * Math.Max(1, documents.Count));

        var pdfs = new List<string>();
        for (var i = 0; i < documents.Count; i++)
        {
            var source = Path.GetFullPath(documents[i]);
            var produced = Path.Combine(outDir, $"in{i}.pdf");
            if (result.ExitCode != 0 || !File.Exists(produced) || new FileInfo(produced).Length == 0)
                throw new InvalidOperationException($"LibreOffice did not convert {source} to PDF\n{result}");
            var target = Path.Combine(outputDirectory ?? Path.GetDirectoryName(source)!,
                Path.GetFileNameWithoutExtension(source) + ".pdf");
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(produced, target, overwrite: true);
            pdfs.Add(target);
        }
        return pdfs;
    }

    /// <summary>
    /// Runs a Python-UNO script with /usr/bin/python3 against a headless soffice started for this call
    /// on a private pipe, stopped afterwards. The script reads the address from ALLAS_UNO_CONNECT
    /// (allas_uno.connect() does) and can `import allas_uno`. Fails with both programs' output when
    /// the script exits non-zero. Give it copies of shared inputs: Writer locks what it opens.
    /// </summary>
    public ProcessResult RunUno(string script, IEnumerable<string> arguments, TimeSpan? timeout = null)
    {
        script = Path.GetFullPath(script);
        var limit = timeout ?? DefaultTimeout;
        using var scratch = new TempDir();
        var pipe = "allas-" + Guid.NewGuid().ToString("N")[..12];

        ExternalTool.HeavyGate.Wait();
        Process? soffice = null;
        try
        {
            soffice = Process.Start(SofficeStartInfo(scratch,
                ["--headless", "--invisible", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
                 $"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext"]))!;
            soffice.StandardInput.Close();
            var sofficeOut = soffice.StandardOutput.ReadToEndAsync();
            var sofficeErr = soffice.StandardError.ReadToEndAsync();

            var pythonPath = string.Join(Path.PathSeparator,
                new[] { Path.GetDirectoryName(script)!, UnoScripts, Environment.GetEnvironmentVariable("PYTHONPATH") }
                    .Where(p => !string.IsNullOrEmpty(p)).Distinct());
            var result = ExternalTool.Run(UnoPython, [script, .. arguments], scratch.Path,
                new Dictionary<string, string?>
                {
                    ["ALLAS_UNO_CONNECT"] = $"pipe,name={pipe}",
                    ["PYTHONPATH"] = pythonPath,
                    ["PYTHONIOENCODING"] = "utf-8",
                    ["PYTHONDONTWRITEBYTECODE"] = "1",
                    ["TMPDIR"] = scratch.Dir("tmp"),
                }, limit);

            if (result.ExitCode != 0)
            {
                Stop(soffice);
                throw new InvalidOperationException(
                    $"UNO script failed\n{result}\n--- soffice ---\n{Completed(sofficeOut)}{Completed(sofficeErr)}");
            }
            return result;
        }
        finally
        {
            if (soffice is not null) Stop(soffice);
            soffice?.Dispose();
            ExternalTool.HeavyGate.Release();
        }
    }

    public ProcessResult RunUno(string script, params string[] arguments) => RunUno(script, arguments, null);

    /// <summary>
    /// Opens a docx in Writer, applies reviewer steps (see Tools/uno/docx.py and UnoStep), saves the
    /// result to output when given, and returns what Writer then sees: paragraphs, comments, redlines.
    /// </summary>
    public UnoDump Review(string input, string? output, params UnoStep[] steps)
    {
        using var scratch = new TempDir();
        // Writer leaves a lock file beside what it opens when it is stopped early; a private copy
        // keeps it out of the caller's folder (and out of the shared corpus).
        var copy = scratch.File("in" + Path.GetExtension(input));
        File.Copy(input, copy);
        var args = new List<string> { copy };
        if (output is not null) args.Add(Path.GetFullPath(output));
        if (steps.Length > 0)
        {
            var ops = scratch.File("ops.json");
            File.WriteAllText(ops, JsonSerializer.Serialize(steps.Select(s => s.Json)));
            args.AddRange(["--ops", ops]);
        }
        var result = RunUno(Path.Combine(UnoScripts, "docx.py"), args);
        var json = result.StdOut.Trim().Split('\n').Last();
        return JsonSerializer.Deserialize<UnoDump>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidOperationException($"no dump from docx.py\n{result}");
    }

    public UnoDump Dump(string input) => Review(input, null);
    public UnoDump AcceptAll(string input, string output) => Review(input, output, UnoStep.AcceptAll());
    public UnoDump RejectAll(string input, string output) => Review(input, output, UnoStep.RejectAll());

    private ProcessResult RunSoffice(TempDir scratch, string[] arguments, TimeSpan timeout)
    {
        ExternalTool.HeavyGate.Wait();
        try
        {
            return ExternalTool.Run(Soffice, SofficeArguments(scratch, arguments), scratch.Path,
                new Dictionary<string, string?> { ["TMPDIR"] = scratch.Dir("tmp") }, timeout);
        }
        finally
        {
            ExternalTool.HeavyGate.Release();
        }
    }

    private ProcessStartInfo SofficeStartInfo(TempDir scratch, string[] arguments)
    {
        var psi = new ProcessStartInfo(Soffice)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = scratch.Path,
        };
        foreach (var a in SofficeArguments(scratch, arguments)) psi.ArgumentList.Add(a);
        psi.Environment["TMPDIR"] = scratch.Dir("tmp");
        return psi;
    }

    private static IEnumerable<string> SofficeArguments(TempDir scratch, string[] arguments) =>
        ["-env:UserInstallation=" + new Uri(scratch.Dir("profile") + "/").AbsoluteUri, .. arguments];

    private static void Stop(Process soffice)
    {
        try
        {
            if (!soffice.HasExited) soffice.Kill(entireProcessTree: true);
            soffice.WaitForExit(10_000);
        }
        catch (InvalidOperationException) { }
    }

    private static string Completed(Task<string> output) =>
        output.Wait(TimeSpan.FromSeconds(5)) ? output.Result : "";
}

/// <summary>What Writer sees in a document (Tools/uno/docx.py's JSON).</summary>
public sealed record UnoDump(List<string> Paragraphs, List<UnoComment> Comments, List<UnoRedline> Redlines);

public sealed record UnoComment(string Author, string Content, string Anchor);

public sealed record UnoRedline(string Type, string Author);

/// <summary>One reviewer action for Tools/uno/docx.py.</summary>
public sealed class UnoStep
{
    private UnoStep(Dictionary<string, object> json) => Json = json;

    public IReadOnlyDictionary<string, object> Json { get; }


    public static UnoStep Author(string name) => new(new() { ["op"] = "author", ["name"] = name });
    public static UnoStep TrackChanges(bool on = true) => new(new() { ["op"] = "track", ["on"] = on });
    public static UnoStep Comment(string find, string text, string author) =>
        new(new() { ["op"] = "comment", ["find"] = find, ["text"] = text, ["author"] = author });
    public static UnoStep Replace(string find, string text) => new(new() { ["op"] = "replace", ["find"] = find, ["text"] = text });
    public static UnoStep InsertAfter(string find, string text) => new(new() { ["op"] = "insert-after", ["find"] = find, ["text"] = text });
    public static UnoStep Delete(string find) => new(new() { ["op"] = "delete", ["find"] = find });
    public static UnoStep AcceptAll() => new(new() { ["op"] = "accept-all" });
    public static UnoStep RejectAll() => new(new() { ["op"] = "reject-all" });
}
