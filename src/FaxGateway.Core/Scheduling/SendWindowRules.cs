using FaxGateway.Core.Settings;

namespace FaxGateway.Core.Scheduling;

/// <summary>The hours each destination may be faxed (<c>SEND_WINDOWS</c>); none means any time.</summary>
public sealed class SendWindowRules
{
    private readonly int _count;

    private SendWindowRules(int count) => _count = count;

    /// <summary>No windows: every destination may be faxed at any time.</summary>
    public static SendWindowRules None { get; } = new(0);

    /// <summary>Whether any rule is set.</summary>
    public bool IsEmpty => _count == 0;

    /// <summary>Null when <paramref name="number"/> may be faxed at <paramref name="now"/>; otherwise when its window next opens.</summary>
    public DateTimeOffset? NextOpening(string number, DateTimeOffset now) => IsEmpty ? null : now;

    /// <summary>Binds <c>SEND_WINDOWS</c>.</summary>
    public static SendWindowRules Read(SettingsReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (reader.OptionalString("SEND_WINDOWS") is not null)
        {
            reader.AddProblem("SEND_WINDOWS is not read yet");
        }

        return None;
    }
}
