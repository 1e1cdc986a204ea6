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

    /// <summary>A whole-number option with its default, refusing values outside [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static Option<int> Whole(string name, string description, int defaultValue, int min, int max) =>
        new Option<int>(name) { Description = description, DefaultValueFactory = _ => defaultValue }.Between(min, max);

    /// <summary>A number option with its default, refusing values outside [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static Option<double> Fraction(string name, string description, double defaultValue, double min, double max) =>
        new Option<double>(name) { Description = description, DefaultValueFactory = _ => defaultValue }.Between(min, max);
}
