using Microsoft.Extensions.Logging;

namespace OneStop.Api.Problems;

/// <summary>Runs a handler and answers its failure as a problem, logging only what nobody foresaw.</summary>
public static class ApiCall
{
    public static async Task<IResult> GuardAsync(HttpContext http, ILogger logger, Func<Task<IResult>> handler)
    {
        try
        {
            return await handler();
        }
        catch (Exception e) when (e is not OperationCanceledException || !http.RequestAborted.IsCancellationRequested)
        {
            var problem = ApiProblems.For(e);
            if (problem.Status == StatusCodes.Status500InternalServerError)
            {
                logger.LogError(e, "Unhandled failure on {Method} {Path}", http.Request.Method, http.Request.Path);
            }
            return ApiProblems.Result(problem);
        }
    }
}
