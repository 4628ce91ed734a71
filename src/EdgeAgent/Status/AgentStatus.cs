using Edge.Agent.Events;
using Edge.Agent.Outbox;
using Microsoft.Extensions.Logging;

namespace Edge.Agent.Status;

/// <summary>
/// What the agent is doing right now. Stages report activity; the state is derived (listening wins
/// over transcribing over answering) so overlapping stages cannot leave a stale state behind.
/// </summary>
internal sealed class AgentStatus(AgentStateStore store, TimeProvider time, ILogger<AgentStatus> logger)
{
    private readonly Lock _gate = new();
    private bool _listening, _transcribing, _failed, _offline;
    private int _answering;
    private LastError? _lastError;
    private bool _lastErrorLoaded;

    /// <summary>Raised after a change of state or of the last error (outside the lock).</summary>
    public event Action<AgentState>? Changed;

    /// <summary>The current state.</summary>
    public AgentState State
    {
        get { lock (_gate) return Derive(); }
    }

    /// <summary>The most recent failure (also from a previous run, read from the data file).</summary>
    public LastError? LastError
    {
        get
        {
            lock (_gate)
            {
                if (!_lastErrorLoaded)
                {
                    _lastErrorLoaded = true;
                    try { _lastError ??= store.ReadLastError(); }
                    catch (Exception ex) { Log.StateStoreFailed(logger, ex); }
                }
                return _lastError;
            }
        }
    }

    /// <summary>Recording started or stopped; a new recording clears a previous failure.</summary>
    public void SetListening(bool on) => Update(() => { _listening = on; if (on) _failed = false; });

    /// <summary>Transcription started or finished.</summary>
    public void SetTranscribing(bool on) => Update(() => _transcribing = on);

    /// <summary>An answer started; a new question clears a previous failure.</summary>
    public void BeginAnswering() => Update(() => { _answering++; _failed = false; });

    /// <summary>An answer finished (or failed).</summary>
    public void EndAnswering() => Update(() => _answering = Math.Max(0, _answering - 1));

    /// <summary>A question failed: state <c>error</c> until the next one, and remembered as last error.</summary>
    public void Fail(string stage, string code, string message) => Record(stage, code, message, failState: true);

    /// <summary>Remembers an error (e.g. a refused broker connection) without changing the state.</summary>
    public void RecordError(string stage, string code, string message) => Record(stage, code, message, failState: false);

    /// <summary>Facts behind the status changed (a model was loaded or found unusable): publish it again.</summary>
    public void FactsChanged() => Update(() => { }, always: true);

    /// <summary>The agent is going down.</summary>
    public void SetOffline() => Update(() => _offline = true);

    private void Record(string stage, string code, string message, bool failState)
    {
        var error = new LastError(stage, code, message, time.GetUtcNow().UtcDateTime);
        Update(() => { _lastError = error; _lastErrorLoaded = true; _failed |= failState; }, always: true);
        try { store.WriteLastError(error); }
        catch (Exception ex) { Log.StateStoreFailed(logger, ex); }
    }

    private void Update(Action change, bool always = false)
    {
        AgentState before, state;
        lock (_gate)
        {
            before = Derive();
            change();
            state = Derive();
        }
        // A busy rejection counts a question in and out again: no change, no status message.
        if (always || state != before)
            Changed?.Invoke(state);
    }

    private AgentState Derive() =>
        _offline ? AgentState.Offline
        : _listening ? AgentState.Listening
        : _transcribing ? AgentState.Transcribing
        : _answering > 0 ? AgentState.Answering
        : _failed ? AgentState.Error
        : AgentState.Online;
}
