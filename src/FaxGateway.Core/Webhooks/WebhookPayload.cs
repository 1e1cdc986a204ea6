using FaxGateway.Core.Faxes;

namespace FaxGateway.Core.Webhooks;

/// <summary>
/// The JSON body POSTed to a caller's callback URL. The four fields are the original's wire
/// contract and never change; new fields may only be added beside them.
/// </summary>
/// <param name="FaxId">The caller's fax id.</param>
/// <param name="Status"><c>sent</c>, <c>tmp_fail</c> or <c>perm_fail</c>.</param>
/// <param name="Message">Human-readable text; its exact wording is part of the contract.</param>
/// <param name="Timestamp">When the gateway decided this, in UNIX seconds.</param>
public sealed record WebhookPayload(string FaxId, FaxStatus Status, string Message, long Timestamp);
