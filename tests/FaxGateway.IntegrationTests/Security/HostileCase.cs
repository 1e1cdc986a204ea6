namespace FaxGateway.IntegrationTests.Security;

/// <summary>One hostile message and exactly what the gateway must make of it.</summary>
/// <param name="Name">What the case is about.</param>
/// <param name="FaxId">The fax id a callback would carry, when the message has a usable one.</param>
/// <param name="Body">The message body, as sent.</param>
/// <param name="Expected">The outcome.</param>
/// <param name="OnWebhookQueue">Whether the message goes on the webhook queue rather than the fax queue.</param>
internal sealed record HostileCase(string Name, string? FaxId, string Body, HostileOutcome Expected, bool OnWebhookQueue = false);

/// <summary>What the gateway made of a message: a final callback, or a dead-lettered copy with its reason.</summary>
/// <param name="Kind"><c>callback</c>, <c>fax-dlq</c> or <c>webhook-dlq</c>.</param>
/// <param name="Status">The callback's status (<c>sent</c>, <c>perm_fail</c>), empty for a dead letter.</param>
/// <param name="Text">The callback's message, or the dead letter's reason.</param>
internal sealed record HostileOutcome(string Kind, string Status, string Text)
{
    public static HostileOutcome Sent() => new("callback", "sent", "Fax sent successfully");

    public static HostileOutcome PermFail(string message) => new("callback", "perm_fail", message);

    public static HostileOutcome Rejected(string reason) => PermFail("Invalid fax request: " + reason);

    public static HostileOutcome FaxDeadLetter(string reason) => new("fax-dlq", string.Empty, reason);

    public static HostileOutcome WebhookDeadLetter(string reason) => new("webhook-dlq", string.Empty, reason);
}
