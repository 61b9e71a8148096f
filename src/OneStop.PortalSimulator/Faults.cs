namespace OneStop.PortalSimulator;

/// <summary>What the next service calls, pushes or fetches suffer, as a test or a trainer asks for it.</summary>
/// <param name="Hold">Dossiers filed wait and are not delivered until a request with Hold false (or null) releases them.</param>
public sealed record FaultRequest(int TimeOuts = 0, int ErrorCodes = 0, int LostAnswers = 0, int Duplicates = 0, bool Reorder = false, bool? Hold = null);

/// <summary>
/// The faults still to come: the next <c>TimeOuts</c> calls hang, the next <c>ErrorCodes</c> are answered with an
/// error code, the next <c>LostAnswers</c> are carried out and then answered with HTTP 502 (the sender, seeing no
/// answer, sends them again: a duplicate); the next <c>Duplicates</c> dossiers filed are delivered twice; with
/// <c>Reorder</c>, dossiers are delivered newest first.
/// </summary>
public sealed class Faults
{
    private readonly Lock gate = new();
    private int timeOuts, errorCodes, lostAnswers, duplicates;
    private bool reorder, hold;

    public void Add(FaultRequest request)
    {
        lock (gate)
        {
            timeOuts += request.TimeOuts;
            errorCodes += request.ErrorCodes;
            lostAnswers += request.LostAnswers;
            duplicates += request.Duplicates;
            reorder |= request.Reorder;
            hold = request.Hold ?? hold;
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            timeOuts = errorCodes = lostAnswers = duplicates = 0;
            reorder = hold = false;
        }
    }

    public bool TakeTimeOut() => Take(ref timeOuts);

    public bool TakeErrorCode() => Take(ref errorCodes);

    public bool TakeLostAnswer() => Take(ref lostAnswers);

    public bool TakeDuplicate() => Take(ref duplicates);

    public bool Held
    {
        get
        {
            lock (gate)
            {
                return hold;
            }
        }
    }

    public bool Reorder
    {
        get
        {
            lock (gate)
            {
                return reorder;
            }
        }
    }

    private bool Take(ref int counter)
    {
        lock (gate)
        {
            if (counter == 0)
            {
                return false;
            }
            counter--;
            return true;
        }
    }
}
