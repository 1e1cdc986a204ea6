namespace FaxGateway.Simulator.Api;

/// <summary>Twilio's error body: <c>{"code": 20404, "message": "…", "more_info": "https://www.twilio.com/docs/errors/20404", "status": 404}</c>.</summary>
internal sealed record TwilioErrorBody(int Code, string Message, string MoreInfo, int Status);
