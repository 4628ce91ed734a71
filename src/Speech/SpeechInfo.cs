namespace Edge.Speech;

/// <summary>Identity of the speech library.</summary>
public static class SpeechInfo
{
    /// <summary>The library's name as shown in status reports.</summary>
    public const string Name = "Edge.Speech";
}
