namespace AlLas.Publishing.Tests.Rendering.Docx.Redline;

/// <summary>
/// A review round to answer: the release v1 of the mini publication, coordinators' comments on it
/// in a register (as review import writes it), and the writers' next version and answers committed.
/// </summary>
internal static class ReviewRoundFixture
{
    public static readonly DateTimeOffset AnsweredOn = new(2024, 4, 20, 11, 0, 0, TimeSpan.Zero);

    /// <summary>Comments in the register, roots and replies alike.</summary>
    public const int Comments = 5;

    /// <summary>A release with prose, edits that delete one paragraph, move another and reword around a comment, and a register of four threads.</summary>
    public static RedlineRepository Create()
    {
        var repo = new RedlineRepository();
        var released = repo.Mini.Read(RedlineRepository.Chapter);
        repo.Mini.Replace(RedlineRepository.Chapter, "La primera oficina se creó para", "La primera oficina de la ciudad nació para");
        repo.Mini.Replace(RedlineRepository.Chapter, "Este párrafo sobra y se borrará en la versión siguiente del informe.\n\n", "");
        const string moved = "Las ciudades medianas comparten personal entre varias áreas del gobierno local.\n\n";
        repo.Mini.Replace(RedlineRepository.Chapter, moved, "");
        repo.Mini.Replace(RedlineRepository.Chapter, "Según @anx-bibliografia", moved + "Según @anx-bibliografia");
        repo.Commit("Segunda versión");

        var register = new ReviewRegisterFile(released, RedlineRepository.Chapter)
            .Add(new("c1", "Coordinación General", "visitas protocolarias", "¿Qué tipo de visitas?", "addressed", "Se precisa el tipo de visita."))
            .Add(new("c2", "DMRI", "visitas protocolarias", "También las técnicas.", "addressed", Parent: "1", Date: "2024-03-11T09:00:00Z"))
            .Add(new("c3", "Coordinación General", "comparten personal", "¿Todas?"))
            .Add(new("c4", "DMRI", "Este párrafo sobra", "¿Por qué sobra?", "declined", "Se quita por repetido."))
            .Add(new("c5", "Coordinación General", "cooperación", "¿Cuál cooperación?", "answered", "Es la cooperación técnica entre ciudades."));
        var path = repo.Mini.PathOf("content/informe/revisiones/v1/revision-cg.yml");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, register.Yaml("informe", "v1"));
        repo.Commit("Respuestas a la revisión", AnsweredOn);
        return repo;
    }

}
