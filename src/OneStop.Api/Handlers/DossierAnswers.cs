using OneStop.Api.Security;
using OneStop.Application.Access;
using OneStop.Application.Common;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Workflow;

namespace OneStop.Api.Handlers;

/// <summary>A dossier as the API answers it to the person who asked: with what they may do with it now.</summary>
public sealed class DossierAnswers(AccessPolicy access, DossierEngine engine)
{
    /// <summary>The dossier with what the person may do with it now, as the access policy says.</summary>
    public DossierView ViewFor(Dossier dossier, Actor actor) => DossierView.Of(dossier, access.ActionsOf(dossier, actor, engine));

    /// <summary>The engine's answer over HTTP: the dossier as it now is, or the refusal as a problem (nothing changed).</summary>
    public IResult Answer(HttpContext http, AdvanceResult result)
    {
        if (result.Refusal is { } refusal)
        {
            return Problems.ApiProblems.Result(Problems.ApiProblems.For(new SignalRefusedException(refusal)));
        }
        HttpAnswers.NoStore(http);
        return Results.Ok(ViewFor(result.Dossier, http.User.ToActor()));
    }
}
