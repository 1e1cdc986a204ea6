using FaxGateway.Core.Faxes;

namespace FaxGateway.Core.Media;

/// <summary>Checks a fax's PDF before each attempt, so no carrier attempt is spent on a document that cannot be sent.</summary>
public interface IMediaPreflight
{
    Task<MediaCheck> CheckAsync(Fax fax, CancellationToken cancellationToken);
}
