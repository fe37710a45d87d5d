using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace LiveScore.LocalCloud.S3;

/// <summary>S3's REST XML: documents in the 2006-03-01 namespace, timestamps in ISO 8601 with milliseconds.</summary>
internal static class S3Xml
{
    public static readonly XNamespace Namespace = "http://s3.amazonaws.com/doc/2006-03-01/";

    /// <summary>The canonical user id of the one local account, as owner of every bucket and object.</summary>
    public const string OwnerId = "75aa57f09aa0c8caeab4f8c24e99d10f8e7faeebf76c078efc7c6caea54ba06a";

    public static XElement Element(string name, params object?[] content) => new(Namespace + name, content);

    public static string Timestamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static XElement Owner() => Element("Owner", Element("ID", OwnerId), Element("DisplayName", "local"));

    public static async Task WriteAsync(HttpResponse response, XElement document, CancellationToken cancellationToken)
    {
        response.ContentType = "application/xml";
        var text = new XDeclaration("1.0", "UTF-8", null) + "\n" + document.ToString(SaveOptions.DisableFormatting);
        await response.WriteAsync(text, Encoding.UTF8, cancellationToken);
    }

    /// <summary>Parses a request document, refusing anything that is not well-formed XML.</summary>
    public static XElement Parse(string text)
    {
        try
        {
            return XElement.Parse(text);
        }
        catch (System.Xml.XmlException)
        {
            throw S3Exception.MalformedXml();
        }
    }
}
