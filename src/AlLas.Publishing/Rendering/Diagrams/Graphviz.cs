using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using AlLas.Publishing.Rendering.Graphics;

namespace AlLas.Publishing.Rendering.Diagrams;

/// <summary>
/// Draws a figure again from the Graphviz source committed beside its image (fases.png and fases.dot)
/// when `dot` is installed, so that the figure is set in the document's font at its print size; without
/// dot, or without a source, the committed image stands. Each source is drawn once per content (kept in a
/// folder of the system's temporary files, named by the source's hash and dot's version), and the same
/// source always gives the same files.
/// </summary>
public static class Graphviz
{
    /// <summary>Resolution of the PNG fallback: sharp on paper, small enough for a draft sent by mail.</summary>
    public const double PngDpi = 192;

    /// <summary>The font stack the SVG names: Word's Calibri, else Carlito, drawn with the same metrics.</summary>
    public const string FontStack = "Calibri,Carlito,sans-serif";

    private static readonly Lazy<(string? Dot, string Version)> Tool = new(FindDot);
    private static readonly Dictionary<string, Diagram?> Drawn = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();

    /// <summary>Whether dot can be run here (ALLAS_DOT names it, or "none" to draw nothing).</summary>
    public static bool Available => Tool.Value.Dot is not null;

    /// <summary>The source a figure's image is drawn from: the .dot of the same name beside it, if there is one.</summary>
    public static string? SourceOf(string? imagePath)
    {
        if (imagePath is null) return null;
        var source = Path.ChangeExtension(imagePath, ".dot");
        return File.Exists(source) ? source : null;
    }

    /// <summary>The figure drawn from its source; null without dot, without a source, or when dot fails (the committed image then stands).</summary>
    public static Diagram? Draw(string? imagePath)
    {
        if (!Available || SourceOf(imagePath) is not { } source) return null;
        var text = File.ReadAllBytes(source);
        var hash = Convert.ToHexStringLower(SHA256.HashData([.. text, .. Encoding.UTF8.GetBytes("\n" + Tool.Value.Version)]))[..20];
        var key = source + "\n" + hash;
        lock (Gate)
        {
            if (Drawn.TryGetValue(key, out var known)) return known;
        }
        var diagram = DrawCached(source, Path.GetFileNameWithoutExtension(source), hash);
        lock (Gate) Drawn[key] = diagram;
        return diagram;
    }

    private static Diagram? DrawCached(string source, string name, string hash)
    {
        var folder = Path.Combine(Path.GetTempPath(), "allas-diagramas", hash);
        var svgPath = Path.Combine(folder, name + ".svg");
        var pngPath = Path.Combine(folder, name + ".png");
        byte[] svg, png;
        if (File.Exists(svgPath) && File.Exists(pngPath))
        {
            svg = File.ReadAllBytes(svgPath);
            png = File.ReadAllBytes(pngPath);
        }
        else
        {
            if (Run(source, "-Tsvg") is not { } rawSvg || Run(source, "-Tpng", $"-Gdpi={PngDpi.ToString(CultureInfo.InvariantCulture)}") is not { } rawPng)
                return null;
            svg = WithFontStack(rawSvg);
            png = PngEncoder.WithResolution(rawPng, PngDpi);
            Directory.CreateDirectory(folder);
            AtomicOutput.WriteFile(svgPath, stream => stream.Write(svg));
            AtomicOutput.WriteFile(pngPath, stream => stream.Write(png));
        }
        var (width, height) = SizeOf(svg);
        return new Diagram(svgPath, svg, png, width, height);
    }

    /// <summary>The SVG's width and height in points ("430pt").</summary>
    public static (double Width, double Height) SizeOf(byte[] svg)
    {
        var root = XDocument.Parse(Encoding.UTF8.GetString(svg)).Root!;
        double Points(string name) => double.Parse(((string?)root.Attribute(name) ?? "0").Replace("pt", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        return (Points("width"), Points("height"));
    }

    /// <summary>dot names the font asked for (Calibri); readers without it fall back to Carlito, of the same metrics.</summary>
    private static byte[] WithFontStack(byte[] svg)
    {
        var document = XDocument.Parse(Encoding.UTF8.GetString(svg), LoadOptions.PreserveWhitespace);
        foreach (var attribute in document.Descendants().Attributes("font-family").ToList())
        {
            if (attribute.Value.StartsWith("Calibri", StringComparison.OrdinalIgnoreCase) || attribute.Value.StartsWith("Carlito", StringComparison.OrdinalIgnoreCase))
                attribute.Value = FontStack;
        }
        using var output = new MemoryStream();
        using (var writer = System.Xml.XmlWriter.Create(output, new System.Xml.XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false }))
            document.Save(writer);
        return output.ToArray();
    }

    private static byte[]? Run(string source, params string[] arguments)
    {
        try
        {
            var start = new ProcessStartInfo(Tool.Value.Dot!, [.. arguments, source])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var dot = Process.Start(start);
            if (dot is null) return null;
            using var output = new MemoryStream();
            var error = dot.StandardError.ReadToEndAsync();
            dot.StandardOutput.BaseStream.CopyTo(output);
            dot.WaitForExit();
            _ = error.Result;
            return dot.ExitCode == 0 && output.Length > 0 ? output.ToArray() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static (string?, string) FindDot()
    {
        var named = Environment.GetEnvironmentVariable("ALLAS_DOT");
        if (string.Equals(named, "none", StringComparison.OrdinalIgnoreCase)) return (null, "");
        var candidates = named is { Length: > 0 }
            ? [named]
            : (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Select(dir => Path.Combine(dir, OperatingSystem.IsWindows() ? "dot.exe" : "dot"));
        foreach (var candidate in candidates)
        {
            if (!File.Exists(candidate)) continue;
            try
            {
                var start = new ProcessStartInfo(candidate, ["-V"]) { RedirectStandardError = true, RedirectStandardOutput = true };
                using var dot = Process.Start(start);
                if (dot is null) continue;
                var version = dot.StandardError.ReadToEnd().Trim() + dot.StandardOutput.ReadToEnd().Trim();
                dot.WaitForExit();
                if (dot.ExitCode == 0) return (candidate, version);
            }
            catch (System.ComponentModel.Win32Exception)
            {
            }
        }
        return (null, "");
    }
}
