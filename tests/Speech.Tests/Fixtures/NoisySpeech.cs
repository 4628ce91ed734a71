using Edge.Speech.Vad.Evaluation;

namespace Edge.Speech.Tests.Fixtures;

/// <summary>espeak-ng questions placed in generated shop-floor noise, with the truth of where the words are.</summary>
internal static class NoisySpeech
{
    public static TheoryData<string> Noises => [.. ShopFloorNoise.Kinds];

    /// <summary>The English (or German) test question 1.5 s into the noise, followed by <paramref name="trailSeconds"/> more of it.</summary>
    public static LabelledClip Question(string noise, double snrDb, string language = "en", double trailSeconds = 3, int seed = 17)
    {
        var speech = language == "de" ? Espeak.Clip(Espeak.German, "de") : Espeak.Clip();
        return NoisyClips.Mix(speech.Samples.Span, language, noise, snrDb, 1.5, trailSeconds, seed);
    }
}
