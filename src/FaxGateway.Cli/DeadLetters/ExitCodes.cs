namespace FaxGateway.Cli.DeadLetters;

/// <summary>What <c>faxgw dlq</c> returns, so scripts can tell "done" from "look at the output".</summary>
internal static class ExitCodes
{
    /// <summary>Everything asked for was done.</summary>
    public const int Ok = 0;

    /// <summary>Some of it failed, was refused or was not found; each case is printed.</summary>
    public const int PartialFailure = 1;

    /// <summary>The command line was wrong, or named queues that do not exist; nothing was changed.</summary>
    public const int Usage = 2;
}
