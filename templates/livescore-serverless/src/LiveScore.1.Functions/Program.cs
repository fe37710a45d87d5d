using LiveScore._1.Functions;
using LiveScore.Lambda;

// Lambda starts this executable once per execution environment; _HANDLER picks the function it serves. What the
// functions count (failed records, failed pushes) becomes CloudWatch metrics in the namespace given here.
return await LambdaHost.RunAsync(AppCatalog.Find, metricsNamespace: "LiveScore.1");
