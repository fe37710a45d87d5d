using Amazon.CDK;
using Arena.Infra;

var app = new App();
_ = new AppStack(app, AppStack.DefaultName);
app.Synth();
