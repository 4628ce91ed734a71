using Edge.Agent.Hosting;
using Edge.Agent.Pipeline;
using Edge.Agent.Tests.TestSupport;
using Edge.Knowledge;
using Edge.Knowledge.Answering;
using Edge.Speech.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace Edge.Agent.Tests.Adapters;

/// <summary>
/// Spoken questions about the sample manuals with a real Whisper model: the words must be recognised
/// well enough that the answer cites the right manual. Runs only when <c>EDGE_TEST_WHISPER_MODEL</c>
/// names a ggml model file (nothing is downloaded).
/// </summary>
public sealed class RealWhisperTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task SpokenQuestions_AreAnsweredFromTheRightManual()
    {
        var model = Environment.GetEnvironmentVariable("EDGE_TEST_WHISPER_MODEL");
        if (string.IsNullOrWhiteSpace(model))
            Assert.Skip("EDGE_TEST_WHISPER_MODEL is not set: give the path of a real ggml Whisper model (e.g. ggml-base.bin) to check spoken questions against the sample manuals.");
        Espeak.SkipIfMissing();
        using var services = SpeechStack.Build(_data.Path, speech: o => { o.WhisperModel = model; o.TemperatureFallback = true; o.Threads = 0; });
        var report = services.GetRequiredService<IKnowledgeBase>().Ingest(SampleManuals.Locate(), cancellationToken: TestContext.Current.CancellationToken);
        Assert.False(report.HasFailures);
        var transcriber = services.GetRequiredService<Edge.Speech.ISpeechTranscriber>();
        var prompt = services.GetRequiredService<ISpeechPrompt>();
        var assistant = services.GetRequiredService<IKnowledgeAssistant>();

        (string Spoken, string[] Documents)[] questions =
        [
            ("Spindle alarm E 2041, what do I check first?", ["vmc-850-cnc-machining-centre.pdf", "shop-notes.txt"]),
            ("How do I do a format changeover on the PL 400?", ["pl-400-packaging-line.html"]),
            ("What hydraulic oil does the HP 200 press take?", ["hp-200-hydraulic-press.pdf"]),
        ];
        foreach (var (spoken, documents) in questions)
        {
            var transcription = await transcriber.TranscribeAsync(SpeechStack.SpokenClip(spoken), new Edge.Speech.SpeechRequest { Vocabulary = prompt.For(null) },
                TestContext.Current.CancellationToken);
            Assert.True(transcription.HasSpeech, $"nothing recognised in \"{spoken}\"");

            var answer = await assistant.AskAsync(new Question(transcription.Text, null, transcription.Language), cancellationToken: TestContext.Current.CancellationToken);

            Assert.True(answer.Grounded, $"\"{transcription.Text}\" (spoken: \"{spoken}\") was declined");
            Assert.Contains(answer.Citations, c => documents.Contains(c.Document));
        }
    }
}
