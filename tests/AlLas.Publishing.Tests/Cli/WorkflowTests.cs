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

        if (commands.Any(c => c.Contains("pdf"))) LibreOffice.Require();
        using var mini = new MiniPublication();
        foreach (var command in commands)
        {
            var result = Allas.Run(mini.Root, command.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1), timeout: TimeSpan.FromMinutes(5));
            Assert.True(result.ExitCode == 0, $"{command}\n{result}");
        }
        foreach (var draft in new[] { "informe.docx", "informe.html", "informe.pdf" })
            Assert.True(File.Exists(Path.Combine(mini.Root, artifact, draft)), $"no {draft} in {artifact}/ for the artifact");
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

    [Fact]
    public void The_test_workflow_runs_on_Windows_and_Linux_through_build_ps1_with_the_SDK_alone()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(RepoPaths.Root, ".github", "workflows", "pruebas.yml"))));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        Assert.True(((YamlMappingNode)root["on"]).Children.ContainsKey(new YamlScalarNode("push")));
        var job = (YamlMappingNode)((YamlMappingNode)root["jobs"]).Children.Values.Single();
        var systems = ((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)job["strategy"])["matrix"])["os"]).Children.Select(n => n.ToString()).ToList();
        Assert.Equal(["windows-latest", "ubuntu-latest"], systems);
        Assert.Equal("none", ((YamlMappingNode)job["env"])["ALLAS_EXTERNAL_TOOLS"].ToString());

        // Every task the workflow asks of build.ps1 is one build.ps1 knows.
        var script = File.ReadAllText(Path.Combine(RepoPaths.Root, "build.ps1"));
        var tasks = System.Text.RegularExpressions.Regex.Match(script, @"ValidateSet\(([^)]*)\)").Groups[1].Value
            .Split(',').Select(t => t.Trim().Trim('\'')).ToList();
        var runs = ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>()
            .Where(s => s.Children.ContainsKey(new YamlScalarNode("run"))).Select(s => s["run"].ToString()).ToList();
        var asked = runs.Where(r => r.StartsWith("./build.ps1 ", StringComparison.Ordinal)).Select(r => r.Split(' ')[1]).ToList();
        Assert.Equal(["build", "test"], asked);
        Assert.All(asked, t => Assert.Contains(t, tasks));
    }
}
