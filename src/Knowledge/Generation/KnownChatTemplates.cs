namespace Edge.Knowledge.Generation;

/// <summary>The prompt formats of the supported model families.</summary>
internal enum ChatFormat
{
    /// <summary>Qwen2.5: <c>&lt;|im_start|&gt;role … &lt;|im_end|&gt;</c>.</summary>
    ChatMl,

    /// <summary>Llama 3.x: <c>&lt;|start_header_id|&gt;role&lt;|end_header_id|&gt; … &lt;|eot_id|&gt;</c>.</summary>
    Llama3,

    /// <summary>Phi-3/3.5: <c>&lt;|user|&gt; … &lt;|end|&gt;</c>.</summary>
    Phi3,
}

/// <summary>
/// Renders a system + user prompt for the known model families. Used when a folder has no chat
/// template or GenAI's template engine rejects it, so a usable model never fails on formatting.
/// </summary>
internal static class KnownChatTemplates
{
    /// <summary>Picks the format from the template's markers, else from the model type.</summary>
    public static ChatFormat Detect(string? chatTemplate, string modelType)
    {
        if (chatTemplate is not null)
        {
            if (chatTemplate.Contains("<|im_start|>", StringComparison.Ordinal)) return ChatFormat.ChatMl;
            if (chatTemplate.Contains("<|start_header_id|>", StringComparison.Ordinal)) return ChatFormat.Llama3;
            if (chatTemplate.Contains("<|user|>", StringComparison.Ordinal)) return ChatFormat.Phi3;
        }

        return modelType.ToLowerInvariant() switch
        {
            "llama" => ChatFormat.Llama3,
            "phi3" or "phi" => ChatFormat.Phi3,
            _ => ChatFormat.ChatMl,
        };
    }

    /// <summary>The prompt text, ending where the assistant's answer starts.</summary>
    public static string Render(ChatFormat format, string system, string user) => format switch
    {
        ChatFormat.Llama3 =>
            $"<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\n{system}<|eot_id|>" +
            $"<|start_header_id|>user<|end_header_id|>\n\n{user}<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n",
        ChatFormat.Phi3 => $"<|system|>\n{system}<|end|>\n<|user|>\n{user}<|end|>\n<|assistant|>\n",
        _ => $"<|im_start|>system\n{system}<|im_end|>\n<|im_start|>user\n{user}<|im_end|>\n<|im_start|>assistant\n",
    };
}
