namespace OneStop.Api.Handlers;

/// <summary>A request that is wrong before it reaches a use case (a missing part, an unknown value).</summary>
public sealed class ApiInputException(string code, string message, int status = StatusCodes.Status400BadRequest) : Exception(message)
{
    public string Code { get; } = code;

    public int Status { get; } = status;
}
