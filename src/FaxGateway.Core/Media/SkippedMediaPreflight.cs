using FaxGateway.Core.Faxes;

namespace FaxGateway.Core.Media;

/// <summary>
/// No check (<c>MEDIA_PREFLIGHT=off</c>): for PDF links only the carrier can reach (an IP
/// allow-list, say). The carrier's own failure then reports a bad document.
/// </summary>
internal sealed class SkippedMediaPreflight : IMediaPreflight
{
    public Task<MediaCheck> CheckAsync(Fax fax, CancellationToken cancellationToken) => Task.FromResult(MediaCheck.Usable(pages: null));
}
