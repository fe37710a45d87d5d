// The jsii runtime behind the CDK is one Node.js process per test process and is not thread-safe.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
