using System.Text.Json.Serialization;

namespace FaxGateway.Simulator.Api.Telnyx;

/// <summary>
/// Telnyx's error answers: <c>{"errors": [{"code", "title", "detail", "source": {"pointer"}}]}</c>.
/// 10009 is the code Telnyx answers a bad key with; the others are the simulator's choice, named once here.
/// </summary>
internal static class TelnyxErrors
{
    public const string AuthenticationFailed = "10009";
    public const string InvalidValue = "10015";
    public const string NotFound = "10005";
    public const string TooManyRequests = "10011";
    public const string Unexpected = "10007";
    public const string CannotCancel = "90018";

    public static IResult Result(int status, string code, string title, string detail, string? pointer = null) =>
        TypedResults.Json(
            new TelnyxErrorBody([new TelnyxErrorEntry(code, title, detail, pointer is null ? null : new TelnyxErrorSource(pointer))]),
            SimulatorJson.Context.TelnyxErrorBody,
            statusCode: status);

    public static IResult Invalid(string field, string detail) =>
        Result(StatusCodes.Status422UnprocessableEntity, InvalidValue, "Invalid value", detail, "/" + field);

    /// <summary>A 422 for a query parameter, named JSON:API's way in <c>source.parameter</c>.</summary>
    public static IResult InvalidParameter(string parameter, string detail) =>
        TypedResults.Json(
            new TelnyxErrorBody([new TelnyxErrorEntry(InvalidValue, "Invalid value", detail, new TelnyxErrorSource(Parameter: parameter))]),
            SimulatorJson.Context.TelnyxErrorBody,
            statusCode: StatusCodes.Status422UnprocessableEntity);
}

/// <summary>The error body.</summary>
internal sealed record TelnyxErrorBody(IReadOnlyList<TelnyxErrorEntry> Errors);

/// <summary>One error.</summary>
internal sealed record TelnyxErrorEntry(string Code, string Title, string Detail, TelnyxErrorSource? Source);

/// <summary>Which request field (<c>pointer</c>) or query parameter (<c>parameter</c>) an error is about.</summary>
internal sealed record TelnyxErrorSource(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Pointer = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Parameter = null);
