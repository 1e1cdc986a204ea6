namespace FaxGateway.Core.Metrics;

/// <summary>Metric names, as they appear in CloudWatch (namespace <see cref="Namespace"/>, dimension <c>Stage</c>).</summary>
public static class MetricNames
{
    public const string Namespace = "FaxGateway";
    public const string FaxesSent = "FaxesSent";
    public const string TemporaryFailures = "FaxTemporaryFailures";
    public const string PermanentFailures = "FaxPermanentFailures";
    public const string AttemptDuration = "AttemptDuration";
    public const string Pages = "Pages";
    public const string RequestsRejected = "FaxRequestsRejected";
    public const string CallbacksDelivered = "CallbacksDelivered";
    public const string CallbackFailures = "CallbackFailures";
}
