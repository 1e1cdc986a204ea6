using System.Text.Json;

namespace FaxGateway.Deployment.Tests;

/// <summary>Small readers for CloudFormation values.</summary>
internal static class Template
{
    /// <summary>The logical id a <c>Ref</c> or <c>Fn::GetAtt</c> points at, or null.</summary>
    public static string? Target(JsonElement value) =>
        value.ValueKind != JsonValueKind.Object ? null
        : value.TryGetProperty("Ref", out var reference) ? reference.GetString()
        : value.TryGetProperty("Fn::GetAtt", out var attribute) ? attribute[0].GetString()
        : null;

    /// <summary>A value that may be one item or a list, as a list.</summary>
    public static IReadOnlyList<JsonElement> Many(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray()] : [value];

    public static int Int(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number ? value.GetInt32() : int.Parse(value.GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The function whose event source mapping reads <paramref name="queueId"/>.</summary>
    public static string ConsumerOf(PackagedStack stack, string queueId) =>
        Target(stack.OfType("AWS::Lambda::EventSourceMapping")
            .Single(mapping => Target(mapping.Value.GetProperty("EventSourceArn")) == queueId)
            .Value.GetProperty("FunctionName"))!;
}
