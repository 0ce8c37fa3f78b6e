using System.Text;
using AlLas.Publishing.Faults;
using AlLas.Publishing.Tests.Support;

namespace AlLas.Publishing.Tests.Hostile;

/// <summary>Every command fails through one boundary: a Spanish diagnostic naming the path and what to do, exit code 2, no stack trace.</summary>
public sealed class FaultBoundaryTests : IDisposable
{
    private readonly MiniPublication mini = new();
    private readonly TempDir scratch = RepoPaths.NewTempDir();

    public void Dispose()
    {
        mini.Dispose();
        scratch.Dispose();
    }

    [Fact]
    public void A_standard_output_that_cannot_be_written_is_exit_code_2_not_0()
    {
        var error = new StringWriter();
        var code = AlLas.Publishing.Cli.AllasCli.Run(["check"], new FullDevice(), error, mini.Root);
        var result = new ProcessResult("allas check > /dev/full", code, "", error.ToString());
        Refusal.Assert2(result, "salida estándar");
        Assert.Contains("AL0906", result.StdErr);
    }

    [Fact]
    public void A_stack_trace_only_with_debug()
    {
        var file = scratch.File("cuaderno.docx");
        File.WriteAllText(file, "texto");
        var plain = Allas.RunInProcessAt(scratch.Path, "review", "extract", file);
        Refusal.Assert2(plain, "cuaderno.docx");
        var debug = Allas.RunInProcessAt(scratch.Path, "review", "extract", file, "--debug");
        Assert.Equal(2, debug.ExitCode);
        Assert.Contains("   at ", debug.StdErr);
    }

    [Fact]
    public void An_output_folder_that_is_a_file_is_named()
    {
        var file = scratch.File("salida");
        File.WriteAllText(file, "no es una carpeta");
        var result = Allas.RunInProcessAt(mini.Root, "build", "--out", Path.Combine(file, "borradores"));
        Refusal.Assert2(result, file);
        Assert.Contains("AL0904", result.StdErr);
        Assert.Equal("no es una carpeta", File.ReadAllText(file));
    }

    [Fact]
    public void An_output_file_that_is_a_folder_is_named_and_left_alone()
    {
        var output = scratch.Dir("borradores");
        Directory.CreateDirectory(Path.Combine(output, "informe.docx", "dentro"));
        var result = Allas.RunInProcessAt(mini.Root, "build", "--out", output, "--format", "docx");
        Refusal.Assert2(result, Path.Combine(output, "informe.docx"));
        Assert.True(Directory.Exists(Path.Combine(output, "informe.docx", "dentro")));
        Assert.Empty(Directory.GetFiles(output, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_device_is_never_replaced_by_an_output()
    {
        if (!OperatingSystem.IsLinux()) Assert.Skip("/dev/null is a Linux device");
        var result = Allas.RunInProcessAt(scratch.Path, "reference-docx", "--out", "/dev/null");
        Refusal.Assert2(result, "/dev/null");
        Assert.Contains("AL0905", result.StdErr);
        Assert.Equal(FileKind.Other, FileKinds.Of("/dev/null"));
    }

    [Fact]
    public void A_fifo_given_as_the_input_is_refused_at_once()
    {
        var fifo = Refusal.MakeFifo(scratch.File("devuelto.docx"));
        var result = Allas.RunInProcessAt(scratch.Path, "review", "extract", fifo);
        Refusal.Assert2(result, fifo);
        Assert.Contains("AL0905", result.StdErr);
    }

    [Fact]
    public void A_symbolic_link_loop_as_the_input_is_named()
    {
        var loop = scratch.File("bucle.docx");
        File.CreateSymbolicLink(loop, loop);
        var result = Allas.RunInProcessAt(scratch.Path, "review", "extract", loop);
        Refusal.Assert2(result, "bucle.docx");
    }

    [Fact]
    public void A_folder_given_as_the_input_is_named()
    {
        var folder = scratch.Dir("revisado.docx");
        var result = Allas.RunInProcessAt(scratch.Path, "review", "extract", folder);
        Refusal.Assert2(result, "revisado.docx");
        Assert.Contains("AL0904", result.StdErr);
    }

    [Theory]
    [InlineData(28, "No space left on device : '/srv/salida/informe.docx'", "AL0901", "no queda espacio")]
    [InlineData(30, "Read-only file system : '/srv/salida/informe.docx'", "AL0902", "solo lectura")]
    public void Disk_faults_name_the_path_and_what_to_do(int errno, string message, string code, string says)
    {
        // The shape .NET on Linux gives these errors (errno in HResult, the path quoted in the message);
        // a full or read-only disk cannot be made here without privileges.
        var diagnostic = Fault.Describe(new IOException(message, errno));
        Assert.Equal(code, diagnostic.Code);
        Assert.Contains("/srv/salida/informe.docx", diagnostic.Location);
        Assert.Contains(says, diagnostic.Message);
        Assert.Contains("--out", diagnostic.Message);
    }

    [Fact]
    public void A_fault_of_allas_itself_asks_for_debug_instead_of_a_trace()
    {
        var diagnostic = Fault.Describe(new NullReferenceException());
        Assert.Equal(FaultCodes.Internal, diagnostic.Code);
        Assert.Contains("--debug", diagnostic.Message);
    }

    /// <summary>Standard output on a full disk: every write fails as .NET reports ENOSPC.</summary>
    private sealed class FullDevice : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new IOException("No space left on device", 28);

        public override void Write(string? value) => throw new IOException("No space left on device", 28);

        public override void WriteLine(string? value) => throw new IOException("No space left on device", 28);
    }
}
