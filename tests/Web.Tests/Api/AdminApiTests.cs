using System.Net;
using System.Net.Http.Headers;
using Edge.Agent.Web.Tests.Support;

namespace Edge.Agent.Web.Tests.Api;

/// <summary>Actions that change something need the admin login; with it they work.</summary>
[Collection(SampleManualsCollection.Name)]
public sealed class AdminApiTests(SampleManualsFixture fixture)
{
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Delete_WithoutLogin_IsRefused_AndWithLoginRemovesTheDocument()
    {
        IngestScratch("remove-me.txt", "scratch-delete");
        using var anonymous = fixture.Factory.CreateClient();
        using (var refused = await anonymous.DeleteAsync("/api/documents/remove-me.txt", Cancel))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
            Assert.Equal("login_required", (await ApiJson.ReadAsync(refused))["error"]!.GetValue<string>());
        }
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/api/documents/remove-me.txt", Cancel)).StatusCode);

        using var admin = await LoggedInAsync();
        using (var removed = await admin.DeleteAsync("/api/documents/remove-me.txt?collection=scratch-delete", Cancel))
            Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/documents/remove-me.txt", Cancel)).StatusCode);
    }

    [Fact]
    public async Task Login_WithAWrongPassword_IsRefused_AndAForgedTokenDoesNothing()
    {
        using var client = fixture.Factory.CreateClient();
        using (var wrong = await ApiJson.PostAsync(client, "/api/login", new { password = "not the password" }))
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "forged-token");
        using var delete = await client.DeleteAsync("/api/documents/vmc-850-cnc-machining-centre.pdf", Cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, delete.StatusCode);
    }

    [Fact]
    public async Task Upload_AsAdmin_KeepsTheFileAndIngestsIt_SoItsCitationsOpen()
    {
        using var anonymous = fixture.Factory.CreateClient();
        using (var refused = await anonymous.PostAsync("/api/documents?collection=uploads", Upload("uploaded-notes.txt"), Cancel))
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        using var admin = await LoggedInAsync();
        using var response = await admin.PostAsync("/api/documents?collection=uploads", Upload("uploaded-notes.txt"), Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await ApiJson.ReadAsync(response);
        Assert.Equal("uploads", report["collection"]!.GetValue<string>());
        Assert.Equal("added", report["files"]![0]!["outcome"]!.GetValue<string>());
        Assert.True(File.Exists(Path.Combine(fixture.Factory.DataDir, "documents", "uploads", "uploaded-notes.txt")));
        using var file = await anonymous.GetAsync("/api/documents/uploaded-notes.txt/file", Cancel);
        Assert.Equal(await File.ReadAllTextAsync(PanelFactory.SampleManual("shop-notes.txt"), Cancel), await file.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task Upload_AFileNameThatLeavesTheFolder_KeepsOnlyItsName()
    {
        using var admin = await LoggedInAsync();
        using var response = await admin.PostAsync("/api/documents?collection=uploads", Upload("../../escaped.txt"), Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(File.Exists(Path.Combine(fixture.Factory.DataDir, "escaped.txt")));
        Assert.True(File.Exists(Path.Combine(fixture.Factory.DataDir, "documents", "uploads", "escaped.txt")));
    }

    [Fact]
    public async Task Quality_AsAdmin_RunsTheQuestionSetAndReturnsTheEvalReport()
    {
        var set = string.Join('\n', File.ReadLines(PanelFactory.SampleManual("questions.jsonl")).Take(2));
        using var anonymous = fixture.Factory.CreateClient();
        using (var refused = await anonymous.PostAsync("/api/quality?collection=vmc", QuestionSet(set), Cancel))
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        using var admin = await LoggedInAsync();
        using var response = await admin.PostAsync("/api/quality?collection=vmc", QuestionSet(set), Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await ApiJson.ReadAsync(response);
        Assert.Equal(2, report["results"]!.AsArray().Count);
        var overall = report["metrics"]![0]!;
        Assert.Equal(2, overall["questions"]!.GetValue<int>());
        Assert.InRange(overall["hitAt1"]!.GetValue<double>(), 0.5, 1.0);
    }

    [Fact]
    public async Task Quality_ABrokenQuestionSet_IsRefusedWithTheLine()
    {
        using var admin = await LoggedInAsync();
        using var response = await admin.PostAsync("/api/quality", QuestionSet("{\"id\": \"x\"\nnot json"), Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("set.jsonl:1", (await ApiJson.ReadAsync(response))["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private async Task<HttpClient> LoggedInAsync()
    {
        var client = fixture.Factory.CreateClient();
        using var login = await ApiJson.PostAsync(client, "/api/login", new { password = PanelFactory.AdminPassword });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        // An HMI uses the token as a bearer; the browser gets the same as an HttpOnly cookie.
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await ApiJson.ReadAsync(login))["token"]!.GetValue<string>());
        Assert.Contains(login.Headers.GetValues("Set-Cookie"), c => c.Contains("httponly", StringComparison.OrdinalIgnoreCase) && c.Contains("samesite=strict", StringComparison.OrdinalIgnoreCase));
        return client;
    }

    private void IngestScratch(string name, string collection)
    {
        var folder = Path.Combine(fixture.Factory.DataDir, "scratch-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.Copy(PanelFactory.SampleManual("shop-notes.txt"), Path.Combine(folder, name));
        Assert.False(fixture.Factory.Services.GetRequiredService<Knowledge.IKnowledgeBase>().Ingest([Path.Combine(folder, name)], collection, cancellationToken: Cancel).HasFailures);
    }

    private static MultipartFormDataContent Upload(string fileName)
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(File.ReadAllBytes(PanelFactory.SampleManual("shop-notes.txt")));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        content.Add(file, "files", fileName);
        return content;
    }

    private static MultipartFormDataContent QuestionSet(string text) =>
        new() { { new StringContent(text), "questions", "set.jsonl" } };
}
