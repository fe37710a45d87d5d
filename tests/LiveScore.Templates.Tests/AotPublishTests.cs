using LiveScore.Templates.Tests.Infrastructure;

namespace LiveScore.Templates.Tests;

/// <summary>
/// The generated functions publish as a Native AOT bootstrap for linux-x64 (this machine's architecture) without
/// warnings, within the size budget, and the executable speaks the Lambda Runtime API.
/// </summary>
[Collection(TemplatePackCollection.Name)]
public sealed class AotPublishTests(X64Bootstrap published) : IClassFixture<X64Bootstrap>
{
    [Fact]
    public void The_executable_is_native_and_within_budget() => BootstrapChecks.IsNativeForItsArchitectureAndWithinBudget(published);

    [Fact]
    public Task An_unknown_handler_id_is_reported_to_init_error_and_exits_non_zero() => BootstrapChecks.ReportsAnUnknownHandlerToInitErrorAndExitsNonZero(published);

    [Theory]
    [MemberData(nameof(BootstrapChecks.InvalidApiEvents), MemberType = typeof(BootstrapChecks))]
    public Task Each_features_api_answers_an_event(string handler, string routeKey, string body) =>
        BootstrapChecks.AnswersAnInvalidRequestWithA400(published, handler, routeKey, body);
}
