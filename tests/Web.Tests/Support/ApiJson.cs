using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Edge.Agent.Web.Tests.Support;

/// <summary>Small helpers for reading the API's JSON.</summary>
internal static class ApiJson
{
    public static async Task<JsonNode> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return JsonNode.Parse(text) ?? throw new JsonException("empty body");
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, object body) =>
        client.PostAsJsonAsync(path, body, TestContext.Current.CancellationToken);

    /// <summary>The property names of a JSON object, in order.</summary>
    public static string[] Keys(JsonNode node) => [.. node.AsObject().Select(p => p.Key)];
}
