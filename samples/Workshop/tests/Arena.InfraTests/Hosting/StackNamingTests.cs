using Arena.Infra;
using Arena.Infra.Hosting;

namespace Arena.InfraTests.Hosting;

public class StackNamingTests
{
    [Theory]
    [InlineData("Arena", "Arena")]
    [InlineData("my-game", "my-game")]
    [InlineData("Contoso.Arena_2", "Contoso-Arena-2")]
    [InlineData("a..__b", "a-b")]
    [InlineData("_Trailing.", "Trailing")]
    [InlineData("1st.Game", "App-1st-Game")]
    public void Project_names_become_valid_stack_names(string projectName, string expected)
    {
        Assert.Equal(expected, StackNaming.FromProjectName(projectName));
    }

    [Fact]
    public void Long_names_are_cut_to_the_cloudformation_limit()
    {
        Assert.Equal(new string('a', 128), StackNaming.FromProjectName(new string('a', 200)));
        Assert.Equal(new string('a', 127), StackNaming.FromProjectName(new string('a', 127) + ".b"));
    }

    [Fact]
    public void Default_stack_name_is_valid_and_names_the_project()
    {
        Assert.Matches("^[A-Za-z][A-Za-z0-9-]*$", AppStack.DefaultName);
        var projectName = typeof(AppStack).Assembly.GetName().Name![..^".Infra".Length];
        Assert.Equal(StackNaming.FromProjectName(projectName), AppStack.DefaultName);
    }
}
