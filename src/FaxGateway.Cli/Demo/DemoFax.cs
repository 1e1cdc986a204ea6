namespace FaxGateway.Cli.Demo;

/// <summary>One fax of the demo batch.</summary>
internal sealed record DemoFax(string FaxId, DemoOffice Office, string DocumentName, int Pages, Uri PdfUrl);
