using FaxGateway.Simulator.Faxes;

namespace FaxGateway.Simulator.Media;

/// <summary>A fetched, readable PDF and its page count, or why the media cannot be faxed.</summary>
internal sealed record MediaResult(int Pages, byte[]? Content, FaxError? Error)
{
    public bool IsValid => Error is null;

    public static MediaResult Pdf(int pages, byte[] content) => new(pages, content, null);

    public static MediaResult NotFetched(string reason) =>
        new(0, null, new FaxError(FaxFailureCause.MediaNotFetched, FaxErrorCodes.MediaNotFetched, $"media could not be fetched ({reason})"));

    public static MediaResult NotPdf(string reason) =>
        new(0, null, new FaxError(FaxFailureCause.MediaNotPdf, FaxErrorCodes.MediaNotPdf, $"media is not a valid PDF ({reason})"));
}
