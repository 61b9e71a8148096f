namespace OneStop.Domain.Catalog;

/// <summary>A fee or charge (phí, lệ phí) of a procedure, in Vietnamese đồng.</summary>
public sealed record Fee(string Name, long AmountVnd);
