using System.Globalization;

namespace FaxGateway.Simulator.Api.Sinch;

/// <summary>
/// Sinch's error answers (Fax API 3.0, "Http Error Codes"): <c>{"code": "422", "error": "Invalid parameters",
/// "message": "…", "details": {"fieldViolations": [{"field", "description"}]}}</c>; a 401 has no body.
/// </summary>
internal static class SinchErrors
{
    public static IResult Result(int status, string error, string message, SinchErrorDetails? details = null) =>
        TypedResults.Json(
            new SinchErrorBody(status.ToString(CultureInfo.InvariantCulture), error, message, details),
            SinchJson.Context.SinchErrorBody,
            statusCode: status);

    public static IResult Invalid(string field, string description) => Result(
        StatusCodes.Status422UnprocessableEntity,
        "Invalid parameters",
        "The request could not be understood by the server due to malformed syntax.",
        new SinchErrorDetails([new SinchFieldViolation(field, description)]));

    public static IResult NotFound() =>
        Result(StatusCodes.Status404NotFound, "Not found", "The resource is not found, not available, or does not exist.");
}

/// <summary>The error body.</summary>
internal sealed record SinchErrorBody(string Code, string Error, string Message, SinchErrorDetails? Details);

/// <summary>The fields a 422 refused.</summary>
internal sealed record SinchErrorDetails(IReadOnlyList<SinchFieldViolation> FieldViolations);

/// <summary>One refused field.</summary>
internal sealed record SinchFieldViolation(string Field, string Description);
