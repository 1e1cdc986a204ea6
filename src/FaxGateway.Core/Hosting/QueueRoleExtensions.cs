using FaxGateway.Core.Settings;

namespace FaxGateway.Core.Hosting;

/// <summary>Where each consumed queue is, for hosts that must name it to SQS.</summary>
public static class QueueRoleExtensions
{
    public static Uri UrlIn(this QueueRole queue, FaxGatewaySettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return queue switch
        {
            QueueRole.Fax => settings.FaxQueueUrl,
            QueueRole.Retry => settings.RetryQueueUrl,
            QueueRole.Webhook => settings.WebhookQueueUrl,
            _ => throw new ArgumentOutOfRangeException(nameof(queue), queue, "Unknown queue"),
        };
    }
}
