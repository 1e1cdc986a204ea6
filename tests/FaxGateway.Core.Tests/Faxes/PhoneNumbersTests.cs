using FaxGateway.Core.Faxes;

namespace FaxGateway.Core.Tests.Faxes;

public sealed class PhoneNumbersTests
{
    [Theory]
    [InlineData("+16175551234", "********1234")]
    [InlineData("+4930123456", "*******3456")]
    [InlineData("12", "*2")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Mask_KeepsOnlyTheLastDigits(string? number, string masked)
    {
        Assert.Equal(masked, PhoneNumbers.Mask(number));
    }

    [Theory]
    [InlineData("+16175551234", true)]
    [InlineData("+442071838750", true)]
    [InlineData("16175551234", false)]
    [InlineData("+0123456789", false)]
    [InlineData("+1 617 555 1234", false)]
    [InlineData("+1234", false)]
    [InlineData(null, false)]
    public void IsE164_AcceptsOnlyPlusAndDigits(string? number, bool valid)
    {
        Assert.Equal(valid, PhoneNumbers.IsE164(number));
    }
}
