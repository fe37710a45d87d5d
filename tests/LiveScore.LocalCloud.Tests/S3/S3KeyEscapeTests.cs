using System.Net;
using Amazon.S3;
using Amazon.S3.Model;

namespace LiveScore.LocalCloud.Tests.S3;

/// <summary>Keys map to files, so no key may name a file outside its bucket's folder, however it is spelled.</summary>
[Collection(S3ServerCollection.Name)]
public sealed class S3KeyEscapeTests(S3Server server)
{
    [Theory]
    [InlineData("../escaped.txt")]
    [InlineData("nested/../../escaped.txt")]
    [InlineData("./here.txt")]
    [InlineData("a//b.txt")]
    [InlineData("folder/")]
    [InlineData("..\\escaped.txt")]
    public async Task The_SDK_cannot_store_a_key_that_could_leave_the_bucket_folder(string key)
    {
        var bucket = await server.CreateBucketAsync();

        var error = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() =>
            server.Client.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = key, ContentBody = "escape" }));

        Assert.Equal(("InvalidArgument", HttpStatusCode.BadRequest), (error.ErrorCode, error.StatusCode));
        AssertNothingWritten(bucket);
    }

    [Theory]
    [InlineData("%2E%2E/escaped.txt")]
    [InlineData("a/%2E%2E/%2E%2E/escaped.txt")]
    [InlineData("..%2Fescaped.txt")]
    [InlineData("..%5Cescaped.txt")]
    [InlineData("%2Fetc%2Fescaped.txt")]
    [InlineData("/etc/escaped.txt")]
    [InlineData("a/../../escaped.txt")]
    public async Task Encoded_escapes_in_a_raw_request_are_refused_too(string encodedKey)
    {
        var bucket = await server.CreateBucketAsync();

        var (status, body) = await server.SendRawAsync("PUT", $"{new Uri(server.Endpoint).AbsolutePath}/{bucket}/{encodedKey}", "escape");

        Assert.Equal(400, status);
        Assert.Contains("<Code>InvalidArgument</Code>", body);
        AssertNothingWritten(bucket);
    }

    [Fact]
    public async Task A_NUL_in_a_key_never_reaches_the_disk()
    {
        var bucket = await server.CreateBucketAsync();

        // The web server itself refuses a NUL in the path, before the endpoint sees it.
        var (status, _) = await server.SendRawAsync("PUT", $"{new Uri(server.Endpoint).AbsolutePath}/{bucket}/x%00y", "escape");

        Assert.Equal(400, status);
        AssertNothingWritten(bucket);
    }

    [Fact]
    public async Task A_copy_source_cannot_read_outside_the_buckets()
    {
        var bucket = await server.CreateBucketAsync();
        var secret = Path.Combine(Path.GetDirectoryName(server.Root)!, $"secret-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(secret, "secret");
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, $"{server.Endpoint}/{bucket}/copy.txt") { Content = new ByteArrayContent([]) };
            request.Headers.Add("x-amz-copy-source", Uri.EscapeDataString($"../{Path.GetFileName(secret)}"));

            using var response = await server.Http.SendAsync(request);

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains("<Code>NoSuchBucket</Code>", await response.Content.ReadAsStringAsync());
            AssertNothingWritten(bucket);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public async Task A_key_cannot_be_both_an_object_and_a_folder_of_objects()
    {
        var bucket = await server.CreateBucketAsync();
        await server.Client.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "games", ContentBody = "file" });

        var error = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() =>
            server.Client.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "games/1.json", ContentBody = "{}" }));

        Assert.Equal("InvalidArgument", error.ErrorCode);
        Assert.Contains("'games'", error.Message);
    }

    private void AssertNothingWritten(string bucket)
    {
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(server.Root, bucket)));
        // Where a key resolved against the bucket folder would land one or two levels up.
        Assert.False(File.Exists(Path.Combine(server.Root, "escaped.txt")));
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(server.Root)!, "escaped.txt")));
    }
}
