namespace LiveScore.Lambda.Aws;

/// <summary>
/// Sends SigV4-signed requests and retries throttling and transient failures. Every attempt builds and signs a
/// fresh request, so each carries a current date and current credentials.
/// </summary>
public sealed class SignedRequestSender(HttpClient http, SigV4Signer signer, IAwsCredentialsSource credentials, RetryPolicy retry)
{
    /// <summary>Signs and sends a request, retrying as the retry policy allows.</summary>
    /// <param name="createRequest">Builds the request for one attempt.</param>
    /// <param name="isRetryable">Whether a response is worth another attempt.</param>
    /// <returns>The first response that is not retryable, or the last one when attempts run out.</returns>
    public async Task<AwsResponse> SendAsync(
        Func<HttpRequestMessage> createRequest, Func<AwsResponse, bool> isRetryable, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var response = await SendOnceAsync(createRequest, cancellationToken);
                if (attempt >= retry.MaxAttempts || !isRetryable(response)) return response;
            }
            catch (Exception e) when (attempt < retry.MaxAttempts && IsTransient(e, cancellationToken))
            {
                // Connection failures and timeouts: the request may never have arrived (or its answer was lost), so try again.
            }
            await retry.WaitBeforeRetryAsync(attempt, cancellationToken);
        }
    }

    private async Task<AwsResponse> SendOnceAsync(Func<HttpRequestMessage> createRequest, CancellationToken cancellationToken)
    {
        using var request = createRequest();
        await signer.SignAsync(request, await credentials.GetAsync(cancellationToken), cancellationToken);
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(retry.AttemptTimeout);
        using var response = await http.SendAsync(request, attempt.Token);
        return new AwsResponse(response.StatusCode, await response.Content.ReadAsStringAsync(attempt.Token))
        {
            Headers = response.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase),
        };
    }

    private static bool IsTransient(Exception exception, CancellationToken cancellationToken) =>
        exception is HttpRequestException
        || ((exception is OperationCanceledException or TimeoutException) && !cancellationToken.IsCancellationRequested);
}
