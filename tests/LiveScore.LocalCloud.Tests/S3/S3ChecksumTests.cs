using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Amazon.S3;
using Amazon.S3.Model;
using LiveScore.LocalCloud.S3;

namespace LiveScore.LocalCloud.Tests.S3;

[Collection(S3ServerCollection.Name)]
public sealed class S3ChecksumTests(S3Server server)
{
    [Theory]
    [InlineData("CRC32", "y/Q5Jg==")]
    [InlineData("CRC32C", "4waSgw==")]
    [InlineData("CRC64NVME", "rosUhgp5mIg=")]
    [InlineData("SHA1", "98O8HYCOBHMq32eZZczDTKeuNEE=")]
    [InlineData("SHA256", "FeKw08M4keuw8e9gnsQZQgwg4yDOlMZfvIwzEkSOsiU=")]
    public void Checksums_match_the_standard_check_values(string algorithm, string expected)
    {
        var checksum = S3Checksum.For(algorithm)!;
        checksum.Append("1234"u8);
        checksum.Append("56789"u8);

        Assert.Equal(expected, checksum.Value());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("SHA256")]
    [InlineData("CRC32")]
    public async Task The_SDK_uploads_with_its_flexible_checksum_and_verifies_it_on_download(string? algorithm)
    {
        var bucket = await server.CreateBucketAsync();
        var content = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("a long match report ", 10_000)));
        var request = new PutObjectRequest { BucketName = bucket, Key = "report.txt", InputStream = new MemoryStream(content) };
        if (algorithm is not null) request.ChecksumAlgorithm = algorithm;

        await server.Client.PutObjectAsync(request);

        using var get = await server.Client.GetObjectAsync(new GetObjectRequest { BucketName = bucket, Key = "report.txt", ChecksumMode = ChecksumMode.ENABLED });
        using var read = new MemoryStream();
        await get.ResponseStream.CopyToAsync(read);
        Assert.Equal(content, read.ToArray());
        Assert.Equal(content, await File.ReadAllBytesAsync(Path.Combine(server.Root, bucket, "report.txt")));
    }

    [Fact]
    public async Task An_unsigned_aws_chunked_upload_is_decoded_and_its_trailer_checksum_checked()
    {
        var bucket = await server.CreateBucketAsync();
        var crc = Checksum("CRC32", "hello, world");

        var stored = await PutChunkedAsync(bucket, "good.txt", ["hello, ", "world"], $"x-amz-checksum-crc32:{crc}");
        var refused = await PutChunkedAsync(bucket, "bad.txt", ["hello, ", "world"], $"x-amz-checksum-crc32:{Checksum("CRC32", "tampered")}");

        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        Assert.Equal(crc, stored.Headers.GetValues("x-amz-checksum-crc32").Single());
        Assert.Equal("hello, world", await File.ReadAllTextAsync(Path.Combine(server.Root, bucket, "good.txt")));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("<Code>BadDigest</Code>", await refused.Content.ReadAsStringAsync());
        Assert.False(File.Exists(Path.Combine(server.Root, bucket, "bad.txt")));
    }

    [Fact]
    public async Task A_checksum_or_Content_MD5_header_that_does_not_match_the_body_is_refused()
    {
        var bucket = await server.CreateBucketAsync();

        using var wrongChecksum = new HttpRequestMessage(HttpMethod.Put, $"{server.Endpoint}/{bucket}/a.txt") { Content = new StringContent("payload") };
        wrongChecksum.Headers.Add("x-amz-checksum-sha256", Checksum("SHA256", "other payload"));
        using var wrongMd5 = new HttpRequestMessage(HttpMethod.Put, $"{server.Endpoint}/{bucket}/b.txt") { Content = new StringContent("payload") };
        wrongMd5.Content.Headers.ContentMD5 = System.Security.Cryptography.MD5.HashData("other payload"u8);

        foreach (var request in new[] { wrongChecksum, wrongMd5 })
        {
            using var response = await server.Http.SendAsync(request);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("<Code>BadDigest</Code>", await response.Content.ReadAsStringAsync());
        }
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(server.Root, bucket)));
        var missing = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => server.Client.GetObjectMetadataAsync(bucket, "a.txt"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    private async Task<HttpResponseMessage> PutChunkedAsync(string bucket, string key, string[] chunks, string trailer)
    {
        var body = new StringBuilder();
        foreach (var chunk in chunks) body.Append($"{Encoding.UTF8.GetByteCount(chunk):x}\r\n{chunk}\r\n");
        body.Append($"0\r\n{trailer}\r\n\r\n");
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body.ToString()));
        content.Headers.ContentEncoding.Add("aws-chunked");
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        using var request = new HttpRequestMessage(HttpMethod.Put, $"{server.Endpoint}/{bucket}/{key}") { Content = content };
        request.Headers.Add("x-amz-content-sha256", "STREAMING-UNSIGNED-PAYLOAD-TRAILER");
        request.Headers.Add("x-amz-decoded-content-length", chunks.Sum(c => Encoding.UTF8.GetByteCount(c)).ToString());
        request.Headers.Add("x-amz-trailer", trailer.Split(':')[0]);
        return await server.Http.SendAsync(request);
    }

    private static string Checksum(string algorithm, string text)
    {
        var checksum = S3Checksum.For(algorithm)!;
        checksum.Append(Encoding.UTF8.GetBytes(text));
        return checksum.Value();
    }
}
