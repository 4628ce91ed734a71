namespace Edge.Knowledge.Ingestion;

/// <summary>What happened to one file.</summary>
public enum IngestOutcome
{
    /// <summary>New document stored.</summary>
    Added,
    /// <summary>Content changed; old chunks replaced.</summary>
    Updated,
    /// <summary>Same sha256 as stored; skipped.</summary>
    Unchanged,
    /// <summary>Removed on request.</summary>
    Removed,
    /// <summary>Not ingested; <see cref="IngestFileResult.Reason"/> says why. The rest of the batch goes on.</summary>
    Failed,
}

/// <summary>The result for one file.</summary>
/// <param name="Path">Path as given or found in a folder.</param>
/// <param name="Document">Document name (file name) in the knowledge base.</param>
/// <param name="Outcome">What happened.</param>
/// <param name="Chunks">Chunks stored for the document (0 unless added or updated).</param>
/// <param name="Reason">One-line reason for a failure; null otherwise.</param>
public sealed record IngestFileResult(string Path, string Document, IngestOutcome Outcome, int Chunks, string? Reason);

/// <summary>The result of one ingest run.</summary>
/// <param name="Collection">Collection the files went into.</param>
/// <param name="Files">One entry per file, in processing order.</param>
public sealed record IngestReport(string Collection, IReadOnlyList<IngestFileResult> Files)
{
    /// <summary>True when at least one file failed (the command then exits non-zero).</summary>
    public bool HasFailures => Files.Any(f => f.Outcome == IngestOutcome.Failed);

    /// <summary>Number of files with the given outcome.</summary>
    public int Count(IngestOutcome outcome) => Files.Count(f => f.Outcome == outcome);
}

/// <summary>Progress of an ingest run, reported after each file.</summary>
/// <param name="Done">Files finished.</param>
/// <param name="Total">Files in the run.</param>
/// <param name="Current">The file just finished.</param>
public sealed record IngestProgress(int Done, int Total, IngestFileResult Current);
