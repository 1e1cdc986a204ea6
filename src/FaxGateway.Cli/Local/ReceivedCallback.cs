namespace FaxGateway.Cli.Local;

/// <summary>One callback as the demo's receiver took it.</summary>
/// <param name="FaxId">The payload's <c>fax_id</c>.</param>
/// <param name="Status"><c>sent</c>, <c>tmp_fail</c> or <c>perm_fail</c>.</param>
/// <param name="Message">The payload's <c>message</c>.</param>
/// <param name="Timestamp">The payload's <c>timestamp</c> (UNIX seconds).</param>
/// <param name="ReceivedAt">When it arrived.</param>
/// <param name="WebhookId">Its <c>webhook-id</c> header, when callbacks are signed; every copy of one event carries the same.</param>
/// <param name="Attempt">The payload's <c>attempt</c>, when it has one (a request refused before any attempt has none).</param>
internal sealed record ReceivedCallback(
    string FaxId, string Status, string Message, long Timestamp, DateTimeOffset ReceivedAt, string? WebhookId = null, int? Attempt = null)
{
    public bool IsTerminal => Status is "sent" or "perm_fail";
}
