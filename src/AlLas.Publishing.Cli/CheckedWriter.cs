using System.Text;
using AlLas.Publishing.Faults;

namespace AlLas.Publishing.Cli;

/// <summary>
/// The standard output, whose failures end the command: a result written to a full disk or a closed pipe
/// is lost, and the exit code must say so rather than 0.
/// </summary>
public sealed class CheckedWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    public override string NewLine
    {
        get => inner.NewLine;
#pragma warning disable CS8765 // TextWriter.NewLine accepts null and means the default.
        set => inner.NewLine = value;
#pragma warning restore CS8765
    }

    /// <summary>The writer underneath, for checks such as whether it is a terminal.</summary>
    public TextWriter Inner => inner;

    public override void Write(char value) => Checked(() => inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Checked(() => inner.Write(buffer, index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        var text = buffer.ToString();
        Checked(() => inner.Write(text));
    }

    public override void Write(string? value) => Checked(() => inner.Write(value));

    public override void WriteLine(string? value) => Checked(() => inner.WriteLine(value));

    public override void WriteLine() => Checked(inner.WriteLine);

    public override void Flush() => Checked(inner.Flush);

    private static void Checked(Action write)
    {
        try
        {
            write();
        }
        catch (IOException e) when (e is not StandardOutputException)
        {
            throw new StandardOutputException(e);
        }
    }
}
