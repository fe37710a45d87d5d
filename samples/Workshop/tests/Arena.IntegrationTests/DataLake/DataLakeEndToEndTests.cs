using System.Net;
using System.Text;
using System.Text.Json;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Arena.Functions.DataLake;
using LiveScore.LocalCloud.Testing;

namespace Arena.IntegrationTests.DataLake;

/// <summary>POST /visits → queue → ProductVisits → stream → the local lake bucket, through the local cloud.</summary>
public sealed class DataLakeEndToEndTests(LocalCloudFixture cloud) : IClassFixture<LocalCloudFixture>
{
    [Fact]
    public async Task A_posted_visit_lands_gzip_ndjson_in_its_day_partition_of_the_lake()
    {
        var productId = "p-" + Guid.NewGuid().ToString("N")[..8];
        using var response = await cloud.CustomerHttp.PostAsync("/visits", Json($$"""
            {"productId":"{{productId}}","productName":"Ball","category":"Toys","pricePerUnit":12.5,"customerId":"c-1","customerName":"Ada <b>","timeOfVisit":"2026-03-04T23:30:00-02:00"}
            """));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var messageId = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("messageId").GetString();

        using var s3 = S3();
        var visit = await Eventually.UntilAsync(() => LakeVisitsAsync(s3, "visits/year=2026/month=03/day=05/"), v => v.Any(x => x.ProductId == productId), "the visit in the lake", context: () => cloud.Console);

        Assert.Equal(new Visit(messageId!, productId, "Ball", "Toys", 12.5m, "c-1", "Ada <b>", "2026-03-05T01:30:00.000Z"), visit.Single(x => x.ProductId == productId));
    }

    [Fact]
    public async Task Processing_a_stream_batch_again_overwrites_its_object_instead_of_adding_one()
    {
        var visitId = Guid.NewGuid().ToString();
        var batch = $$$"""
            {"Records":[{"eventID":"{{{visitId}}}","eventName":"INSERT","eventVersion":"1.1","eventSource":"aws:dynamodb","awsRegion":"us-east-1",
              "eventSourceARN":"arn:aws:dynamodb:us-east-1:000000000000:table/ProductVisits/stream/2026-01-01T00:00:00.000",
              "dynamodb":{"Keys":{"visitId":{"S":"{{{visitId}}}"}},"NewImage":{"visitId":{"S":"{{{visitId}}}"},"productId":{"S":"replay"},
                "productName":{"S":"Bat"},"category":{"S":"Toys"},"pricePerUnit":{"N":"3"},"customerId":{"S":"c-2"},"customerName":{"S":"Bo"},
                "timeOfVisit":{"S":"2025-12-31T10:00:00.000Z"}},"SequenceNumber":"{{{DateTime.UtcNow.Ticks}}}","SizeBytes":10,"StreamViewType":"NEW_AND_OLD_IMAGES"}}]}
            """;

        foreach (var attempt in new[] { 1, 2 })
        {
            using var invoked = await cloud.Http.PostAsync("/2015-03-31/functions/visit-stream/invocations", new StringContent(batch, Encoding.UTF8));
            Assert.True(invoked.StatusCode == HttpStatusCode.OK && !invoked.Headers.Contains("X-Amz-Function-Error"), $"attempt {attempt}: {await invoked.Content.ReadAsStringAsync()}");
        }

        using var s3 = S3();
        var objects = (await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = DataLakeCatalog.Lake.LocalName, Prefix = "visits/year=2025/month=12/day=31/" })).S3Objects;
        var withVisit = new List<string>();
        foreach (var listed in objects ?? [])
        {
            if ((await ReadAsync(s3, listed.Key)).Any(v => v.VisitId == visitId))
            {
                withVisit.Add(listed.Key);
            }
        }
        Assert.Single(withVisit);
    }

    private AmazonS3Client S3() => new(new BasicAWSCredentials("local", "local"), new AmazonS3Config
    {
        ServiceURL = new Uri(cloud.BaseAddress, "/_aws/s3").ToString(),
        ForcePathStyle = true,
        AuthenticationRegion = "us-east-1",
    });

    private static async Task<IReadOnlyList<Visit>> LakeVisitsAsync(AmazonS3Client s3, string prefix)
    {
        var listed = await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = DataLakeCatalog.Lake.LocalName, Prefix = prefix });
        var visits = new List<Visit>();
        foreach (var item in listed.S3Objects ?? [])
        {
            visits.AddRange(await ReadAsync(s3, item.Key));
        }
        return visits;
    }

    private static async Task<IReadOnlyList<Visit>> ReadAsync(AmazonS3Client s3, string key)
    {
        using var response = await s3.GetObjectAsync(DataLakeCatalog.Lake.LocalName, key);
        using var buffer = new MemoryStream();
        await response.ResponseStream.CopyToAsync(buffer);
        return LakeBatch.Read(buffer.ToArray());
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
