using System.Net.Http.Headers;
using LiveScore.Lambda.Aws;

namespace LiveScore.LocalCloud.Redrive;

/// <summary>The result of a synchronous invocation: the function's answer and, when it failed, its error type.</summary>
public sealed record InvokeResult(string Payload, string? FunctionError);

/// <summary>Lambda's Invoke API (RequestResponse), SigV4-signed: in AWS, or the local cloud's <c>/2015-03-31/functions</c>.</summary>
public sealed class LambdaInvoker(HttpClient http, Uri endpoint, string region, IAwsCredentialsSource credentials)
{
    private readonly SignedRequestSender _sender = new(http, new SigV4Signer(region, "lambda", TimeProvider.System), credentials, RetryPolicy.Default);

    public async Task<InvokeResult> InvokeAsync(string functionName, byte[] payload, CancellationToken cancellationToken)
    {
        var response = await _sender.SendAsync(
            () =>
            {
                var request = new HttpRequestMessage(HttpMethod.Post, new Uri(endpoint, $"2015-03-31/functions/{Uri.EscapeDataString(functionName)}/invocations"))
                {
                    Content = new ByteArrayContent(payload),
                };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                return request;
            },
            r => r.IsThrottledOrServerFault,
            cancellationToken);
        if (!response.IsSuccess)
        {
            throw new AwsServiceException("Lambda Invoke", response.Status, null, response.Body);
        }
        return new InvokeResult(response.Body, response.Headers.GetValueOrDefault("X-Amz-Function-Error"));
    }
}
