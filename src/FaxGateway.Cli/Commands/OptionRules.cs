using System.CommandLine;

namespace FaxGateway.Cli.Commands;

/// <summary>Range checks for command-line options that report a clear error instead of throwing.</summary>
internal static class OptionRules
{
    /// <summary>Refuses values outside [<paramref name="min"/>, <paramref name="max"/>], naming the option and the range.</summary>
    public static Option<T> Between<T>(this Option<T> option, T min, T max)
        where T : IComparable<T>
    {
        option.Validators.Add(result =>
        {
            T value;
            try
            {
                value = result.GetValueOrDefault<T>();
            }
            catch (InvalidOperationException)
            {
                // The text did not parse as a number: the parser has already said so.
                return;
            }

            if (value.CompareTo(min) < 0 || value.CompareTo(max) > 0)
            {
                result.AddError($"{option.Name} must be from {min} to {max}");
            }
        });
        return option;
    }
}
