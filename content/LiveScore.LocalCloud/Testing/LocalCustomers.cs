using System.Net.Http.Headers;
using System.Text.Json;
using LiveScore.LocalCloud.Cognito;

namespace LiveScore.LocalCloud.Testing;

/// <summary>
/// Signs customers in to the local user pool through its Cognito API, as the pages do: sign up (when new), then
/// USER_PASSWORD_AUTH, for tokens that routes with customer authorization accept.
/// </summary>
public static class LocalCustomers
{
    /// <summary>The password every test customer gets; it meets the pool's policy.</summary>
    public const string Password = "Local-Passw0rd";

    /// <summary>The access token of <paramref name="email"/>, signed up first when the pool does not know the address.</summary>
    public static async Task<string> AccessTokenAsync(HttpClient http, string email, CancellationToken cancellationToken = default)
    {
        using var signUp = await CallAsync(http, "SignUp", UserPoolTokens.Json(writer =>
        {
            writer.WriteString("ClientId", LocalEnvironment.UserPoolClientId);
            writer.WriteString("Username", email);
            writer.WriteString("Password", Password);
        }), cancellationToken);
        if (!signUp.IsSuccessStatusCode && !(await signUp.Content.ReadAsStringAsync(cancellationToken)).Contains("UsernameExistsException", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Sign-up of {email} failed: {await signUp.Content.ReadAsStringAsync(cancellationToken)}");
        }
        using var signIn = await CallAsync(http, "InitiateAuth", UserPoolTokens.Json(writer =>
        {
            writer.WriteString("AuthFlow", "USER_PASSWORD_AUTH");
            writer.WriteString("ClientId", LocalEnvironment.UserPoolClientId);
            writer.WriteStartObject("AuthParameters");
            writer.WriteString("USERNAME", email);
            writer.WriteString("PASSWORD", Password);
            writer.WriteEndObject();
        }), cancellationToken);
        var answer = await signIn.Content.ReadAsStringAsync(cancellationToken);
        if (!signIn.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Sign-in of {email} failed: {answer}");
        }
        using var result = JsonDocument.Parse(answer);
        return result.RootElement.GetProperty("AuthenticationResult").GetProperty("AccessToken").GetString()!;
    }

    /// <summary>A client whose every request carries <paramref name="email"/>'s access token as <c>Authorization: Bearer</c>; the caller disposes it.</summary>
    public static async Task<HttpClient> HttpAsync(Uri baseAddress, string email, CancellationToken cancellationToken = default)
    {
        var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await AccessTokenAsync(http, email, cancellationToken));
        return http;
    }

    private static async Task<HttpResponseMessage> CallAsync(HttpClient http, string operation, byte[] json, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(json);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.1");
        using var request = new HttpRequestMessage(HttpMethod.Post, CognitoEndpoints.Path) { Content = content };
        request.Headers.Add("X-Amz-Target", "AWSCognitoIdentityProviderService." + operation);
        return await http.SendAsync(request, cancellationToken);
    }
}
