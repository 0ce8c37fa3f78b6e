using System.CommandLine;

namespace AlLas.Publishing.Cli;

/// <summary>
/// A command line allas cannot read, told in Spanish: a word that is no command or option of the command typed gets
/// the nearest ones ("¿quiso decir …?"), since a writer mistypes far more often than they forget a name; every other
/// error keeps System.CommandLine's own message, which its Spanish resources translate.
/// </summary>
public static class UsageErrors
{
    public static IEnumerable<string> Describe(ParseResult parsed)
    {
        var command = parsed.CommandResult.Command;
        var path = CommandPath(parsed);
        var toldAWord = false;
        var toldAnOption = false;
        foreach (var token in parsed.UnmatchedTokens)
        {
            if (token.StartsWith('-'))
            {
                toldAnOption = true;
                yield return Unknown(command, path, token);
            }
            // Words after an unknown command or option are most likely its arguments: one message says it all.
            else if (!toldAWord && !toldAnOption)
            {
                toldAWord = true;
                yield return Unknown(command, path, token);
            }
        }
        // What a mistyped word leaves missing (the command it meant, the option it misspelt) says nothing more.
        if (parsed.UnmatchedTokens.Count > 0) yield break;
        foreach (var error in parsed.Errors)
            yield return $"{path}: error: {error.Message} Vea «{path} --help».";
    }

    private static string Unknown(Command command, string path, string token)
    {
        var isOption = token.StartsWith('-');
        var names = isOption ? OptionNames(command) : command.Subcommands.Where(c => !c.Hidden).SelectMany(c => c.Aliases.Prepend(c.Name));
        var nearest = Nearest(token, names);
        var what = isOption
            ? $"«{token}» no es una opción de {path}."
            : command.Subcommands.Count > 0 ? $"«{token}» no es un comando de {path}." : $"{path} no esperaba «{token}».";
        var hint = nearest.Count switch
        {
            0 => $"Vea «{path} --help».",
            1 => $"¿Quiso decir «{nearest[0]}»?",
            _ => $"¿Quiso decir {string.Join(", ", nearest.SkipLast(1).Select(n => $"«{n}»"))} o «{nearest[^1]}»?",
        };
        return $"{path}: error: {what} {hint}";
    }

    /// <summary>The options a command accepts: its own and those its parents share with it (--quiet, --help).</summary>
    private static IEnumerable<string> OptionNames(Command command)
    {
        var own = command.Options.Where(o => !o.Hidden);
        var inherited = command.Parents.OfType<Command>().SelectMany(AncestorsAndSelf).SelectMany(c => c.Options).Where(o => o.Recursive && !o.Hidden);
        return own.Concat(inherited).SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal));
    }

    private static IEnumerable<Command> AncestorsAndSelf(Command command) =>
        command.Parents.OfType<Command>().SelectMany(AncestorsAndSelf).Prepend(command);

    private static string CommandPath(ParseResult parsed)
    {
        var names = new List<string>();
        for (var result = parsed.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
            names.Add(result.Command is RootCommand ? "allas" : result.Command.Name);
        names.Reverse();
        return string.Join(' ', names);
    }

    /// <summary>
    /// The names a mistyped word most likely meant: within two edits (one for short words, where two edits reach
    /// anything), or begun by it ("rev" for "review"); closest first, at most three.
    /// </summary>
    public static IReadOnlyList<string> Nearest(string typed, IEnumerable<string> names)
    {
        var word = typed.TrimStart('-').ToLowerInvariant();
        var limit = word.Length <= 4 ? 1 : 2;
        return names.Distinct(StringComparer.Ordinal)
            .Select(name => (name, bare: name.TrimStart('-')))
            .Select(n => (n.name, distance: n.bare.StartsWith(word, StringComparison.Ordinal) && word.Length >= 2 ? 0 : Distance(word, n.bare)))
            .Where(n => n.distance <= limit)
            .OrderBy(n => n.distance).ThenBy(n => n.name, StringComparer.Ordinal)
            .Take(3)
            .Select(n => n.name)
            .ToList();
    }

    /// <summary>Edits (insert, delete, replace, swap two neighbours) from one word to the other.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
