using Amazon.CDK.AWS.Lambda;
using Constructs;

namespace Arena.Infra.Hosting;

/// <summary>
/// The published functions executable, shared by every function (each picks its handler through _HANDLER).
/// The folder comes from the <c>functionsAsset</c> context value, relative to the folder holding cdk.json.
/// </summary>
public static class FunctionAsset
{
    public const string ContextKey = "functionsAsset";

    public const string DefaultFolder = "../src/Arena.Functions/bin/Release/net10.0/" + FunctionPlatform.RuntimeIdentifier + "/publish";

    private const string Executable = "bootstrap";

    public static Code FromContext(Construct scope)
    {
        var folder = scope.Node.TryGetContext(ContextKey) as string ?? DefaultFolder;
        if (!File.Exists(Path.Combine(folder, Executable)))
        {
            throw new InvalidOperationException(
                $"No '{Executable}' in '{Path.GetFullPath(folder)}'. Publish the functions first " +
                $"(dotnet publish ../src/Arena.Functions -c Release -r {FunctionPlatform.RuntimeIdentifier}) " +
                $"or pass another folder with -c {ContextKey}=PATH.");
        }

        return Code.FromAsset(folder);
    }
}
