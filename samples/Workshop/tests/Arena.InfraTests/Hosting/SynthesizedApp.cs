using System.Diagnostics;
using System.Text.Json.Nodes;
using Amazon.CDK;
using Amazon.CDK.Assertions;
using Constructs;
using Arena.Infra;
using Arena.Infra.Hosting;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Arena.InfraTests.Hosting;

/// <summary>
/// The application stack synthesized once for a test class, against a stand-in functions executable and page,
/// into a temporary folder that is removed afterwards.
/// </summary>
public sealed class SynthesizedApp : IDisposable
{
    private readonly DirectoryInfo _workFolder;

    public SynthesizedApp(IMessageSink diagnostics)
    {
        NodeRuntime.SilenceEndOfLifeWarning();
        _workFolder = Directory.CreateTempSubdirectory("infra-tests-");
        try
        {
            var functionsAsset = _workFolder.CreateSubdirectory("functions");
            File.WriteAllText(Path.Combine(functionsAsset.FullName, "bootstrap"), "#!/bin/sh\n");
            var pages = _workFolder.CreateSubdirectory("web");
            File.WriteAllText(Path.Combine(pages.FullName, "index.html"), "<!doctype html>");
            var outdir = _workFolder.CreateSubdirectory("cdk.out");

            var stopwatch = Stopwatch.StartNew();
            var app = new App(new AppProps
            {
                Outdir = outdir.FullName,
                Context = new Dictionary<string, object> { [FunctionAsset.ContextKey] = functionsAsset.FullName, [WebSite.ContextKey] = pages.FullName },
            });
            Stack = new AppStack(app, AppStack.DefaultName);
            Template = Template.FromStack(Stack);
            Json = new TemplateJson(JsonNode.Parse(File.ReadAllText(Path.Combine(outdir.FullName, Stack.TemplateFile)))!.AsObject());
            diagnostics.OnMessage(new DiagnosticMessage($"Synthesized {Stack.StackName} in {stopwatch.ElapsedMilliseconds} ms"));
        }
        catch
        {
            // xunit does not dispose a fixture whose constructor failed.
            Dispose();
            throw;
        }
    }

    public AppStack Stack { get; }

    public AppResources Resources => Stack.Resources;

    public Template Template { get; }

    public TemplateJson Json { get; }

    public string LogicalId(IConstruct construct) =>
        Stack.GetLogicalId((CfnElement)(construct.Node.DefaultChild ?? throw new ArgumentException($"{construct.Node.Path} has no CloudFormation resource.")));

    public void Dispose() => _workFolder.Delete(recursive: true);
}
