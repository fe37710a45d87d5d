using Amazon.CDK;
using LiveScore._1.Infra;

var app = new App();
_ = new AppStack(app, AppStack.DefaultName);
app.Synth();
