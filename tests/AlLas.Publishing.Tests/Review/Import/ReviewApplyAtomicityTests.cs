using AlLas.Publishing.Content;
using AlLas.Publishing.Review.Import;
using AlLas.Publishing.Tests.Releases;

namespace AlLas.Publishing.Tests.Review.Import;

/// <summary>
/// One writer at a time, all or nothing: two applies started together give the sources of one apply,
/// and an apply killed at any point leaves sources and registers that agree once the next command ran.
/// </summary>
public sealed class ReviewApplyAtomicityTests : IDisposable
{
    private const string Chapter = "content/informe/01-oficinas.md";
    private const string Presentation = "content/informe/00-presentacion.md";
    private readonly PublicationRepo repo = PublicationRepo.Mini();
    private readonly string chapter;
    private readonly string presentation;

    public ReviewApplyAtomicityTests()
    {
        var document = new PublicationLoader(repo.Root, new Diagnostics(), ReleaseInfo.WorkingDraft(repo.Head())).Load().Documents.Single();
        var blocks = BlockText.Of(document);
        var draft = new ReviewerDraft(blocks).Insert("cooperación técnica", " descentralizada").Delete(" y promoción").Split("trabajan ").Untracked("reúne a", "agrupa a");
        var register = new ReviewRegister
        {
            Document = "informe", Release = "v0.1", Commit = repo.Head(), File = "revisado.docx", Sha256 = new string('0', 64),
            Reviewers = ["Revisora Uno"], Items = ReviewImport.Items(ReviewMapper.Map(draft.Build(), blocks, [], "Revisora Uno")),
        };
        RegisterStore.Save(repo.Root, register);
        repo.Commit("Registro");
        chapter = repo.Read(Chapter);
        presentation = repo.Read(Presentation);
    }

    public void Dispose() => repo.Dispose();

    private string AppliedChapter => chapter.Replace("técnica y promoción.", "técnica descentralizada.").Replace("trabajan con", "trabajan\n\ncon");

    private string AppliedPresentation => presentation.Replace("reúne a", "agrupa a");

    /// <summary>Sources and register agree: nothing applied and every item open, or everything applied and settled.</summary>
    private void AssertAllOrNothing(string context)
    {
        var statuses = RegisterStore.All(repo.Root).Single().Items.Select(i => i.Status).Distinct().ToList();
        var (c, p) = (repo.Read(Chapter), repo.Read(Presentation));
        var none = c == chapter && p == presentation && statuses.SequenceEqual([ItemStatus.Open]);
        var all = c == AppliedChapter && p == AppliedPresentation && statuses.SequenceEqual([ItemStatus.Addressed]);
        Assert.True(none || all, $"{context}: estados {string.Join(",", statuses)}; capítulo aplicado {c == AppliedChapter}, original {c == chapter}; presentación aplicada {p == AppliedPresentation}");
        Assert.DoesNotContain(Directory.GetFiles(repo.Root, "*.tmp", SearchOption.AllDirectories), f => !f.Contains("/.git/", StringComparison.Ordinal));
    }

    private void Reset()
    {
        repo.Git("reset", "-q", "--hard");
        repo.Git("clean", "-q", "-fd");
    }

    [Fact]
    public async Task Two_applies_started_together_give_the_sources_of_one_apply()
    {
        for (var run = 0; run < 8; run++)
        {
            Reset();
            var both = Enumerable.Range(0, 2).Select(_ => Task.Run(() => repo.Allas("review", "apply", "--all"))).ToArray();
            await Task.WhenAll(both);

            Assert.Equal(AppliedChapter, repo.Read(Chapter));
            Assert.Equal(AppliedPresentation, repo.Read(Presentation));
            AssertAllOrNothing($"vuelta {run}");
            // The second one either found nothing left to apply or refused in Spanish, naming the other writer.
            foreach (var result in (await Task.WhenAll(both)).Where(r => r.ExitCode != 0))
            {
                Assert.Equal(2, result.ExitCode);
                Assert.Contains("otra orden de allas está escribiendo en content/", result.StdErr);
            }
        }
    }

    [Fact]
    public void An_apply_stopped_dead_at_every_step_is_finished_by_the_next_command()
    {
        // Steps: the journal, the two sources, the register.
        for (var step = 1; step <= 4; step++)
        {
            Reset();
            var stopped = Support.Allas.Run(repo.Root, ["review", "apply", "--all"], new Dictionary<string, string?> { [SourceJournal.StopAtVariable] = step.ToString() });
            Assert.NotEqual(0, stopped.ExitCode);

            repo.AllasOk("review", "list");

            Assert.Equal(AppliedChapter, repo.Read(Chapter));
            AssertAllOrNothing($"paso {step}");
            // And a second apply writes nothing more.
            var again = repo.AllasOk("review", "apply", "--all");
            Assert.Contains("0 aplicados, 0 en conflicto", again);
            Assert.Equal(AppliedChapter, repo.Read(Chapter));
        }
    }

    [Fact]
    public void Applies_killed_at_random_moments_never_leave_sources_and_register_apart()
    {
        var random = new Random(12);
        var outcomes = new Dictionary<string, int>();
        for (var run = 0; run < 20; run++)
        {
            Reset();
            using (var process = Support.Allas.Start(repo.Root, new Dictionary<string, string?>(), "review", "apply", "--all"))
            {
                Thread.Sleep(random.Next(200, 2500));
                if (!process.HasExited) process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }
            repo.AllasOk("review", "list");
            AssertAllOrNothing($"vuelta {run}");
            var key = repo.Read(Chapter) == chapter ? "nada" : "todo";
            outcomes[key] = outcomes.GetValueOrDefault(key) + 1;
        }
        TestContext.Current.TestOutputHelper?.WriteLine($"interrumpidos: {string.Join(", ", outcomes.Select(o => $"{o.Key} {o.Value}"))}");
    }

    [Fact]
    public void A_writer_waits_for_the_one_writing_then_refuses_in_spanish_and_writes_nothing()
    {
        var before = repo.Snapshot();
        using (ContentLock.Acquire(repo.Root))
        {
            foreach (var args in new[] { new[] { "review", "apply", "--all" }, ["review", "respond", "r1", "--status", "declined"], ["release", "informe", "--label", "v9"] })
            {
                var refused = repo.Allas(args);
                Assert.Equal(2, refused.ExitCode);
                Assert.Contains("otra orden de allas está escribiendo en content/", refused.StdErr);
                Assert.DoesNotContain("   at ", refused.StdErr);
            }
        }
        Assert.Equal(before, repo.Snapshot());
        // Once the first is done, the next one goes ahead.
        Assert.Contains("4 aplicados", repo.AllasOk("review", "apply", "--all"));
    }
}
