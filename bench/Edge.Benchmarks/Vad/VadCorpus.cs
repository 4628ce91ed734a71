using Edge.Speech;
using Edge.Speech.Vad.Evaluation;
using Microsoft.Extensions.DependencyInjection;

namespace Edge.Benchmarks.Vad;

/// <summary>
/// The benchmark's audio, generated fresh each run (nothing is committed): shop-floor questions
/// spoken by espeak-ng in German and English with several voices and speeds, plus the real recorded
/// voice that alsa-utils ships (<c>/usr/share/sounds/alsa</c>, when installed); each placed in every
/// noise at 20, 10, 5 and 0 dB SNR and in silence; and noise alone at the same levels.
/// </summary>
internal static class VadCorpus
{
    public static readonly double[] Snrs = [20, 10, 5, 0];
    private const string AlsaSounds = "/usr/share/sounds/alsa";

    private static readonly (string Language, string Text)[] Questions =
    [
        ("en", "Spindle alarm 2041 on press seven. What do I check first?"),
        ("en", "The hydraulic pump is losing pressure. How do I bleed the system?"),
        ("en", "Where is the reset for the coolant filter?"),
        ("de", "Spindel Alarm 2041 an Presse sieben. Was prüfe ich zuerst?"),
        ("de", "Die Hydraulikpumpe verliert Druck. Wie entlüfte ich das System?"),
        ("de", "Wo ist der Reset für den Kühlmittelfilter?"),
    ];

    private static readonly (string En, string De, int WordsPerMinute)[] Voices =
    [
        ("en", "de", 150),
        ("en-us+f3", "de+f4", 200),
    ];

    /// <summary>Every utterance as 16 kHz samples with a name.</summary>
    public static async Task<List<(string Name, float[] Samples)>> UtterancesAsync()
    {
        var utterances = new List<(string, float[])>();
        foreach (var (en, de, wpm) in Voices)
        {
            await using var provider = new ServiceCollection().AddLogging()
                .AddSpeech(o => { o.EspeakVoiceEn = en; o.EspeakVoiceDe = de; o.EspeakWordsPerMinute = wpm; })
                .BuildServiceProvider();
            var synthesizer = provider.GetRequiredService<ISpeechSynthesizer>();
            foreach (var (language, text) in Questions)
            {
                using var wav = new MemoryStream();
                await synthesizer.SynthesizeAsync(text, language, wav);
                wav.Position = 0;
                var voice = language == "de" ? de : en;
                utterances.Add(($"espeak {voice} {wpm} wpm: {text[..Math.Min(24, text.Length)]}…", WavDecoder.Read(wav).Samples.ToArray()));
            }
        }

        foreach (var name in new[] { "Front_Center", "Rear_Left", "Side_Right" })
        {
            var path = Path.Combine(AlsaSounds, name + ".wav");
            if (File.Exists(path))
            {
                utterances.Add(($"recorded voice: {name}", WavDecoder.ReadFile(path).Samples.ToArray()));
            }
        }

        return utterances;
    }

    public static bool HasRecordedVoice => Directory.Exists(AlsaSounds);

    /// <summary>Each utterance in silence and in every noise at every SNR.</summary>
    public static IEnumerable<LabelledClip> SpeechClips(IReadOnlyList<(string Name, float[] Samples)> utterances)
    {
        for (var u = 0; u < utterances.Count; u++)
        {
            var lead = 1.0 + (u * 0.37 % 2.0);
            yield return NoisyClips.Mix(utterances[u].Samples, utterances[u].Name, "clean", null, lead, 3, seed: 0);
            for (var n = 0; n < ShopFloorNoise.Kinds.Count; n++)
            {
                foreach (var snr in Snrs)
                {
                    var seed = (u * 1000) + (n * 100) + (int)snr;
                    yield return NoisyClips.Mix(utterances[u].Samples, utterances[u].Name, ShopFloorNoise.Kinds[n], snr, lead, 3, seed);
                }
            }
        }
    }

    /// <summary>Ten seconds of each noise alone at each level the speech clips use (two seeds), and each starting up after 2 s of silence.</summary>
    public static IEnumerable<LabelledClip> NoiseOnlyClips()
    {
        for (var n = 0; n < ShopFloorNoise.Kinds.Count; n++)
        {
            foreach (var snr in Snrs)
            {
                for (var seed = 1; seed <= 2; seed++)
                {
                    yield return NoisyClips.NoiseOnly(ShopFloorNoise.Kinds[n], NoisyClips.SpeechDbfs - snr, 10, 50_000 + (n * 100) + (seed * 10) + (int)snr);
                }
            }

            yield return NoisyClips.NoiseOnly(ShopFloorNoise.Kinds[n], NoisyClips.SpeechDbfs - 5, 10, 60_000 + n, silentSeconds: 2);
        }
    }
}
