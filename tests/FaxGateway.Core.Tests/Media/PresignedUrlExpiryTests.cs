using FaxGateway.Core.Media;

namespace FaxGateway.Core.Tests.Media;

public sealed class PresignedUrlExpiryTests
{
    [Theory]
    [InlineData("https://b.s3.amazonaws.com/f.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20261103T140000Z&X-Amz-Expires=3600&X-Amz-Signature=ab", "2026-11-03T15:00:00Z")]
    [InlineData("https://b.s3.amazonaws.com/f.pdf?AWSAccessKeyId=A&Expires=1793718000&Signature=x", "2026-11-03T15:00:00Z")]
    [InlineData("https://storage.googleapis.com/b/f.pdf?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Date=20261103T140000Z&X-Goog-Expires=900&X-Goog-Signature=ab", "2026-11-03T14:15:00Z")]
    [InlineData("https://a.blob.core.windows.net/c/f.pdf?sv=2022-11-02&se=2026-11-03T15%3A00%3A00Z&sig=x", "2026-11-03T15:00:00Z")]
    public void Of_PresignedUrl_ReadsItsExpiry(string url, string expires)
    {
        Assert.Equal(DateTimeOffset.Parse(expires, System.Globalization.CultureInfo.InvariantCulture), PresignedUrlExpiry.Of(new Uri(url)));
    }

    [Theory]
    [InlineData("https://example.com/f.pdf")]
    [InlineData("https://example.com/f.pdf?X-Amz-Date=garbage&X-Amz-Expires=60")]
    [InlineData("https://example.com/f.pdf?Expires=soon")]
    public void Of_UrlWithoutAReadableExpiry_IsNull(string url)
    {
        Assert.Null(PresignedUrlExpiry.Of(new Uri(url)));
    }
}
