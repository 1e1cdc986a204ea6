using System.Reflection;
using System.Text.Json;
using FaxGateway.Core.Attempts;
using FaxGateway.Core.Queues;

namespace FaxGateway.Deployment.Tests;

/// <summary>The packaged prod stage, as CloudFormation will create it.</summary>
[Collection(PackagedStackCollection.Name)]
public sealed class StackTemplateTests(PackagedStack stack)
{
    private static readonly string[] Queues = ["FaxQueue", "RetryQueue", "WebhookQueue"];
    private static readonly string[] DeadLetterQueues = ["FaxDLQ", "RetryDLQ", "WebhookDLQ"];

    [Fact]
    public void FaxQueueAndItsDeadLetterQueue_AreFifoWithContentBasedDeduplication()
    {
        foreach (var id in new[] { "FaxQueue", "FaxDLQ" })
        {
            var queue = stack.Properties(id);
            Assert.True(queue.GetProperty("FifoQueue").GetBoolean(), id);
            Assert.True(queue.GetProperty("ContentBasedDeduplication").GetBoolean(), id);
            Assert.EndsWith(".fifo", queue.GetProperty("QueueName").GetString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("FaxQueue", "FaxDLQ", 20)]
    [InlineData("RetryQueue", "RetryDLQ", 3)]
    [InlineData("WebhookQueue", "WebhookDLQ", 20)]
    public void Queue_RedrivesToItsOwnDeadLetterQueue(string queue, string deadLetterQueue, int maxReceiveCount)
    {
        var redrive = stack.Properties(queue).GetProperty("RedrivePolicy");

        Assert.Equal(deadLetterQueue, Template.Target(redrive.GetProperty("deadLetterTargetArn")));
        Assert.Equal(maxReceiveCount, Template.Int(redrive.GetProperty("maxReceiveCount")));
    }

    [Fact]
    public void FaxQueue_RedrivesOnlyAfterTheLongestFaxAndTheGatewaysOwnFailureLimit()
    {
        var environment = Environment(stack.Properties("FaxUnderscoreprocessorLambdaFunction"));
        var maxReceiveCount = Template.Int(stack.Properties("FaxQueue").GetProperty("RedrivePolicy").GetProperty("maxReceiveCount"));
        var runTimeout = Template.Int(environment.GetProperty("FAX_ATTEMPT_TIMEOUT"));
        var maxDuration = Template.Int(environment.GetProperty("FAX_ATTEMPT_MAX_DURATION"));
        var failedRuns = Template.Int(environment.GetProperty("FAX_MAX_FAILED_RECEIVES"));

        // Every run of a long fax is a receive, and the carrier may accept it anywhere in the
        // first; the gateway's own failure limit must be reached before SQS's backstop.
        var longestFaxRuns = (maxDuration + runTimeout - 1) / runTimeout + 1;
        Assert.True(maxReceiveCount > longestFaxRuns + failedRuns, $"maxReceiveCount {maxReceiveCount} is not above {longestFaxRuns} runs plus {failedRuns} failures");
        Assert.Equal(QueueTopology.ForStage(PackagedStack.Stage).Fax.MaxReceiveCount, maxReceiveCount);
    }

    [Theory]
    [InlineData("FAX_ATTEMPT_TIMEOUT", 840)]
    [InlineData("FAX_ATTEMPT_MAX_DURATION", 10_800)]
    [InlineData("FAX_MAX_FAILED_RECEIVES", 3)]
    [InlineData("ATTEMPT_RECORD_RETENTION", 1_382_400)]
    public void FaxProcessor_AttemptSetting_HasItsDefault(string variable, int expected)
    {
        var environment = Environment(stack.Properties("FaxUnderscoreprocessorLambdaFunction"));

        Assert.Equal(expected, Template.Int(environment.GetProperty(variable)));
    }

    [Fact]
    public void AttemptTable_KeysRecordsByFaxIdAndAttemptNumber()
    {
        var table = stack.Properties("AttemptTable");

        Assert.Equal("AWS::DynamoDB::Table", stack.Resources.GetProperty("AttemptTable").GetProperty("Type").GetString());
        Assert.Equal(AttemptTable.NameForStage(PackagedStack.Stage), table.GetProperty("TableName").GetString());
        Assert.Equal("fax-gateway-prod-attempts", table.GetProperty("TableName").GetString());
        Assert.Equal(
            [(AttemptTable.FaxId, "HASH"), (AttemptTable.Attempt, "RANGE")],
            table.GetProperty("KeySchema").EnumerateArray().Select(k => (k.GetProperty("AttributeName").GetString(), k.GetProperty("KeyType").GetString())));
        Assert.Equal(
            [(AttemptTable.Attempt, "N"), (AttemptTable.FaxId, "S")],
            table.GetProperty("AttributeDefinitions").EnumerateArray()
                .Select(a => (a.GetProperty("AttributeName").GetString(), a.GetProperty("AttributeType").GetString()))
                .OrderBy(a => a.Item1, StringComparer.Ordinal));
        Assert.False(table.TryGetProperty("GlobalSecondaryIndexes", out _));
        Assert.False(table.TryGetProperty("LocalSecondaryIndexes", out _));
    }

    [Fact]
    public void AttemptTable_IsOnDemandExpiresRecordsAndKeepsPointInTimeRecovery()
    {
        var table = stack.Properties("AttemptTable");

        Assert.Equal("PAY_PER_REQUEST", table.GetProperty("BillingMode").GetString());
        Assert.False(table.TryGetProperty("ProvisionedThroughput", out _));
        var ttl = table.GetProperty("TimeToLiveSpecification");
        Assert.Equal(AttemptTable.ExpiresAt, ttl.GetProperty("AttributeName").GetString());
        Assert.True(ttl.GetProperty("Enabled").GetBoolean());
        Assert.True(table.GetProperty("PointInTimeRecoverySpecification").GetProperty("PointInTimeRecoveryEnabled").GetBoolean());
    }

    [Fact]
    public void FaxProcessor_FindsTheAttemptTableByItsEnvironment()
    {
        var environment = Environment(stack.Properties("FaxUnderscoreprocessorLambdaFunction"));

        var reference = environment.GetProperty("TABLE_NAME_ATTEMPTS");
        Assert.True(reference.TryGetProperty("Ref", out _), $"TABLE_NAME_ATTEMPTS is {reference}, not a Ref");
        Assert.Equal("AttemptTable", Template.Target(reference));
    }

    [Fact]
    public void AttemptTable_OnlyTheFaxProcessorMayGetAndPutItsItems()
    {
        var fax = RoleStatements("FaxUnderscoreprocessorLambdaFunction");
        var dynamo = Assert.Single(fax, s => Actions(s).Any(a => a.StartsWith("dynamodb:", StringComparison.Ordinal)));

        Assert.Equal("Allow", dynamo.GetProperty("Effect").GetString());
        Assert.Equal(["dynamodb:GetItem", "dynamodb:PutItem"], Actions(dynamo).Order(StringComparer.Ordinal));
        var resource = Assert.Single(Template.Many(dynamo.GetProperty("Resource")));
        Assert.Equal(["AttemptTable", "Arn"], resource.GetProperty("Fn::GetAtt").EnumerateArray().Select(e => e.GetString()));
        Assert.Single(fax, s => s.ToString().Contains("AttemptTable", StringComparison.Ordinal));

        var faxRole = Template.Target(stack.Properties("FaxUnderscoreprocessorLambdaFunction").GetProperty("Role"));
        foreach (var role in stack.OfType("AWS::IAM::Role").Where(r => r.Key != faxRole).Select(r => r.Value))
        {
            Assert.DoesNotContain("dynamodb:", role.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("AttemptTable", role.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void DeadLetterQueues_KeepMessagesFourteenDays()
    {
        Assert.All(DeadLetterQueues, id => Assert.Equal(1_209_600, Template.Int(stack.Properties(id).GetProperty("MessageRetentionPeriod"))));
    }

    [Fact]
    public void EveryQueue_HidesAMessageLongerThanItsConsumerMayRun()
    {
        foreach (var queue in Queues)
        {
            var function = stack.Properties(Template.ConsumerOf(stack, queue));
            var visibility = Template.Int(stack.Properties(queue).GetProperty("VisibilityTimeout"));
            var longest = Template.Int(function.GetProperty("Timeout"));
            if (queue == "WebhookQueue")
            {
                // A callback can be in flight for the function's whole run plus one POST's timeout.
                longest += Template.Int(Environment(function).GetProperty("WEBHOOK_TIMEOUT"));
            }

            Assert.True(visibility > longest, $"{queue}: visibility {visibility} s is not longer than {longest} s");
        }
    }

    [Fact]
    public void FaxProcessor_EndsItsAttemptBeforeItsTimeout()
    {
        var function = stack.Properties("FaxUnderscoreprocessorLambdaFunction");

        Assert.Equal(900, Template.Int(function.GetProperty("Timeout")));
        Assert.True(Template.Int(Environment(function).GetProperty("FAX_ATTEMPT_TIMEOUT")) < 900);
    }

    [Fact]
    public void EventSourceMappings_TakeOneMessageAndReportFailuresPerMessage()
    {
        var mappings = stack.OfType("AWS::Lambda::EventSourceMapping");

        Assert.Equal(3, mappings.Count);
        Assert.All(mappings.Values, mapping =>
        {
            Assert.Equal(1, mapping.GetProperty("BatchSize").GetInt32());
            Assert.Equal(["ReportBatchItemFailures"], mapping.GetProperty("FunctionResponseTypes").EnumerateArray().Select(e => e.GetString()));
        });
        Assert.Equal(Queues.Order(), mappings.Values.Select(m => Template.Target(m.GetProperty("EventSourceArn"))!).Order());
    }

    [Fact]
    public void Functions_HaveNoLambdaLevelRetries()
    {
        var configs = stack.OfType("AWS::Lambda::EventInvokeConfig");

        Assert.Equal(3, configs.Count);
        Assert.All(configs.Values, config => Assert.Equal(0, config.GetProperty("MaximumRetryAttempts").GetInt32()));
    }

    [Fact]
    public void Functions_RunOnTheManagedDotnetRuntimeAndNameRealPublicMethods()
    {
        var functions = stack.OfType("AWS::Lambda::Function");

        Assert.Equal(3, functions.Count);
        foreach (var function in functions.Values)
        {
            Assert.Equal("dotnet10", function.GetProperty("Runtime").GetString());
            Assert.Equal(["arm64"], function.GetProperty("Architectures").EnumerateArray().Select(e => e.GetString()));
            AssertHandlerExists(function.GetProperty("Handler").GetString()!);
        }
    }

    [Fact]
    public void Artifact_HoldsTheHandlersAssemblyAtItsRoot()
    {
        var assembly = typeof(FaxGateway.Functions.FaxProcessorFunction).Assembly.GetName().Name;

        Assert.Contains($"{assembly}.dll", stack.ArtifactEntries);
        Assert.Contains($"{assembly}.runtimeconfig.json", stack.ArtifactEntries);
        Assert.Contains("FaxGateway.Core.dll", stack.ArtifactEntries);
    }

    [Fact]
    public void Functions_ReadCarrierSecretsFromSsmAtRunTime()
    {
        foreach (var function in stack.OfType("AWS::Lambda::Function").Values)
        {
            var environment = Environment(function);
            Assert.Equal("/fax-gateway/prod/twilio-auth-token", environment.GetProperty("TWILIO_AUTH_TOKEN_PARAMETER").GetString());
            Assert.Equal("/fax-gateway/prod/twilio-sid", environment.GetProperty("TWILIO_SID_PARAMETER").GetString());
            Assert.False(environment.TryGetProperty("TWILIO_AUTH_TOKEN", out _));
            Assert.False(environment.TryGetProperty("TWILIO_SID", out _));
            Assert.Equal("emf", environment.GetProperty("METRICS").GetString());
            Assert.Equal("twilio", environment.GetProperty("FAX_CARRIER").GetString());
            Assert.Equal("/fax-gateway/prod/telnyx-api-key", environment.GetProperty("TELNYX_API_KEY_PARAMETER").GetString());
            Assert.False(environment.TryGetProperty("TELNYX_API_KEY", out _));
        }
    }

    [Fact]
    public void FaxProcessor_MayReadOnlyTheSelectedCarriersParameters()
    {
        var ssm = Assert.Single(RoleStatements("FaxUnderscoreprocessorLambdaFunction"), s => Actions(s).Contains("ssm:GetParameter"));

        var parts = ssm.GetProperty("Resource").GetProperty("Fn::Join")[1];
        Assert.Equal(":parameter/fax-gateway/prod/twilio-*", parts[parts.GetArrayLength() - 1].GetString());
    }

    [Fact]
    public void Functions_EachHaveTheirOwnRole()
    {
        var roles = stack.OfType("AWS::Lambda::Function").Values.Select(f => Template.Target(f.GetProperty("Role"))).ToList();

        Assert.Equal(3, roles.Distinct().Count());
        Assert.All(roles, role => Assert.Equal("AWS::IAM::Role", stack.Resources.GetProperty(role!).GetProperty("Type").GetString()));
    }

    [Theory]
    [InlineData("FaxUnderscoreprocessorLambdaFunction", "FaxQueue", new[] { "FaxDLQ", "RetryQueue", "WebhookQueue" })]
    [InlineData("RetryUnderscoreprocessorLambdaFunction", "RetryQueue", new[] { "FaxQueue", "RetryQueue" })]
    [InlineData("WebhookUnderscoreprocessorLambdaFunction", "WebhookQueue", new[] { "WebhookDLQ" })]
    public void Role_ReachesOnlyTheQueuesItsFunctionUses(string function, string consumes, string[] sendsTo)
    {
        var statements = RoleStatements(function);
        var sqs = statements.Where(s => Actions(s).Any(a => a.StartsWith("sqs:", StringComparison.Ordinal))).ToList();

        var receiving = sqs.Where(s => Actions(s).Contains("sqs:ReceiveMessage")).SelectMany(Resources).ToList();
        var sending = sqs.Where(s => Actions(s).Contains("sqs:SendMessage")).SelectMany(Resources).Order().ToList();

        Assert.Equal([consumes], receiving);
        Assert.Equal(sendsTo, sending);
    }

    [Fact]
    public void Roles_NameExplicitActionsOnly()
    {
        foreach (var function in stack.OfType("AWS::Lambda::Function").Keys)
        {
            Assert.All(RoleStatements(function).SelectMany(Actions), action => Assert.DoesNotContain("*", action, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Secrets_EachReadOnlyByTheFunctionThatUsesIt()
    {
        var readers = stack.OfType("AWS::Lambda::Function").Keys.ToDictionary(
            function => function,
            function => RoleStatements(function)
                .Where(s => Actions(s).Contains("ssm:GetParameter"))
                .Select(s => s.GetProperty("Resource").ToString())
                .ToList());

        Assert.Contains(":parameter/fax-gateway/prod/twilio-*", Assert.Single(readers["FaxUnderscoreprocessorLambdaFunction"]), StringComparison.Ordinal);
        Assert.Contains(":parameter/fax-gateway/prod/webhook-secret", Assert.Single(readers["WebhookUnderscoreprocessorLambdaFunction"]), StringComparison.Ordinal);
        Assert.Empty(readers["RetryUnderscoreprocessorLambdaFunction"]);
    }

    [Fact]
    public void Functions_SignCallbacksAndKnowTheirOwnTimeout()
    {
        var fax = stack.Properties("FaxUnderscoreprocessorLambdaFunction");

        Assert.Equal(Template.Int(fax.GetProperty("Timeout")), Template.Int(Environment(fax).GetProperty("FAX_PROCESSOR_TIMEOUT")));
        Assert.Equal("/fax-gateway/prod/webhook-secret", Environment(fax).GetProperty("WEBHOOK_SECRET_PARAMETER").GetString());
        Assert.Equal("WebhookDLQ", Template.Target(Environment(fax).GetProperty("QUEUE_URL_WEBHOOK_DLQ")));
    }

    [Fact]
    public void Alarms_WatchEveryDeadLetterQueueAndTheFaxQueuesOldestMessage()
    {
        var alarms = stack.OfType("AWS::CloudWatch::Alarm").Values.ToList();
        var watched = alarms.Select(a => (a.GetProperty("MetricName").GetString(), Template.Target(a.GetProperty("Dimensions")[0].GetProperty("Value")))).ToList();

        Assert.Contains(("ApproximateAgeOfOldestMessage", "FaxQueue"), watched);
        Assert.All(DeadLetterQueues, dlq => Assert.Contains(("ApproximateNumberOfMessagesVisible", dlq), watched));
        Assert.All(alarms, alarm => Assert.Equal("AlarmTopic", Template.Target(alarm.GetProperty("AlarmActions")[0])));
        Assert.All(
            alarms.Where(a => a.GetProperty("MetricName").GetString() == "ApproximateNumberOfMessagesVisible"),
            alarm => Assert.Equal((0, "GreaterThanThreshold"), (Template.Int(alarm.GetProperty("Threshold")), alarm.GetProperty("ComparisonOperator").GetString())));
    }

    [Fact]
    public void AlarmTopic_MailsTheStagesAddress()
    {
        var subscription = Assert.Single(stack.OfType("AWS::SNS::Subscription").Values);

        Assert.Equal(("email", PackagedStack.AlarmEmail), (subscription.GetProperty("Protocol").GetString(), subscription.GetProperty("Endpoint").GetString()));
        Assert.Equal("AlarmTopic", Template.Target(subscription.GetProperty("TopicArn")));
    }

    [Fact]
    public void QueueTopology_UsedByTheDemoAndTests_MatchesTheStack()
    {
        var topology = QueueTopology.ForStage(PackagedStack.Stage);
        var byName = stack.OfType("AWS::SQS::Queue").Values.ToDictionary(q => q.GetProperty("QueueName").GetString()!);

        Assert.Equal(topology.All.Select(q => q.Name).Order(), byName.Keys.Order());
        foreach (var queue in topology.All)
        {
            var deployed = byName[queue.Name];
            Assert.Equal(queue.IsFifo, deployed.TryGetProperty("FifoQueue", out var fifo) && fifo.GetBoolean());
            if (queue.DeadLetterQueueName is not null)
            {
                Assert.Equal((int)queue.VisibilityTimeout.TotalSeconds, Template.Int(deployed.GetProperty("VisibilityTimeout")));
                Assert.Equal(queue.MaxReceiveCount, Template.Int(deployed.GetProperty("RedrivePolicy").GetProperty("maxReceiveCount")));
            }
            else
            {
                Assert.Equal((int)queue.RetentionPeriod!.Value.TotalSeconds, Template.Int(deployed.GetProperty("MessageRetentionPeriod")));
            }
        }
    }

    private static JsonElement Environment(JsonElement function) => function.GetProperty("Environment").GetProperty("Variables");

    private List<JsonElement> RoleStatements(string function)
    {
        var role = Template.Target(stack.Properties(function).GetProperty("Role"))!;
        return [.. stack.Properties(role).GetProperty("Policies").EnumerateArray()
            .SelectMany(policy => policy.GetProperty("PolicyDocument").GetProperty("Statement").EnumerateArray())];
    }

    private static List<string> Actions(JsonElement statement) =>
        [.. Template.Many(statement.GetProperty("Action")).Select(a => a.GetString()!)];

    private static IEnumerable<string> Resources(JsonElement statement) =>
        Template.Many(statement.GetProperty("Resource")).Select(r => Template.Target(r) ?? r.ToString());

    private static void AssertHandlerExists(string handler)
    {
        var parts = handler.Split("::");
        Assert.Equal(3, parts.Length);
        var assembly = Assembly.Load(parts[0]);
        var type = assembly.GetType(parts[1]);
        Assert.True(type is { IsPublic: true }, $"{parts[1]} is not a public type in {parts[0]}");
        Assert.NotNull(type.GetConstructor(Type.EmptyTypes));
        var method = type.GetMethod(parts[2], BindingFlags.Public | BindingFlags.Instance, [typeof(Stream)]);
        Assert.True(method is not null, $"{handler} names no public method taking a Stream");
        Assert.Equal(typeof(Task<Stream>), method.ReturnType);
    }
}
