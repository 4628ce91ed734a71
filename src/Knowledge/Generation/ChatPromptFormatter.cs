using System.Text;
using System.Text.Json;
using Microsoft.ML.OnnxRuntimeGenAI;

namespace Edge.Knowledge.Generation;

/// <summary>
/// Turns a system + user message into the model's prompt text with the folder's own chat template,
/// through GenAI's Jinja engine; falls back to the built-in format of the model family.
/// </summary>
internal sealed class ChatPromptFormatter(Tokenizer tokenizer, ModelFolderFacts facts)
{
    private readonly ChatFormat fallback = KnownChatTemplates.Detect(facts.ChatTemplate, facts.ModelType);

    /// <summary>True once the folder's template failed to render and the built-in format is used.</summary>
    public bool UsesFallback { get; private set; } = facts.ChatTemplate is null;

    public string Format(string system, string user)
    {
        if (!UsesFallback)
        {
            try
            {
                return tokenizer.ApplyChatTemplate(facts.ChatTemplate, Messages(system, user), "", true);
            }
            catch (OnnxRuntimeGenAIException)
            {
                // The engine supports most but not all Jinja; one failure means every prompt would fail.
                UsesFallback = true;
            }
        }

        return KnownChatTemplates.Render(fallback, system, user);
    }

    private static string Messages(string system, string user)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var (role, content) in new[] { ("system", system), ("user", user) })
            {
                json.WriteStartObject();
                json.WriteString("role", role);
                json.WriteString("content", content);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
