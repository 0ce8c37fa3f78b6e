using AlLas.Publishing.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace AlLas.Publishing.Tests.Cli;

/// <summary>
/// The CI workflow that builds the drafts on every push: runs on push, and the `allas` lines it runs,
/// run here on a publication, produce the folder its artifact step keeps.
/// </summary>
public class WorkflowTests
{
    private static readonly string WorkflowFile = Path.Combine(RepoPaths.Root, ".github", "workflows", "borradores.yml");

    [Fact]
    public void The_workflow_builds_the_drafts_on_push_and_keeps_what_its_commands_write()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(WorkflowFile)));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        Assert.True(((YamlMappingNode)root["on"]).Children.ContainsKey(new YamlScalarNode("push")));

        var steps = ((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)root["jobs"]).Children.Values.Single())["steps"]).Children.Cast<YamlMappingNode>().ToList();
        var upload = steps.Single(s => s.Children.TryGetValue(new YamlScalarNode("uses"), out var uses) && uses.ToString().StartsWith("actions/upload-artifact@"));
        var artifact = ((YamlMappingNode)upload["with"])["path"].ToString().TrimEnd('/');
        var commands = steps.Where(s => s.Children.ContainsKey(new YamlScalarNode("run")))
            .SelectMany(s => s["run"].ToString().Split('\n'))
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("allas ", StringComparison.Ordinal))
            .ToList();
        Assert.Contains(commands, c => c.StartsWith("allas check"));
        Assert.Contains(commands, c => c.StartsWith("allas build"));

        using var mini = new MiniPublication();
        foreach (var command in commands)
        {
            var result = Allas.Run(mini.Root, command.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray());
            Assert.True(result.ExitCode == 0, $"{command}\n{result}");
        }
        Assert.True(File.Exists(Path.Combine(mini.Root, artifact, "informe.html")), $"nothing in {artifact}/ for the artifact");
    }

    [Fact]
    public void The_problem_matcher_reads_what_check_prints()
    {
        var matcher = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, ".github", "allas-diagnosticos.json")));
        var pattern = matcher.RootElement.GetProperty("problemMatcher")[0].GetProperty("pattern")[0];
        var regex = new System.Text.RegularExpressions.Regex(pattern.GetProperty("regexp").GetString()!);

        using var mini = new MiniPublication();
        mini.Replace("content/informe/01-oficinas.md", "Véase @fig-ciclo", "Véase @fig-nada");
        var check = Allas.Run(mini.Root, "check");

        var line = check.StdOut.Split('\n').First(l => l.Contains("AL0020"));
        var match = regex.Match(line);
        Assert.True(match.Success, line);
        string Group(string name) => match.Groups[pattern.GetProperty(name).GetInt32()].Value;
        Assert.Equal("content/informe/01-oficinas.md", Group("file"));
        Assert.Equal("12", Group("line"));
        Assert.Equal("7", Group("column"));
        Assert.Equal("error", Group("severity"));
        Assert.Equal("AL0020", Group("code"));
    }
}
