namespace FaxGateway.Core.Settings;

/// <summary>
/// The gateway's configuration is incomplete or malformed. The message names every variable
/// at fault, so one start-up attempt shows everything there is to fix.
/// </summary>
public sealed class SettingsException : Exception
{
    public SettingsException()
        : this([])
    {
    }

    public SettingsException(string message)
        : this([message])
    {
    }

    public SettingsException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    public SettingsException(IReadOnlyList<string> problems)
        : base("FaxGateway configuration is invalid: " + string.Join("; ", problems))
    {
        Problems = problems;
    }

    /// <summary>Each problem, one per variable.</summary>
    public IReadOnlyList<string> Problems { get; }
}
