using System.Diagnostics;
using System.Xml.Linq;

namespace AlLas.Publishing.Rendering.Pdf;

/// <summary>
/// LibreOffice Writer, headless, turning a docx into PDF. Each conversion has its own user profile
/// (a shared or stale one makes soffice fail without a word) holding one Basic macro (see
/// <see cref="ContentsPagesMacro"/>), which sets the table of contents' page numbers and exports.
/// </summary>
public sealed class LibreOfficePdf(string soffice)
{
    public const string Variable = "ALLAS_SOFFICE";

    public const string HowToInstall =
        "instálelo (Debian/Ubuntu: sudo apt-get install libreoffice-writer; macOS: brew install --cask libreoffice; " +
        "Windows: winget install TheDocumentFoundation.LibreOffice) o indique la ruta de soffice en " + Variable;

    /// <summary>How long one document may take before the conversion is given up.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    private static readonly XNamespace Library = "http://openoffice.org/2000/library";
    private static readonly XNamespace Script = "http://openoffice.org/2000/script";

    public string Soffice { get; } = soffice;

    /// <summary>soffice from ALLAS_SOFFICE, the PATH, or where the installers put it; null when none is there.</summary>
    public static LibreOfficePdf? Find()
    {
        var chosen = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrEmpty(chosen)) return File.Exists(chosen) ? new LibreOfficePdf(chosen) : null;
        var names = OperatingSystem.IsWindows() ? new[] { "soffice.exe", "soffice.com" } : ["soffice", "libreoffice"];
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => names.Select(name => Path.Combine(dir, name)));
        string[] installed =
        [
            "/usr/lib/libreoffice/program/soffice",
            "/opt/libreoffice/program/soffice",
            "/Applications/LibreOffice.app/Contents/MacOS/soffice",
            @"C:\Program Files\LibreOffice\program\soffice.exe",
        ];
        var found = onPath.Concat(installed).FirstOrDefault(File.Exists);
        return found is null ? null : new LibreOfficePdf(found);
    }

    public static LibreOfficePdf Require()
    {
        if (Find() is { } found) return found;
        var chosen = Environment.GetEnvironmentVariable(Variable);
        var message = string.IsNullOrEmpty(chosen)
            ? $"no se encuentra LibreOffice (soffice), que convierte el borrador Word a PDF: {HowToInstall}"
            : $"{Variable}={chosen} no existe; LibreOffice convierte el borrador Word a PDF: {HowToInstall}";
        throw new SourceException("--format pdf", "AL0080", message);
    }

    /// <summary>The PDF of a docx; name is the docx's name in messages.</summary>
    public byte[] Convert(byte[] docx, string name) =>
        RunMacro(docx, name, "ExportPdf", (target, _) => File.ReadAllBytes(target));

    /// <summary>
    /// The page each table-of-contents entry's heading is on as LibreOffice lays the docx out, by the
    /// bookmark the entry links to, numbered as the page prints its number.
    /// </summary>
    public IReadOnlyDictionary<string, string> ContentsPages(byte[] docx, string name) =>
        RunMacro(docx, name, "ReportContentsPages", (_, report) =>
        {
            var pages = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var line in report.Split('\n').Skip(1))
            {
                var tab = line.IndexOf('\t');
                if (tab > 0 && line[(tab + 1)..].Trim() is { Length: > 0 } page) pages[line[..tab]] = page;
            }
            return (IReadOnlyDictionary<string, string>)pages;
        });

    /// <summary>Runs one of the module's subs on a copy of the docx; read gets the PDF's path and the report.</summary>
    private T RunMacro<T>(byte[] docx, string name, string sub, Func<string, string, T> read)
    {
        var work = Directory.CreateTempSubdirectory("allas-pdf-");
        try
        {
            var profile = Path.Combine(work.FullName, "perfil");
            var source = Path.Combine(work.FullName, "borrador.docx");
            var target = Path.Combine(work.FullName, "borrador.pdf");
            var report = Path.Combine(work.FullName, "informe.txt");
            File.WriteAllBytes(source, docx);

            // A first start lays out the profile; the macro goes into it afterwards, or soffice would replace it.
            Run(name, work.FullName, [Profile(profile), "--headless", "--terminate_after_init"]);
            InstallMacro(profile);
            var output = Run(name, work.FullName,
            [
                Profile(profile), "--headless", "--norestore", "--nolockcheck",
                $"macro:///Standard.{MacroModule}.{sub}(\"{source}\",\"{target}\",\"{report}\")",
            ]);

            var outcome = File.Exists(report) ? File.ReadAllText(report).Trim() : null;
            if (outcome is null || !outcome.StartsWith("ok", StringComparison.Ordinal) || !File.Exists(target) || new FileInfo(target).Length == 0)
                throw new SourceException(name, "AL0082", $"LibreOffice no pudo convertirlo a PDF: {outcome ?? "no llegó a ejecutar la conversión"}{(output.Length > 0 ? $" ({output.Trim()})" : "")}");
            return read(target, outcome);
        }
        finally
        {
            try { work.Delete(recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }

    private const string MacroModule = ContentsPagesMacro.Module;

    private static string Profile(string folder) => "-env:UserInstallation=" + new Uri(Path.GetFullPath(folder)).AbsoluteUri;

    /// <summary>Module and library index in the profile's own Basic library, Standard, where macro:/// finds them.</summary>
    private static void InstallMacro(string profile)
    {
        var standard = Path.Combine(profile, "user", "basic", "Standard");
        Directory.CreateDirectory(standard);
        var module = new XDocument(
            new XDocumentType("script:module", "-//OpenOffice.org//DTD OfficeDocument 1.0//EN", "module.dtd", null),
            new XElement(Script + "module",
                new XAttribute(XNamespace.Xmlns + "script", Script),
                new XAttribute(Script + "name", MacroModule),
                new XAttribute(Script + "language", "StarBasic"),
                ContentsPagesMacro.Source));
        module.Save(Path.Combine(standard, MacroModule + ".xba"));
        var index = new XDocument(
            new XDocumentType("library:library", "-//OpenOffice.org//DTD OfficeDocument 1.0//EN", "library.dtd", null),
            new XElement(Library + "library",
                new XAttribute(XNamespace.Xmlns + "library", Library),
                new XAttribute(Library + "name", "Standard"),
                new XAttribute(Library + "readonly", "false"),
                new XAttribute(Library + "passwordprotected", "false"),
                new XElement(Library + "element", new XAttribute(Library + "name", MacroModule))));
        index.Save(Path.Combine(standard, "script.xlb"));
    }

    /// <summary>Runs soffice to its end with its own temporary folder; returns what it printed.</summary>
    private string Run(string name, string work, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(Soffice)
        {
            WorkingDirectory = work,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["TMPDIR"] = work;
        using var process = Process.Start(start) ?? throw new SourceException(name, "AL0081", $"no se pudo iniciar {Soffice}");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            throw new SourceException(name, "AL0081", $"LibreOffice no terminó la conversión en {Limit.TotalMinutes:0} minutos");
        }
        process.WaitForExit();
        return stdout.Result + stderr.Result;
    }
}
