using Arena.Functions;
using LiveScore.Lambda;

// Lambda starts this executable once per execution environment; _HANDLER picks the function it serves.
return await LambdaHost.RunAsync(AppCatalog.Find);
