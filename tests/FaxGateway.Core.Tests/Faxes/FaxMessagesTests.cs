using FaxGateway.Core.Faxes;

namespace FaxGateway.Core.Tests.Faxes;

public sealed class FaxMessagesTests
{
    [Fact]
    public void Texts_MatchTheOriginalWordForWord()
    {
        Assert.Equal("Fax sent successfully", FaxMessages.Sent);
        Assert.Equal("Failed to deliver fax (attempt 7 of 20). Fax status: busy", FaxMessages.TemporaryFailure(7, 20, "busy"));
        Assert.Equal("Failed to deliver fax after 20 tries. Last attempt status: busy", FaxMessages.PermanentFailure(20, "busy"));
    }

    [Fact]
    public void TemporaryFailure_OverlongCarrierStatus_IsCut()
    {
        var text = FaxMessages.TemporaryFailure(1, 2, new string('x', 500));

        Assert.EndsWith("Fax status: " + new string('x', FaxMessages.MaxStatusLength), text, StringComparison.Ordinal);
    }

    [Fact]
    public void PermanentFailure_EmptyCarrierStatus_SaysUnknown()
    {
        Assert.Equal("Failed to deliver fax after 1 tries. Last attempt status: unknown", FaxMessages.PermanentFailure(1, " "));
    }
}
