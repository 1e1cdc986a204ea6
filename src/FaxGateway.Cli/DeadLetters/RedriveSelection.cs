namespace FaxGateway.Cli.DeadLetters;

/// <summary>Which messages a redrive moves: every one (<c>--all</c>), or those with these SQS ids (<c>--id</c>).</summary>
internal sealed record RedriveSelection(bool All, IReadOnlySet<string> Ids)
{
    public static RedriveSelection Everything { get; } = new(true, new HashSet<string>());

    public static RedriveSelection Only(IEnumerable<string> ids) => new(false, new HashSet<string>(ids, StringComparer.Ordinal));
}
