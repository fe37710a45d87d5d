using LiveScore.Lambda.Events;

namespace LiveScore.Lambda.Tests.Events;

public class CloudTrailEventTests
{
    [Fact]
    public void Reads_the_envelope_the_caller_and_the_call_of_a_management_event()
    {
        var @event = Payload.Read("cloudtrail-put-bucket-policy.json", HostingJsonContext.Default.CloudTrailEvent);

        Assert.Equal(("AWS API Call via CloudTrail", "aws.s3", "123456789012"), (@event.DetailType, @event.Source, @event.Account));
        var detail = @event.Detail;
        Assert.Equal(("PutBucketPolicy", "s3.amazonaws.com", "2026-11-30T09:15:42Z"), (detail.EventName, detail.EventSource, detail.EventTime));
        Assert.Equal(("IAMUser", "mallory", "arn:aws:iam::123456789012:user/mallory"), (detail.UserIdentity.Type, detail.UserIdentity.UserName, detail.UserIdentity.Arn));
        Assert.Equal("203.0.113.7", detail.SourceIpAddress);
        Assert.Equal("arena-lake", detail.RequestParameters!["bucketName"]!.GetValue<string>());
        Assert.Equal("*", detail.RequestParameters["bucketPolicy"]!["Statement"]![0]!["Principal"]!.GetValue<string>());
        Assert.Equal((false, true, "Management"), (detail.ReadOnly, detail.ManagementEvent, detail.EventCategory));
        Assert.Null(detail.ErrorCode);
    }

    [Fact]
    public void Reads_an_assumed_role_caller_and_the_object_of_a_data_event()
    {
        var detail = Payload.Read("cloudtrail-get-object.json", HostingJsonContext.Default.CloudTrailEvent).Detail;

        Assert.Equal("AssumedRole", detail.UserIdentity.Type);
        Assert.Equal("Arena-VisitStreamRole", detail.UserIdentity.SessionContext!["sessionIssuer"]!["userName"]!.GetValue<string>());
        Assert.Equal(["AWS::S3::Object", "AWS::S3::Bucket"], detail.Resources.Select(r => r.Type));
        Assert.Equal((true, false, "Data"), (detail.ReadOnly, detail.ManagementEvent, detail.EventCategory));
    }

    [Theory]
    [InlineData("cloudtrail-put-bucket-policy.json")]
    [InlineData("cloudtrail-get-object.json")]
    public void Round_trips_without_losing_a_field(string sample)
    {
        Assert.Empty(Payload.RoundTripDifferences(sample, HostingJsonContext.Default.CloudTrailEvent));
    }
}
