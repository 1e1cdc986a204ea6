using System.Diagnostics.CodeAnalysis;

namespace FaxGateway.Core.Faxes;

/// <summary>
/// What <see cref="FaxRequestParser"/> made of a message: a fax, or the reasons it was refused
/// together with whatever could still be used to tell the caller (a valid id and callback URL).
/// </summary>
public sealed class FaxParseResult
{
    private FaxParseResult(Fax? fax, IReadOnlyList<string> problems, string? faxId, string? callbackUrl)
    {
        Fax = fax;
        Problems = problems;
        FaxId = faxId;
        CallbackUrl = callbackUrl;
    }

    /// <summary>The fax, when the message was valid.</summary>
    public Fax? Fax { get; }

    /// <summary>Every problem found, in field order; empty when the message was valid.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>The fax id, when it was present and valid.</summary>
    public string? FaxId { get; }

    /// <summary>The callback URL, when it was present and valid.</summary>
    public string? CallbackUrl { get; }

    /// <summary>Whether the message was a valid fax request.</summary>
    [MemberNotNullWhen(true, nameof(Fax))]
    public bool IsValid => Fax is not null;

    /// <summary>Whether a rejection can be reported to the caller by callback.</summary>
    public bool CanNotifyCaller => FaxId is not null && CallbackUrl is not null;

    /// <summary>The problems as one sentence, for callbacks and logs.</summary>
    public string Reason => string.Join("; ", Problems);

    internal static FaxParseResult Accepted(Fax fax) => new(fax, [], fax.FaxId, fax.CallbackUrl);

    internal static FaxParseResult Rejected(
        IReadOnlyList<string> problems, string? faxId = null, string? callbackUrl = null) =>
        new(null, problems, faxId, callbackUrl);
}
