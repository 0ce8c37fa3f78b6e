using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace AlLas.Publishing.Tests.Rendering.Docx;

/// <summary>
/// LibreOffice and pandoc, as the Word tests call them. Kept in one place so that the shared
/// wrappers of Support/ can replace it. A missing program skips the test by name, or fails it when
/// ALLAS_REQUIRE_TOOLS=1.
/// </summary>
internal static partial class DocxTools
{
    private static readonly SemaphoreSlim OneOffice = new(1);

    public static string RequireTool(string name, string install)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Where(d => d.Length > 0)
            .Select(d => Path.Combine(d, name))
            .FirstOrDefault(File.Exists);
        if (found is not null) return found;
        var reason = $"needs {name}: {install}";
        if (Environment.GetEnvironmentVariable("ALLAS_REQUIRE_TOOLS") == "1") Assert.Fail(reason + " (ALLAS_REQUIRE_TOOLS=1)");
        Assert.Skip(reason);
        throw new UnreachableException();
    }

    /// <summary>Converts with a profile and TMPDIR of its own; returns the PDF's path.</summary>
    public static string ConvertToPdf(string docx)
    {
        var soffice = RequireTool("soffice", "apt-get install libreoffice-writer");
        var work = Directory.CreateTempSubdirectory("allas-lo-").FullName;
        var profile = Path.Combine(work, "profile");
        var tmp = Directory.CreateDirectory(Path.Combine(work, "tmp")).FullName;
        OneOffice.Wait();
        try
        {
            var result = Run(soffice,
                [$"-env:UserInstallation=file://{profile}", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", work, docx],
                new() { ["TMPDIR"] = tmp, ["HOME"] = work }, TimeSpan.FromMinutes(3));
            var pdf = Path.Combine(work, Path.GetFileNameWithoutExtension(docx) + ".pdf");
            Assert.True(File.Exists(pdf), $"LibreOffice wrote no PDF\n{result}");
            return pdf;
        }
        finally
        {
            OneOffice.Release();
        }
    }

    public static int PdfPages(string pdf)
    {
        var pdfinfo = RequireTool("pdfinfo", "apt-get install poppler-utils");
        var result = Run(pdfinfo, [pdf], new(), TimeSpan.FromSeconds(30));
        var match = PagesLine().Match(result);
        Assert.True(match.Success, result);
        return int.Parse(match.Groups[1].Value);
    }

    public static string PdfText(string pdf)
    {
        var pdftotext = RequireTool("pdftotext", "apt-get install poppler-utils");
        var txt = pdf + ".txt";
        Run(pdftotext, ["-layout", pdf, txt], new(), TimeSpan.FromSeconds(30));
        return File.ReadAllText(txt);
    }

    /// <summary>pandoc's reading of a docx, as its JSON AST.</summary>
    public static string PandocJson(string docx)
    {
        var pandoc = RequireTool("pandoc", "apt-get install pandoc");
        return Run(pandoc, ["-f", "docx", "-t", "json", docx], new(), TimeSpan.FromMinutes(1), stdoutOnly: true);
    }

    private static string Run(string file, string[] args, Dictionary<string, string> env, TimeSpan timeout, bool stdoutOnly = false)
    {
        var psi = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var (k, v) in env) psi.Environment[k] = v;
        using var process = Process.Start(psi)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{file} did not finish within {timeout}");
        }
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', args)} exited {process.ExitCode}\n{stdout.Result}\n{stderr.Result}");
        return stdoutOnly ? stdout.Result : stdout.Result + stderr.Result;
    }

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();
}
