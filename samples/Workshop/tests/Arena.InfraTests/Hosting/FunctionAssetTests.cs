using Amazon.CDK;
using Arena.Infra.Hosting;

namespace Arena.InfraTests.Hosting;

public class FunctionAssetTests
{
    [Fact]
    public void Missing_executable_fails_with_how_to_publish_it()
    {
        NodeRuntime.SilenceEndOfLifeWarning();
        var emptyFolder = Directory.CreateTempSubdirectory("infra-tests-");
        try
        {
            var app = new App(new AppProps
            {
                Outdir = emptyFolder.CreateSubdirectory("cdk.out").FullName,
                Context = new Dictionary<string, object> { [FunctionAsset.ContextKey] = emptyFolder.FullName },
            });

            var error = Assert.Throws<InvalidOperationException>(() => FunctionAsset.FromContext(app));

            Assert.Contains("bootstrap", error.Message, StringComparison.Ordinal);
            Assert.Contains("dotnet publish", error.Message, StringComparison.Ordinal);
            Assert.Contains(FunctionAsset.ContextKey, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            emptyFolder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Default_folder_is_the_functions_project_publish_output_for_the_lambda_architecture()
    {
        var infraFolder = Path.Combine(RepositoryRoot(), "infra");
        var projectFolder = Path.GetFullPath(Path.Combine(infraFolder, FunctionAsset.DefaultFolder[..FunctionAsset.DefaultFolder.IndexOf("/bin/", StringComparison.Ordinal)]));

        Assert.True(File.Exists(Path.Combine(projectFolder, Path.GetFileName(projectFolder) + ".csproj")), $"{projectFolder} is not the functions project");
        Assert.EndsWith($"/{FunctionPlatform.RuntimeIdentifier}/publish", FunctionAsset.DefaultFolder, StringComparison.Ordinal);
    }

    [Fact]
    public void Cdk_json_runs_this_infrastructure_project()
    {
        var cdkJson = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "infra", "cdk.json")))!;
        var infraProject = typeof(FunctionAsset).Assembly.GetName().Name;

        Assert.Equal($"dotnet run --project {infraProject}", (string?)cdkJson["app"]);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "infra", "cdk.json")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("No infra/cdk.json above the test output folder.");
    }
}
