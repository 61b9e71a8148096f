namespace OneStop.Application.Attachments;

/// <summary>An upload refused before anything was stored, with a code for programs and a Vietnamese message for the sender.</summary>
public sealed class AttachmentRejectedException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
