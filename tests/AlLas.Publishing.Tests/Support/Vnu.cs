using System.Text.Json;
using System.Text.Json.Serialization;

namespace AlLas.Publishing.Tests.Support;

/// <summary>One finding of the Nu HTML checker. Type is "error", "info" (SubType "warning" or none) or "non-document-error".</summary>
public sealed record VnuMessage(
    string Type,
    string? SubType,
    string Message,
    string? Url,
    int? FirstLine,
    int? LastLine,
    int? FirstColumn,
    int? LastColumn,
    string? Extract)
{
    public bool IsError => Type is "error" or "non-document-error";
    public bool IsWarning => Type == "info" && SubType == "warning";

    public override string ToString() =>
        $"{Url}:{FirstLine ?? LastLine}:{FirstColumn}: {Type}{(SubType is null ? "" : "/" + SubType)}: {Message}" +
        (Extract is null ? "" : $"\n    {Extract.ReplaceLineEndings(" ")}");
}

/// <summary>
/// The W3C Nu HTML checker (vnu.jar from npm's vnu-jar, run by java). It writes its JSON report on
/// stderr and exits 1 when it finds errors.
/// </summary>
public sealed class Vnu
{
    private const string HowToInstall =
        "a JRE (apt-get install default-jre-headless) and vnu.jar (npm install --ignore-scripts vnu-jar; set ALLAS_VNU_JAR to its build/dist/vnu.jar)";

    private const string JarInPackage = "node_modules/vnu-jar/build/dist/vnu.jar";

    public string Java { get; }
    public string Jar { get; }

    private Vnu(string java, string jar) => (Java, Jar) = (java, jar);

    public static Vnu? Find()
    {
        var java = ExternalTool.Find("java", Environment.GetEnvironmentVariable("JAVA_HOME") is { } home ? Path.Combine(home, "bin", "java") : null);
        var jar = ExternalTool.Find(null,
            Environment.GetEnvironmentVariable("ALLAS_VNU_JAR"),
            Path.Combine(RepoPaths.Root, JarInPackage),
            Path.Combine(RepoPaths.Root, "..", JarInPackage),
            Path.Combine(RepoPaths.Root, "..", "vnu", JarInPackage),
            Path.Combine("/tmp/vnu", JarInPackage),
            "/usr/local/lib/" + JarInPackage,
            "/usr/lib/" + JarInPackage);
        return java is null || jar is null ? null : new Vnu(java, jar);
    }

    public static Vnu Require()
    {
        var vnu = Find();
        if (vnu is null) ExternalTool.Unavailable("the Nu HTML checker (vnu.jar and java)", HowToInstall);
        return vnu;
    }

    /// <summary>Every message for the given HTML files (one JVM for all of them).</summary>
    public IReadOnlyList<VnuMessage> Check(params string[] htmlFiles) => Check(htmlFiles, alsoCheckCss: false);

    public IReadOnlyList<VnuMessage> Check(IEnumerable<string> files, bool alsoCheckCss)
    {
        var args = new List<string> { "-jar", Jar, "--format", "json" };
        if (alsoCheckCss) args.Add("--also-check-css");
        args.AddRange(files.Select(Path.GetFullPath));

        ProcessResult result;
        ExternalTool.HeavyGate.Wait();
        try { result = ExternalTool.Run(Java, args, timeout: TimeSpan.FromMinutes(2)); }
        finally { ExternalTool.HeavyGate.Release(); }

        if (result.ExitCode is not (0 or 1))
            throw new InvalidOperationException($"vnu did not run\n{result}");
        var json = result.StdErr.Trim();
        var start = json.IndexOf('{');
        if (start < 0) throw new InvalidOperationException($"vnu wrote no JSON report\n{result}");
        var report = JsonSerializer.Deserialize<Report>(json[start..], JsonOptions)
            ?? throw new InvalidOperationException($"vnu wrote no JSON report\n{result}");
        var messages = report.Messages ?? [];
        if (result.ExitCode == 1 && !messages.Any(m => m.IsError))
            throw new InvalidOperationException($"vnu exited 1 without reporting an error\n{result}");
        return messages;
    }

    /// <summary>Fails listing every error (warnings are not errors) found in the files.</summary>
    public void AssertNoErrors(params string[] htmlFiles)
    {
        var errors = Check(htmlFiles).Where(m => m.IsError).ToList();
        if (errors.Count > 0)
            Assert.Fail($"the Nu HTML checker found {errors.Count} error(s):\n" + string.Join("\n", errors));
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    private sealed record Report(List<VnuMessage>? Messages);
}
