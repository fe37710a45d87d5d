using Arena.Functions;
using LiveScore.Lambda.Runtime;

// Lambda starts this executable once per execution environment; _HANDLER picks the function it serves.
await using var stdout = Console.OpenStandardOutput();
return await LambdaBootstrap.RunAsync(Environment.GetEnvironmentVariable, AppCatalog.Find, stdout, CancellationToken.None);
