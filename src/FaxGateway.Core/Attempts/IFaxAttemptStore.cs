namespace FaxGateway.Core.Attempts;

/// <summary>
/// Where attempts are recorded, outside the process making them (DynamoDB when deployed). A
/// failed call throws, so the message being processed is delivered again rather than a fax
/// being sent on a guess.
/// </summary>
public interface IFaxAttemptStore
{
    /// <summary>The record of <paramref name="attempt"/> at <paramref name="faxId"/>, or null when there is none.</summary>
    Task<FaxAttemptRecord?> GetAsync(string faxId, int attempt, CancellationToken cancellationToken);

    /// <summary>
    /// Writes <paramref name="record"/> if the stored one is the version before it (none at all
    /// for version 1). False when another writer got there first: the caller must not go on as
    /// if its write had happened.
    /// </summary>
    Task<bool> TrySaveAsync(FaxAttemptRecord record, CancellationToken cancellationToken);
}
