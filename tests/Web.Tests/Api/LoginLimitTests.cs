using System.Net;
using Edge.Agent.Web.Auth;
using Edge.Agent.Web.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Edge.Agent.Web.Tests.Api;

/// <summary>Without an admin password nothing can be changed; failed logins are slowed down.</summary>
public sealed class LoginLimitTests
{
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NoAdminPassword_ChangesAreOffForEveryone()
    {
        using var factory = new PanelFactory();
        using var client = factory.CreateClient();
        using (var login = await ApiJson.PostAsync(client, "/api/login", new { password = "anything at all" }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, login.StatusCode);
            Assert.Equal("admin_disabled", (await ApiJson.ReadAsync(login))["error"]!.GetValue<string>());
        }
        using (var delete = await client.DeleteAsync("/api/documents/any.pdf", Cancel))
            Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        var session = await ApiJson.ReadAsync(await client.GetAsync("/api/session", Cancel));
        Assert.False(session["adminEnabled"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Login_AfterTooManyFailures_IsRefusedEvenWithTheRightPassword()
    {
        using var factory = new PanelFactory(PanelFactory.WithAdminPassword(new() { ["Web:Login:MaxFailures"] = "3" }));
        using var client = factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            using var wrong = await ApiJson.PostAsync(client, "/api/login", new { password = $"guess {i}" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }
        using var locked = await ApiJson.PostAsync(client, "/api/login", new { password = PanelFactory.AdminPassword });
        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.InRange(int.Parse(locked.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 300);
    }

    [Fact]
    public void Throttle_LetsAnAddressTryAgainOnceItsFailuresLeaveTheWindow()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-01T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var throttle = new LoginThrottle(Microsoft.Extensions.Options.Options.Create(new WebOptions { Login = new WebLoginOptions { MaxFailures = 2, WindowSeconds = 60 } }), time);
        throttle.Failed("10.0.0.5");
        time.Advance(TimeSpan.FromSeconds(30));
        throttle.Failed("10.0.0.5");
        Assert.Equal(TimeSpan.FromSeconds(30), throttle.RetryAfter("10.0.0.5"));
        Assert.Equal(TimeSpan.Zero, throttle.RetryAfter("10.0.0.6"));
        time.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(TimeSpan.Zero, throttle.RetryAfter("10.0.0.5"));
    }

    [Fact]
    public void Sessions_ExpireAfterTheirIdleTime()
    {
        var time = new FakeTimeProvider();
        var sessions = new AdminSessions(Microsoft.Extensions.Options.Options.Create(new WebOptions { AdminSessionMinutes = 10 }), time);
        var token = sessions.Open();
        time.Advance(TimeSpan.FromMinutes(9));
        Assert.True(sessions.Touch(token));
        time.Advance(TimeSpan.FromMinutes(9));
        Assert.True(sessions.Touch(token));
        time.Advance(TimeSpan.FromMinutes(11));
        Assert.False(sessions.Touch(token));
    }

    [Fact]
    public void Password_HashVerifiesOnlyTheSamePassword()
    {
        var hash = AdminPassword.Hash("Werkbank-2041", iterations: 1000);
        Assert.True(AdminPassword.Verify("Werkbank-2041", hash));
        Assert.False(AdminPassword.Verify("werkbank-2041", hash));
        Assert.False(AdminPassword.Verify("Werkbank-2041", "plain text"));
        Assert.NotEqual(hash, AdminPassword.Hash("Werkbank-2041", iterations: 1000));
    }
}
