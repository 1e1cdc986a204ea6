namespace FaxGateway.Simulator.Api;

/// <summary>Pages of a list the registry returned newest first, as every carrier's list call serves them.</summary>
internal static class ListPaging
{
    /// <summary>How many pages of <paramref name="pageSize"/> the list fills (0 when it is empty).</summary>
    public static int TotalPages(int count, int pageSize) => (count + pageSize - 1) / pageSize;

    /// <summary>Page <paramref name="page"/> (counted from 0) of <paramref name="all"/>; empty past the end.</summary>
    public static IReadOnlyList<T> Slice<T>(IReadOnlyList<T> all, int page, int pageSize)
    {
        ArgumentNullException.ThrowIfNull(all);
        return page < 0 || page >= TotalPages(all.Count, pageSize) ? [] : [.. all.Skip(page * pageSize).Take(pageSize)];
    }
}
