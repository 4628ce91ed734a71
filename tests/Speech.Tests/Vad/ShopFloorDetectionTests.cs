using Edge.Speech.Tests.Fixtures;
using Edge.Speech.Vad;
using Edge.Speech.Vad.Evaluation;
using Microsoft.Extensions.DependencyInjection;

namespace Edge.Speech.Tests.Vad;

/// <summary>
/// The detector contract in the noise of a running shop floor, for the Silero detectors: a question
/// at a comfortable signal-to-noise ratio is found with its start and end, and noise alone — however
/// loud, however it starts — never becomes a question.
/// </summary>
public class ShopFloorDetectionTests
{
    public static TheoryData<string, string> SileroInEveryNoise => Cross(ShopFloorNoise.Kinds);

    [Theory]
    [MemberData(nameof(SileroInEveryNoise))]
    public void Detect_QuestionIn20dBNoise_FindsItsStartAndEnd(string detector, string noise)
    {
        foreach (var language in new[] { "en", "de" })
        {
            var clip = NoisySpeech.Question(noise, snrDb: 20, language);
            using var services = SpeechServices.Build(o => o.Vad = detector);

            var activity = services.GetRequiredService<IVoiceActivityDetector>().Detect(clip.Clip, TestContext.Current.CancellationToken);

            Assert.True(activity.HasSpeech, $"{language}: {activity.Reason}");
            var padding = TimeSpan.FromMilliseconds(new SpeechOptions().SpeechPaddingMs);
            Assert.InRange(activity.SpeechStart, clip.SpeechStart - padding - TimeSpan.FromMilliseconds(250), clip.SpeechStart);
            // A press stroke right after the last word may be taken in: up to 0.6 s more.
            Assert.InRange(activity.SpeechEnd, clip.SpeechEnd, clip.SpeechEnd + padding + TimeSpan.FromMilliseconds(600));
        }
    }

    [Theory]
    [MemberData(nameof(SileroInEveryNoise))]
    public void Detect_NoiseAloneAtSpeechLevel_IsNeverAQuestion(string detector, string noise)
    {
        using var services = SpeechServices.Build(o => o.Vad = detector);
        var vad = services.GetRequiredService<IVoiceActivityDetector>();

        foreach (var clip in new[]
        {
            NoisyClips.NoiseOnly(noise, NoisyClips.SpeechDbfs, 8, seed: 5),                      // as loud as the voice: 0 dB
            NoisyClips.NoiseOnly(noise, NoisyClips.SpeechDbfs - 10, 8, seed: 6, silentSeconds: 2), // a machine starting up
        })
        {
            var activity = vad.Detect(clip.Clip, TestContext.Current.CancellationToken);

            Assert.False(activity.HasSpeech, $"{clip.Noise}: {activity.Reason}");
            Assert.False(string.IsNullOrWhiteSpace(activity.Reason));
        }
    }

    [Theory]
    [InlineData("mixture")]
    [InlineData("impacts")]
    public void Find_QuestionIn5dBNoise_LabelsMostOfTheWordsAndLittleElse(string noise)
    {
        var clip = NoisySpeech.Question(noise, snrDb: 5);
        using var services = SpeechServices.Build(o => o.Vad = VoiceDetectors.Silero);

        var finding = services.GetRequiredService<ConfiguredVoiceDetector>().Finder().Find(clip.Clip, TestContext.Current.CancellationToken);

        var truth = clip.Mark(clip.Truth);
        var found = clip.Mark(finding.Regions);
        var hits = truth.Zip(found).Count(p => p.First && p.Second);
        Assert.True(hits >= 0.85 * truth.Count(t => t), $"recall {hits}/{truth.Count(t => t)}");
        Assert.True(hits >= 0.85 * found.Count(f => f), $"precision {hits}/{found.Count(f => f)}");
    }

    private static TheoryData<string, string> Cross(IEnumerable<string> noises)
    {
        var data = new TheoryData<string, string>();
        foreach (var detector in new[] { VoiceDetectors.Silero, VoiceDetectors.SileroGated })
        {
            foreach (var noise in noises)
            {
                data.Add(detector, noise);
            }
        }

        return data;
    }
}
