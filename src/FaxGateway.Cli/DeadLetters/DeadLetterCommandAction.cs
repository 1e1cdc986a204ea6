using System.CommandLine;
using System.CommandLine.Invocation;
using Amazon.Runtime;

namespace FaxGateway.Cli.DeadLetters;

/// <summary>
/// Runs one <c>faxgw dlq</c> subcommand with the exit codes of <see cref="ExitCodes"/>. It takes
/// parse errors over from System.CommandLine (which would exit 1) to report them as bad usage
/// (2), and turns SQS failures into one line instead of a stack trace.
/// </summary>
internal sealed class DeadLetterCommandAction(
    Func<DeadLetterContext> contexts,
    Func<ParseResult, DeadLetterContext, CancellationToken, Task<int>> run) : AsynchronousCommandLineAction
{
    public override bool ClearsParseErrors => true;

    public override async Task<int> InvokeAsync(ParseResult parseResult, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        using var context = contexts();
        var errors = parseResult.Errors.Select(error => error.Message)
            .Concat(parseResult.UnmatchedTokens.Select(token => $"Unrecognized argument '{token}'."))
            .ToList();
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                await context.Error.WriteLineAsync(error);
            }

            await context.Error.WriteLineAsync($"See '{CommandPath(parseResult)} --help'.");
            return ExitCodes.Usage;
        }

        try
        {
            return await run(parseResult, context, cancellationToken);
        }
        catch (DeadLetterUsageException exception)
        {
            await context.Error.WriteLineAsync(exception.Message);
            return ExitCodes.Usage;
        }
        catch (AmazonServiceException exception)
        {
            await context.Error.WriteLineAsync($"SQS failed: {exception.Message}");
            return ExitCodes.PartialFailure;
        }
        catch (Exception exception) when (exception is AmazonClientException or HttpRequestException)
        {
            // Never reached SQS: no region, no credentials, or no endpoint listening.
            await context.Error.WriteLineAsync(
                $"Could not reach SQS: {exception.Message} (check AWS_REGION and credentials, or AWS_ENDPOINT_URL_SQS for a local emulator).");
            return ExitCodes.PartialFailure;
        }
    }

    private static string CommandPath(ParseResult parseResult)
    {
        var names = new List<string>();
        for (var result = parseResult.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Add(result.Command is RootCommand ? "faxgw" : result.Command.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }
}
