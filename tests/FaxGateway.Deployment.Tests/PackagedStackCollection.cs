namespace FaxGateway.Deployment.Tests;

/// <summary>Builds and packages the stack once for every test class that reads it.</summary>
[CollectionDefinition(Name)]
public sealed class PackagedStackCollection : ICollectionFixture<PackagedStack>
{
    public const string Name = "packaged stack";
}
