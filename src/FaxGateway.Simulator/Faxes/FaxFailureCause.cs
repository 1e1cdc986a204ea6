namespace FaxGateway.Simulator.Faxes;

/// <summary>Why a fax ended <c>failed</c>, in the model's terms; each API names it its own way.</summary>
internal enum FaxFailureCause
{
    /// <summary>The media URL was unreachable or did not answer 2xx.</summary>
    MediaNotFetched,

    /// <summary>The media is not a readable PDF with pages.</summary>
    MediaNotPdf,

    /// <summary>The call dropped part-way through the pages.</summary>
    CallDropped,

    /// <summary>The number is not in service (unallocated): no retry can reach it.</summary>
    NumberNotInService,

    /// <summary>A bug in the simulator, logged with its exception.</summary>
    SimulatorFault,
}
