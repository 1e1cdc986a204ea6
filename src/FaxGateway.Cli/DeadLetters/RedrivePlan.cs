using System.Globalization;
using Amazon.SQS.Model;
using FaxGateway.Core.Faxes;
using FaxGateway.Core.Queues;

namespace FaxGateway.Cli.DeadLetters;

/// <summary>
/// How one dead-lettered message goes back: the same body and message attributes (less the
/// gateway's own dead-letter attributes, which would be stale), and on a FIFO queue its
/// original message group and a deduplication id of its own; or why it is not sent.
/// </summary>
/// <param name="Request">The send to make, when the message may go.</param>
/// <param name="Refusal">Why it may not, in words.</param>
internal sealed record RedrivePlan(SendMessageRequest? Request, string? Refusal)
{
    /// <summary>The group a forced message with no group and no usable number goes to.</summary>
    public const string FallbackGroup = "redriven";

    public static RedrivePlan Create(Message message, RedriveTarget target, bool force, DateTimeOffset redriveTime)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(target);
        var fax = target.ExpectsFax ? FaxRequestParser.Parse(message.Body) : null;
        if (fax is { IsValid: false } && !force)
        {
            return Refuse($"not a valid fax request ({fax.Reason}); --force sends it anyway");
        }

        var request = new SendMessageRequest
        {
            QueueUrl = target.Url.ToString(),
            MessageBody = message.Body,
            MessageAttributes = CopyAttributes(message),
        };
        if (target.IsFifo)
        {
            var group = GroupOf(message, fax, force);
            if (group is null)
            {
                return Refuse("no message group: it has no MessageGroupId and no destination number; --force sends it in group " + FallbackGroup);
            }

            request.MessageGroupId = group;

            // Unique to this message and this redrive. Without it the fax queue's content-based
            // deduplication would drop the message, silently, if the same body had been sent in
            // the last 5 minutes (by upstream, or by an earlier redrive of a message that failed again).
            request.MessageDeduplicationId = DeduplicationId(message.MessageId, redriveTime);
        }

        return new RedrivePlan(request, null);
    }

    public static string DeduplicationId(string messageId, DateTimeOffset redriveTime)
    {
        ArgumentNullException.ThrowIfNull(messageId);
        var id = messageId.Length > 100 ? messageId[..100] : messageId;
        return string.Create(CultureInfo.InvariantCulture, $"{id}-{redriveTime.ToUnixTimeMilliseconds()}");
    }

    // The group SQS kept when it moved the message (the destination number); else the number in
    // the fax request, which is what upstream applications group by.
    private static string? GroupOf(Message message, FaxParseResult? fax, bool force)
    {
        if (message.Attributes?.GetValueOrDefault("MessageGroupId") is { Length: > 0 } group)
        {
            return group;
        }

        if (fax?.Fax?.To is { } to)
        {
            return to;
        }

        if (!force)
        {
            return null;
        }

        return DeadLetterBody.Read(message.Body).Destination is { Length: <= 128 } number && number.All(c => c is >= '!' and <= '~')
            ? number
            : FallbackGroup;
    }

    private static Dictionary<string, MessageAttributeValue>? CopyAttributes(Message message)
    {
        var kept = (message.MessageAttributes ?? [])
            .Where(pair => pair.Key is not (DeadLetterAttributes.Error or DeadLetterAttributes.SourceMessageId))
            .ToDictionary(
                pair => pair.Key,
                pair => new MessageAttributeValue { DataType = pair.Value.DataType, StringValue = pair.Value.StringValue, BinaryValue = pair.Value.BinaryValue });
        return kept.Count > 0 ? kept : null;
    }

    private static RedrivePlan Refuse(string why) => new(null, why);
}
