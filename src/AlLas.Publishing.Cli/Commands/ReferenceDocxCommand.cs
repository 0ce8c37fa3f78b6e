using System.CommandLine;
using AlLas.Publishing.Content;
using AlLas.Publishing.Rendering.Docx;
using AlLas.Publishing.Rendering.Docx.Styling;

namespace AlLas.Publishing.Cli.Commands;

/// <summary>`allas reference-docx`: writes the built-in Word styles as a document a designer can restyle.</summary>
public static class ReferenceDocxCommand
{
    public static Command Create(CliConsole console)
    {
        var output = new Option<string?>("--out")
        {
            Description = $"Archivo a escribir. Por omisión, {Paths.Templates}/{DocxDocumentWriter.ReferenceName} del repositorio.",
        };
        var command = new Command("reference-docx",
            "Escribe el documento de referencia de Word con los estilos por omisión, para que un diseñador lo retoque en Word.\n" +
            "La construcción toma de él estilos, numeración, tema, fuentes y tamaño de página.\n\n" +
            "Ejemplos:\n  allas reference-docx\n  allas reference-docx --out /tmp/referencia.docx")
        {
            output,
        };
        command.SetAction(parse => console.Guard(() =>
        {
            var path = parse.GetValue(output) is { } given
                ? Workspace.FullPath(given)
                : Path.Combine(Workspace.Root(), Paths.Templates, DocxDocumentWriter.ReferenceName);
            ReferenceDocument.Write(path);
            console.Out.WriteLine($"escrito {Path.GetRelativePath(Workspace.Directory, path)}");
            return AllasCli.Ok;
        }));
        return command;
    }
}
