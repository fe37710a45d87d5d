using Arena.Local;
using LiveScore.LocalCloud;

// The whole solution on one machine: HTTP and WebSocket APIs, functions, tables, streams and SNS.
return await LocalCloudHost.RunAsync(LocalApp.Application, args);
