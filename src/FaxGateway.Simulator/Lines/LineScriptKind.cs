namespace FaxGateway.Simulator.Lines;

/// <summary>The scripted behaviours a <see cref="LineScript"/> can have.</summary>
internal enum LineScriptKind
{
    Normal,
    AlwaysBusy,
    NeverAnswers,
    BusyThenAnswer,
    NoAnswerThenAnswer,
    FailAfterPages,
    InvalidNumber,
}
