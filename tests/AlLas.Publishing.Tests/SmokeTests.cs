namespace AlLas.Publishing.Tests;
public class SmokeTests
{
    [Fact] public void Passes() => Assert.Equal(2, 1 + 1);
    [Fact] public void Skips() { Assert.Skip("no tool"); }
}
