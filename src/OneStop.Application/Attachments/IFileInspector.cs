namespace OneStop.Application.Attachments;

/// <summary>
/// Checks that a whole file is what its type says: a PDF parses, an image decodes, an Office document opens. The
/// first bytes (<see cref="ContentSniffer"/>) only say what a file claims to be.
/// </summary>
public interface IFileInspector
{
    /// <summary>True when <paramref name="content"/> (seekable, at its start) is a readable file of <paramref name="contentType"/>.</summary>
    bool IsReadable(string contentType, Stream content);
}
