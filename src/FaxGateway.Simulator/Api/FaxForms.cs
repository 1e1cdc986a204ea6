namespace FaxGateway.Simulator.Api;

/// <summary>Reads a form body; a request without one reads as an empty form, so the missing parameters are named.</summary>
internal static class FaxForms
{
    public static async Task<IFormCollection> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.HasFormContentType ? await request.ReadFormAsync(cancellationToken) : FormCollection.Empty;
    }
}
