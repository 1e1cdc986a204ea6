using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace FaxGateway.Simulator.Lines;

/// <summary>
/// How one destination line behaves. Unscripted lines are <see cref="Normal"/>: they answer and
/// take every page. Counts refer to dial attempts made to the number since its script was set.
/// The text form (<see cref="ToString"/>, <see cref="TryParse"/>) is what <c>--line NUMBER=SCRIPT</c> takes.
/// </summary>
public sealed record LineScript
{
    private const string NormalText = "normal";
    private const string AlwaysBusyText = "always-busy";
    private const string BusyAliasText = "busy";
    private const string NeverAnswersText = "never-answers";
    private const string BusyThenAnswerText = "busy-then-answer";
    private const string NoAnswerThenAnswerText = "no-answer-then-answer";
    private const string FailAfterPagesText = "fail-after-pages";
    private const string InvalidNumberText = "invalid-number";

    private LineScript(LineScriptKind kind, int count)
    {
        Kind = kind;
        Count = count;
    }

    /// <summary>Answers every call and takes every page.</summary>
    public static LineScript Normal { get; } = new(LineScriptKind.Normal, 0);

    internal LineScriptKind Kind { get; }

    internal int Count { get; }

    /// <summary>Every dial attempt hears a busy signal.</summary>
    public static LineScript AlwaysBusy() => new(LineScriptKind.AlwaysBusy, 0);

    /// <summary>Rings for the ring timeout on every attempt, then the fax ends <c>no-answer</c>.</summary>
    public static LineScript NeverAnswers() => new(LineScriptKind.NeverAnswers, 0);

    /// <summary>The first <paramref name="busyAttempts"/> dial attempts are busy; later ones behave normally.</summary>
    public static LineScript BusyThenAnswer(int busyAttempts) => new(LineScriptKind.BusyThenAnswer, NotNegative(busyAttempts));

    /// <summary>The first <paramref name="unansweredAttempts"/> dial attempts ring out unanswered; later ones behave normally.</summary>
    public static LineScript NoAnswerThenAnswer(int unansweredAttempts) => new(LineScriptKind.NoAnswerThenAnswer, NotNegative(unansweredAttempts));

    /// <summary>Answers, takes <paramref name="pages"/> pages, then the call drops and the fax ends <c>failed</c> (a shorter fax is delivered).</summary>
    public static LineScript FailAfterPages(int pages) => new(LineScriptKind.FailAfterPages, NotNegative(pages));

    /// <summary>The number is not in service: every dial fails at once, a permanent error for any carrier.</summary>
    public static LineScript InvalidNumber() => new(LineScriptKind.InvalidNumber, 0);

    /// <summary>Reads the text form, for example <c>busy-then-answer:2</c> or <c>never-answers</c>.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out LineScript? script)
    {
        script = null;
        var parts = (text ?? string.Empty).Trim().ToLowerInvariant().Split(':');
        int? count = parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        script = (parts[0], parts.Length, count) switch
        {
            (NormalText, 1, _) => Normal,
            (AlwaysBusyText or BusyAliasText, 1, _) => AlwaysBusy(),
            (NeverAnswersText, 1, _) => NeverAnswers(),
            (InvalidNumberText, 1, _) => InvalidNumber(),
            (BusyThenAnswerText, 2, { } c) => BusyThenAnswer(c),
            (NoAnswerThenAnswerText, 2, { } c) => NoAnswerThenAnswer(c),
            (FailAfterPagesText, 2, { } c) => FailAfterPages(c),
            _ => null,
        };
        return script is not null;
    }

    /// <summary>The text form that <see cref="TryParse"/> reads back.</summary>
    public override string ToString() => Kind switch
    {
        LineScriptKind.AlwaysBusy => AlwaysBusyText,
        LineScriptKind.NeverAnswers => NeverAnswersText,
        LineScriptKind.InvalidNumber => InvalidNumberText,
        LineScriptKind.BusyThenAnswer => Counted(BusyThenAnswerText),
        LineScriptKind.NoAnswerThenAnswer => Counted(NoAnswerThenAnswerText),
        LineScriptKind.FailAfterPages => Counted(FailAfterPagesText),
        _ => NormalText,
    };

    /// <summary>What the line does on its <paramref name="attempt"/>-th dial attempt (1-based).</summary>
    internal DialOutcome Answer(int attempt) => Kind switch
    {
        LineScriptKind.AlwaysBusy => DialOutcome.Busy,
        LineScriptKind.NeverAnswers => DialOutcome.NoAnswer,
        LineScriptKind.InvalidNumber => DialOutcome.NotInService,
        LineScriptKind.BusyThenAnswer when attempt <= Count => DialOutcome.Busy,
        LineScriptKind.NoAnswerThenAnswer when attempt <= Count => DialOutcome.NoAnswer,
        _ => DialOutcome.Answered,
    };

    /// <summary>How many of a fax's <paramref name="pages"/> get through before the call ends.</summary>
    internal int PagesAccepted(int pages) =>
        Kind == LineScriptKind.FailAfterPages ? Math.Min(Count, pages) : pages;

    private string Counted(string name) => string.Create(CultureInfo.InvariantCulture, $"{name}:{Count}");

    private static int NotNegative(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return count;
    }
}
