using System.CommandLine;
using System.Text.Json;
using Amazon.Runtime;
using Amazon.SQS.Model;
using FaxGateway.Core.Faxes;
using FaxGateway.Core.Queues;
using FaxGateway.Core.Serialization;
using Microsoft.Extensions.Configuration;

namespace FaxGateway.Cli.Commands;

/// <summary>
/// <c>faxgw send</c>: enqueues one fax exactly as an upstream application should (the
/// original's JSON, <c>MessageGroupId</c> = destination, no deduplication id).
/// </summary>
internal static class SendCommand
{
    public static Command Create()
    {
        var queue = new Option<string?>("--queue-url") { Description = "The fax queue (default: QUEUE_URL_FAX)." };
        var faxId = new Option<string>("--fax-id") { Description = "Your id for the fax, echoed in callbacks.", Required = true };
        var to = new Option<string>("--to") { Description = "Destination, E.164 (+16175551234).", Required = true };
        var pdf = new Option<string>("--pdf-url") { Description = "Where the carrier fetches the PDF.", Required = true };
        var callback = new Option<string>("--callback-url") { Description = "Where callbacks are POSTed.", Required = true };
        var command = new Command("send", "Put one fax request on the fax queue.") { queue, faxId, to, pdf, callback };
        command.SetAction((parse, cancellationToken) => SendAsync(
            parse.GetValue(queue),
            new Fax(parse.GetValue(faxId)!, parse.GetValue(to)!, parse.GetValue(pdf)!, parse.GetValue(callback)!),
            cancellationToken));
        return command;
    }

    private static async Task<int> SendAsync(string? queueUrl, Fax fax, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.Serialize(fax, GatewayJson.Fax);
        var parsed = FaxRequestParser.Parse(body);
        if (!parsed.IsValid)
        {
            await Console.Error.WriteLineAsync($"Not a valid fax request: {parsed.Reason}");
            return 2;
        }

        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        queueUrl ??= configuration["QUEUE_URL_FAX"];
        if (string.IsNullOrWhiteSpace(queueUrl))
        {
            await Console.Error.WriteLineAsync("Give --queue-url or set QUEUE_URL_FAX.");
            return 2;
        }

        try
        {
            using var sqs = SqsClientFactory.Create(configuration);
            var sent = await sqs.SendMessageAsync(
                new SendMessageRequest { QueueUrl = queueUrl, MessageBody = body, MessageGroupId = fax.To },
                cancellationToken);
            Console.WriteLine($"Queued fax {fax.FaxId} to {PhoneNumbers.Mask(fax.To)} as message {sent.MessageId}.");
            return 0;
        }
        catch (AmazonServiceException exception)
        {
            await Console.Error.WriteLineAsync($"SQS refused the message: {exception.ErrorCode} {exception.Message}");
            return 1;
        }
        catch (AmazonClientException exception)
        {
            await Console.Error.WriteLineAsync($"Could not reach SQS: {exception.Message} (set AWS_REGION, or AWS_ENDPOINT_URL_SQS for an emulator)");
            return 1;
        }
        catch (HttpRequestException exception)
        {
            await Console.Error.WriteLineAsync($"Could not reach SQS: {exception.HttpRequestError}");
            return 1;
        }
    }
}
