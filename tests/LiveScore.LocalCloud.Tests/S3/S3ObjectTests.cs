using System.Net;
using Amazon.S3;
using Amazon.S3.Model;

namespace LiveScore.LocalCloud.Tests.S3;

[Collection(S3ServerCollection.Name)]
public sealed class S3ObjectTests(S3Server server)
{
    [Fact]
    public async Task An_object_is_put_read_described_and_deleted_as_a_file_in_its_bucket_folder()
    {
        var bucket = await server.CreateBucketAsync();

        var put = await server.Client.PutObjectAsync(new PutObjectRequest
        {
            BucketName = bucket, Key = "games/2024/final.json", ContentBody = """{"home":2,"away":1}""", ContentType = "application/json",
            Metadata = { ["referee"] = "Collina" },
        });

        Assert.Equal("""{"home":2,"away":1}""", await File.ReadAllTextAsync(Path.Combine(server.Root, bucket, "games", "2024", "final.json")));
        using (var get = await server.Client.GetObjectAsync(bucket, "games/2024/final.json"))
        {
            Assert.Equal("""{"home":2,"away":1}""", await new StreamReader(get.ResponseStream).ReadToEndAsync());
            Assert.Equal("application/json", get.Headers.ContentType);
            Assert.Equal("Collina", get.Metadata["referee"]);
            Assert.Equal(put.ETag, get.ETag);
        }
        var head = await server.Client.GetObjectMetadataAsync(bucket, "games/2024/final.json");
        Assert.Equal(19, head.ContentLength);
        Assert.Equal(put.ETag, head.ETag);

        await server.Client.DeleteObjectAsync(bucket, "games/2024/final.json");
        var missing = await Assert.ThrowsAsync<NoSuchKeyException>(() => server.Client.GetObjectAsync(bucket, "games/2024/final.json"));
        Assert.Equal(("NoSuchKey", HttpStatusCode.NotFound), (missing.ErrorCode, missing.StatusCode));
        Assert.False(Directory.Exists(Path.Combine(server.Root, bucket, "games")));
        var headMissing = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => server.Client.GetObjectMetadataAsync(bucket, "games/2024/final.json"));
        Assert.Equal(HttpStatusCode.NotFound, headMissing.StatusCode);
    }

    [Fact]
    public async Task A_range_reads_part_of_an_object()
    {
        var bucket = await server.CreateBucketAsync();
        await server.Client.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "digits.txt", ContentBody = "0123456789" });

        using var middle = await server.Client.GetObjectAsync(new GetObjectRequest { BucketName = bucket, Key = "digits.txt", ByteRange = new ByteRange(2, 5) });
        using var tail = await server.Client.GetObjectAsync(new GetObjectRequest { BucketName = bucket, Key = "digits.txt", ByteRange = new ByteRange("bytes=-3") });

        Assert.Equal("2345", await new StreamReader(middle.ResponseStream).ReadToEndAsync());
        Assert.Equal("bytes 2-5/10", middle.ContentRange);
        Assert.Equal("789", await new StreamReader(tail.ResponseStream).ReadToEndAsync());
    }

    [Fact]
    public async Task Objects_are_copied_with_their_metadata_and_deleted_in_batches()
    {
        var bucket = await server.CreateBucketAsync();
        await server.Client.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "a.txt", ContentBody = "A", ContentType = "text/plain" });

        await server.Client.CopyObjectAsync(bucket, "a.txt", bucket, "copies/a.txt");
        using (var copy = await server.Client.GetObjectAsync(bucket, "copies/a.txt"))
        {
            Assert.Equal("text/plain", copy.Headers.ContentType);
        }

        // The SDK reports a partial failure as an exception that carries the whole answer.
        var deleted = (await Assert.ThrowsAsync<DeleteObjectsException>(() => server.Client.DeleteObjectsAsync(new DeleteObjectsRequest
        {
            BucketName = bucket, Objects = [new KeyVersion { Key = "a.txt" }, new KeyVersion { Key = "copies/a.txt" }, new KeyVersion { Key = "../outside" }],
        }))).Response;
        Assert.Equal(["a.txt", "copies/a.txt"], deleted.DeletedObjects.Select(d => d.Key).Order());
        Assert.Equal(("../outside", "InvalidArgument"), (Assert.Single(deleted.DeleteErrors).Key, deleted.DeleteErrors[0].Code));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(server.Root, bucket)));
    }

    [Fact]
    public async Task A_file_dropped_into_a_bucket_folder_is_an_object()
    {
        var bucket = await server.CreateBucketAsync();
        Directory.CreateDirectory(Path.Combine(server.Root, bucket, "dropped"));
        await File.WriteAllTextAsync(Path.Combine(server.Root, bucket, "dropped", "note.txt"), "by hand");

        using var get = await server.Client.GetObjectAsync(bucket, "dropped/note.txt");

        Assert.Equal("by hand", await new StreamReader(get.ResponseStream).ReadToEndAsync());
        Assert.Equal("\"" + Convert.ToHexStringLower(System.Security.Cryptography.MD5.HashData("by hand"u8)) + "\"", get.ETag);
    }
}
