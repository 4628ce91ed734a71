namespace Edge.EndToEnd.Tests.Deploy;

/// <summary>
/// Runs deploy/tests/install-tests.sh: install.sh in a throwaway root with a fake systemctl and fake
/// glibc/libgomp/architecture answers (fresh install, upgrade, rollback, uninstall, purge, JetPack 5,
/// unit file checks), so the README's test command covers the installer.
/// </summary>
public sealed class InstallScriptTests
{
    [Fact]
    public async Task InstallScript_PassesEveryCaseInAThrowawayRoot()
    {
        if (ProcessRunner.Find("/bin/bash", "/usr/bin/bash") is not { } bash)
        {
            Assert.Skip("bash is not installed");
            return;
        }

        var result = await ProcessRunner.RunAsync(bash, [RepoFiles.File("deploy/tests/install-tests.sh")], cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(@"install tests: \d+ ok, 0 failed", result.Stdout);
    }

    [Fact]
    public async Task TarballCheck_ReportsEveryKindOfForeignNative()
    {
        if (ProcessRunner.Find("/bin/bash", "/usr/bin/bash") is not { } bash)
        {
            Assert.Skip("bash is not installed");
            return;
        }

        var result = await ProcessRunner.RunAsync(bash, [RepoFiles.File("deploy/tests/check-tarball-tests.sh")], cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(@"tarball check tests: \d+ ok, 0 failed", result.Stdout);
    }

    [Fact]
    public async Task ShellScripts_PassShellcheck_WhenItIsInstalled()
    {
        if (ProcessRunner.Find("/usr/bin/shellcheck", "/usr/local/bin/shellcheck") is not { } shellcheck)
        {
            Assert.Skip("shellcheck is not installed (apt install shellcheck); the scripts are checked where it is");
            return;
        }
        var scripts = Directory.GetFiles(RepoFiles.File("deploy"), "*.sh", SearchOption.AllDirectories);

        var result = await ProcessRunner.RunAsync(shellcheck, ["-x", .. scripts], cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.ExitCode == 0, result.ToString());
    }
}
