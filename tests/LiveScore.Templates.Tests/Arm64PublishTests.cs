using LiveScore.Templates.Tests.Infrastructure;

namespace LiveScore.Templates.Tests;

/// <summary>
/// The default architecture: the generated functions cross-publish from x64 as an arm64 Native AOT bootstrap with the
/// generated README's command, within budget, and the executable, run under qemu-aarch64, speaks the Runtime API.
/// </summary>
[Collection(TemplatePackCollection.Name)]
public sealed class Arm64PublishTests(Arm64Bootstrap published) : IClassFixture<Arm64Bootstrap>
{
    [Arm64Fact]
    public void The_executable_is_arm64_native_and_within_budget() => BootstrapChecks.IsNativeForItsArchitectureAndWithinBudget(published);

    [Arm64Fact]
    public Task An_unknown_handler_id_is_reported_to_init_error_and_exits_non_zero() => BootstrapChecks.ReportsAnUnknownHandlerToInitErrorAndExitsNonZero(published);

    [Arm64Theory]
    [MemberData(nameof(BootstrapChecks.InvalidApiEvents), MemberType = typeof(BootstrapChecks))]
    public Task Each_features_api_answers_an_event(string handler, string routeKey, string body) =>
        BootstrapChecks.AnswersAnInvalidRequestWithA400(published, handler, routeKey, body);
}

/// <summary>Skipped, saying what to install, where the cross toolchain is missing; on CI (CI=true) it must run.</summary>
public sealed class Arm64FactAttribute : FactAttribute
{
    public Arm64FactAttribute() => Skip = Arm64Skip.Reason;
}

/// <inheritdoc cref="Arm64FactAttribute"/>
public sealed class Arm64TheoryAttribute : TheoryAttribute
{
    public Arm64TheoryAttribute() => Skip = Arm64Skip.Reason;
}

internal static class Arm64Skip
{
    public static string? Reason =>
        Arm64Bootstrap.MissingTools is { } missing && Environment.GetEnvironmentVariable("CI") != "true" ? missing : null;
}
