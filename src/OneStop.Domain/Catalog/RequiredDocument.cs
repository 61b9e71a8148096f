namespace OneStop.Domain.Catalog;

/// <summary>A paper a procedure asks for (thành phần hồ sơ).</summary>
/// <param name="Code">Short code, unique in the procedure version, by which a submitted file names what it is.</param>
/// <param name="Name">The name the applicant reads.</param>
/// <param name="Mandatory">False for papers required only in some cases.</param>
/// <param name="Originals">How many originals (bản chính) the procedure asks for, as the national catalog lists it.</param>
/// <param name="Copies">How many copies (bản sao).</param>
public sealed record RequiredDocument(string Code, string Name, bool Mandatory = true, int Originals = 1, int Copies = 0);
