namespace Arena.InfraTests.Hosting;

/// <summary>Settings for the Node.js process the jsii runtime starts on the first CDK call.</summary>
public static class NodeRuntime
{
    /// <summary>Node 20 still runs the CDK; its end-of-life banner would only clutter the test output.</summary>
    public static void SilenceEndOfLifeWarning() =>
        System.Environment.SetEnvironmentVariable("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20");
}
