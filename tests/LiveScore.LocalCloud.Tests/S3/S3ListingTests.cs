using Amazon.S3.Model;

namespace LiveScore.LocalCloud.Tests.S3;

[Collection(S3ServerCollection.Name)]
public sealed class S3ListingTests(S3Server server)
{
    private async Task<string> BucketWithAsync(params string[] keys)
    {
        var bucket = await server.CreateBucketAsync();
        foreach (var key in keys) await server.Client.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = key, ContentBody = key });
        return bucket;
    }

    [Fact]
    public async Task A_prefix_and_delimiter_list_one_folder_level_with_common_prefixes()
    {
        var bucket = await BucketWithAsync("games/1/events.json", "games/1/score.json", "games/2/score.json", "games/index.json", "teams.json");

        var listed = await server.Client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket, Prefix = "games/", Delimiter = "/" });

        Assert.Equal(["games/index.json"], listed.S3Objects.Select(o => o.Key));
        Assert.Equal(["games/1/", "games/2/"], listed.CommonPrefixes);
        Assert.Equal(16, listed.S3Objects[0].Size);
        Assert.False(listed.IsTruncated);
    }

    [Fact]
    public async Task Pages_follow_continuation_tokens_and_count_prefixes_as_keys()
    {
        var bucket = await BucketWithAsync("a.txt", "b/1.txt", "b/2.txt", "c.txt", "d/1.txt", "e.txt");
        var seen = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await server.Client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket, Delimiter = "/", MaxKeys = 2, ContinuationToken = token });
            // The SDK leaves a list it received no element of null.
            var keys = (page.S3Objects ?? []).Select(o => o.Key).Concat(page.CommonPrefixes ?? []).ToList();
            Assert.Equal(keys.Count, page.KeyCount);
            seen.AddRange(keys);
            token = page.IsTruncated == true ? page.NextContinuationToken : null;
            pages++;
        }
        while (token is not null);

        Assert.Equal(["a.txt", "b/", "c.txt", "d/", "e.txt"], seen.Order(StringComparer.Ordinal));
        Assert.Equal(3, pages);
    }

    [Fact]
    public async Task Start_after_skips_keys_up_to_and_including_it()
    {
        var bucket = await BucketWithAsync("1", "2", "3", "4");

        var listed = await server.Client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket, StartAfter = "2" });

        Assert.Equal(["3", "4"], listed.S3Objects.Select(o => o.Key));
    }
}
