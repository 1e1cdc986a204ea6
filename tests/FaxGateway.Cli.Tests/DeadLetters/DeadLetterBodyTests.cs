using FaxGateway.Cli.DeadLetters;

namespace FaxGateway.Cli.Tests.DeadLetters;

public sealed class DeadLetterBodyTests
{
    [Theory]
    [InlineData("""{"fax_id":"abc123","to":"+16175551234","pdf_url":"https://x"}""", "abc123", "+16175551234")]
    [InlineData("""{"fax_id":"abc123"}""", "abc123", null)]
    [InlineData("""{"fax_id":"","to":42}""", null, null)]
    [InlineData("""{"callback_url":"https://x","payload":{"fax_id":"hook-1","status":"sent"}}""", "hook-1", null)]
    [InlineData("""{"payload":"not an object","fax_id":"f","to":"+16175551234"}""", "f", "+16175551234")]
    [InlineData("this is { not json", null, null)]
    [InlineData("""["fax_id","abc"]""", null, null)]
    [InlineData("", null, null)]
    public void Read_TakesWhatItCan(string body, string? faxId, string? destination) =>
        Assert.Equal(new DeadLetterBody(faxId, destination), DeadLetterBody.Read(body));
}
