using FaxGateway.Simulator.Faults;
using FaxGateway.Simulator.Faxes;
using FaxGateway.Simulator.Hosting;

namespace FaxGateway.Simulator.Api.Dialects;

/// <summary>
/// SignalWire's compatibility API under <c>/api/laml/2010-04-01/Accounts/{ProjectId}</c>: Basic
/// auth with the project id and API token, the project id also in the path, and Twilio-shaped
/// error bodies (SignalWire's compatibility API copies Twilio's; its exact error body is not
/// published, so this is the simulator's reading).
/// </summary>
internal sealed class SignalWireDialect(FaxSimulatorOptions options) : ApiDialect
{
    public const string AccountsPrefix = "/api/laml/2010-04-01/Accounts/";

    public override CarrierApi Api => CarrierApi.SignalWire;

    public override bool Owns(PathString path) => path.Value?.StartsWith(AccountsPrefix, StringComparison.OrdinalIgnoreCase) == true;

    public override bool IsCreate(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Path.Value?.EndsWith("/Faxes.json", StringComparison.OrdinalIgnoreCase) == true;

    public override bool IsAuthorized(HttpRequest request) =>
        Credentials.IsBasic(request, options.SignalWireProjectId, options.SignalWireApiToken)
        && string.Equals(Credentials.SegmentAfter(request.Path, AccountsPrefix), options.SignalWireProjectId, StringComparison.Ordinal);

    public override IResult Unauthorized() =>
        new HeaderResult(TwilioErrors.Unauthorized().ToResult(), "WWW-Authenticate", "Basic realm=\"SignalWire\"");

    public override IResult Refuse(RequestFault fault) => TwilioDialect.TwilioShapedRefusal(fault);
}
