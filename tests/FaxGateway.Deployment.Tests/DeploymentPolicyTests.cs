using System.Text.Json;

namespace FaxGateway.Deployment.Tests;

/// <summary>deployment-policy.json lets a deployer create exactly what the stack holds.</summary>
[Collection(PackagedStackCollection.Name)]
public sealed class DeploymentPolicyTests(PackagedStack stack)
{
    /// <summary>The action that creates each resource type the stack may hold.</summary>
    private static readonly Dictionary<string, string> CreateActions = new(StringComparer.Ordinal)
    {
        ["AWS::S3::Bucket"] = "s3:CreateBucket",
        ["AWS::S3::BucketPolicy"] = "s3:PutBucketPolicy",
        ["AWS::Logs::LogGroup"] = "logs:CreateLogGroup",
        ["AWS::Lambda::Function"] = "lambda:CreateFunction",
        ["AWS::Lambda::Version"] = "lambda:PublishVersion",
        ["AWS::Lambda::EventInvokeConfig"] = "lambda:PutFunctionEventInvokeConfig",
        ["AWS::Lambda::EventSourceMapping"] = "lambda:CreateEventSourceMapping",
        ["AWS::SQS::Queue"] = "sqs:CreateQueue",
        ["AWS::IAM::Role"] = "iam:CreateRole",
        ["AWS::SNS::Topic"] = "sns:CreateTopic",
        ["AWS::SNS::Subscription"] = "sns:Subscribe",
        ["AWS::CloudWatch::Alarm"] = "cloudwatch:PutMetricAlarm",
        ["AWS::CloudWatch::Dashboard"] = "cloudwatch:PutDashboard",
        ["AWS::DynamoDB::Table"] = "dynamodb:CreateTable",
    };

    [Fact]
    public void Policy_CanCreateEveryResourceTypeInTheTemplate()
    {
        var actions = PolicyActions();
        var types = stack.Resources.EnumerateObject().Select(r => r.Value.GetProperty("Type").GetString()!).Distinct();

        Assert.All(types, type =>
        {
            Assert.True(CreateActions.TryGetValue(type, out var action), $"{type} is new to the stack: add it to deployment-policy.json and to this table");
            Assert.Contains(action, actions);
        });
    }

    [Fact]
    public void Policy_ReachesNoServiceTheStackDoesNotUse()
    {
        var stackServices = CreateActions.Values.Select(Service).Append("cloudformation").Append("ssm").ToHashSet();

        Assert.All(PolicyActions(), action => Assert.Contains(Service(action), stackServices));
        Assert.DoesNotContain(PolicyActions(), action => action.EndsWith(":*", StringComparison.Ordinal));
    }

    [Fact]
    public void Policy_ReadsOnlyTheGatewaysOwnParameters()
    {
        var ssm = PolicyStatements().Where(s => Template.Many(s.GetProperty("Action")).Any(a => a.GetString()!.StartsWith("ssm:", StringComparison.Ordinal)));

        var statement = Assert.Single(ssm);
        Assert.Equal(["ssm:GetParameter"], Template.Many(statement.GetProperty("Action")).Select(a => a.GetString()));
        Assert.EndsWith(":parameter/fax-gateway/*", statement.GetProperty("Resource").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Policy_ManagesTheAttemptTableButNeverItsItems()
    {
        var dynamo = PolicyStatements().Where(s => Template.Many(s.GetProperty("Action")).Any(a => a.GetString()!.StartsWith("dynamodb:", StringComparison.Ordinal)));

        var statement = Assert.Single(dynamo);
        var actions = Template.Many(statement.GetProperty("Action")).Select(a => a.GetString()!).ToList();
        Assert.Equal("arn:aws:dynamodb:us-west-2:*:table/fax-gateway-*-attempts", statement.GetProperty("Resource").GetString());
        Assert.All(
            new[]
            {
                "dynamodb:CreateTable", "dynamodb:UpdateTable", "dynamodb:DeleteTable", "dynamodb:DescribeTable",
                "dynamodb:UpdateTimeToLive", "dynamodb:DescribeTimeToLive",
                "dynamodb:UpdateContinuousBackups", "dynamodb:DescribeContinuousBackups",
                "dynamodb:TagResource", "dynamodb:UntagResource", "dynamodb:ListTagsOfResource",
            },
            action => Assert.Contains(action, actions));
        Assert.DoesNotContain(actions, a => a.EndsWith("Item", StringComparison.Ordinal) || a is "dynamodb:Query" or "dynamodb:Scan");
    }

    private static string Service(string action) => action.Split(':')[0];

    private List<string> PolicyActions() =>
        [.. PolicyStatements().SelectMany(s => Template.Many(s.GetProperty("Action"))).Select(a => a.GetString()!)];

    private List<JsonElement> PolicyStatements()
    {
        using var policy = JsonDocument.Parse(File.ReadAllText(Path.Combine(stack.Root.FullName, "deployment-policy.json")));
        return [.. policy.RootElement.GetProperty("Statement").EnumerateArray().Select(s => s.Clone())];
    }
}
