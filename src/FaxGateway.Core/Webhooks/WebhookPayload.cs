using System.Text.Json.Serialization;
using FaxGateway.Core.Faxes;

namespace FaxGateway.Core.Webhooks;

/// <summary>
/// The JSON body POSTed to a caller's callback URL. The first four fields are the original's
/// wire contract and never change; the others were added beside them.
/// </summary>
/// <param name="FaxId">The caller's fax id.</param>
/// <param name="Status"><c>sent</c>, <c>tmp_fail</c> or <c>perm_fail</c>.</param>
/// <param name="Message">Human-readable text; its exact wording is part of the contract.</param>
/// <param name="Timestamp">When the gateway decided this, in UNIX seconds.</param>
/// <param name="Attempt">The attempt this event reports, from 1; absent for a request refused before any attempt.</param>
/// <param name="MaxAttempts">The gateway's <c>MAX_FAX_ATTEMPTS</c> when the event was made.</param>
/// <param name="Sequence">
/// Increases with every event of one fax, so a receiver can order events that share a
/// timestamp second (it is the attempt number today; a refused request's only event is 1).
/// </param>
public sealed record WebhookPayload(
    string FaxId,
    FaxStatus Status,
    string Message,
    long Timestamp,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Attempt = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? MaxAttempts = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Sequence = null);
