using FaxGateway.Core.Settings;

namespace FaxGateway.Core.Secrets;

/// <summary>
/// Where a secret comes from: the name of an SSM Parameter Store parameter, read at run time
/// (the deployed stack), or the value itself (local runs and tests). Set as <c>NAME_PARAMETER</c>
/// or <c>NAME</c>; exactly one of the two.
/// </summary>
public sealed record SecretReference
{
    private SecretReference(string? value, string? parameterName)
    {
        Value = value;
        ParameterName = parameterName;
    }

    /// <summary>The secret itself, when given directly.</summary>
    public string? Value { get; }

    /// <summary>The SSM parameter holding the secret, when given by name.</summary>
    public string? ParameterName { get; }

    /// <summary>A secret given directly.</summary>
    public static SecretReference Literal(string value) => new(value, null);

    /// <summary>A secret held in an SSM parameter (a SecureString, decrypted on read).</summary>
    public static SecretReference Parameter(string name) => new(null, name);

    /// <summary>Reads <c>{name}</c> or <c>{name}_PARAMETER</c>; the reader collects a problem unless exactly one is set.</summary>
    public static SecretReference Load(SettingsReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var value = reader.OptionalString(name);
        var parameter = reader.OptionalString(name + "_PARAMETER");
        switch (value, parameter)
        {
            case (null, null):
                reader.AddProblem($"{name}_PARAMETER (an SSM parameter name) or {name} is required but neither is set");
                return Literal(string.Empty);
            case ({ }, { }):
                reader.AddProblem($"set only one of {name}_PARAMETER and {name}");
                return Literal(string.Empty);
            case (null, { } parameterName):
                return Parameter(parameterName);
            default:
                return Literal(value!);
        }
    }

    /// <summary>As <see cref="Load"/>, but null when neither variable is set (the secret is optional).</summary>
    public static SecretReference? LoadOptional(SettingsReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.OptionalString(name) is null && reader.OptionalString(name + "_PARAMETER") is null
            ? null
            : Load(reader, name);
    }

    /// <summary>Says where the secret comes from, never what it is.</summary>
    public override string ToString() => ParameterName is null ? "(given directly)" : $"(SSM parameter {ParameterName})";
}
