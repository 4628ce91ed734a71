namespace Edge.Knowledge.Tests.Ingestion;

public sealed class HtmlReaderTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html><head><title>Press 7 Manual</title><style>h1 { color: red }</style><script>var tracking = 1;</script></head>
        <body>
          <header><a href="/">Home</a> Site header</header>
          <nav><ul><li>Navigation link</li></ul></nav>
          <div role="navigation">Breadcrumb trail</div>
          <main>
            <h1>Maintenance</h1>
            <p>Service the press<br>every month.</p>
            <h2 id="tmc">TMC reports error: <code>... ot=1(OvertempError!)</code></h2>
            <ol start="3"><li>Switch off the <strong>main</strong> switch.</li><li>Open the cover.<ul><li>Use the hex key.</li></ul></li></ol>
            <table><thead><tr><th>Code</th><th>Meaning</th></tr></thead><tbody><tr><td>2041</td><td>Overtemperature</td></tr></tbody></table>
            <pre><code>[stepper_x]
        step_pin: PA1</code></pre>
            <div>Loose text in a div.</div>
            <p>CAUTION: Hot surface.</p>
          </main>
          <aside>Related articles</aside>
          <footer>Copyright ACME</footer>
          <noscript>Enable JavaScript</noscript>
        </body></html>
        """;

    [Fact]
    public void Html_Structure_BecomesHeadingsParagraphsListsRowsAndCode()
    {
        var document = Read.Text(Page, "press7.html");

        Assert.Equal(
            [
                "H1: Maintenance",
                "Paragraph: Service the press every month.",
                "H2: TMC reports error: ... ot=1(OvertempError!)",
                "ListItem: 3. Switch off the main switch.",
                "ListItem: 4. Open the cover.",
                "ListItem: \u2022 Use the hex key.",
                "TableRow: Code | Meaning",
                "TableRow: 2041 | Overtemperature",
                "Code: [stepper_x]\nstep_pin: PA1",
                "Paragraph: Loose text in a div.",
                "Notice: CAUTION: Hot surface.",
            ],
            Read.Outline(document));
    }

    [Fact]
    public void Html_LineBreakInHeading_SeparatesWords()
        => Assert.Equal("H2: Spindle lubrication", Read.Outline(Read.Text("<h2>Spindle<br>lubrication</h2><p>x</p>", "b.html"))[0]);

    [Fact]
    public void Html_TitleElement_NamesTheDocument()
        => Assert.Equal("Press 7 Manual", Read.Text(Page, "press7.html").Title);

    [Fact]
    public void Html_WithoutTitleElement_TakesTheFirstH1()
        => Assert.Equal("Spindle", Read.Text("<html><body><h1>Spindle</h1><p>Text.</p></body></html>", "s.html").Title);

    [Fact]
    public void Html_WithNulBytes_IsRejectedAsBinary()
        => Assert.StartsWith("binary content:", Read.Failure("<html>\0\0<body>x</body></html>"u8.ToArray(), "junk.html"), StringComparison.Ordinal);

    [Fact]
    public void Html_OnlyFurniture_IsRejectedAsHavingNoText()
        => Assert.StartsWith("no text:", Read.Failure("<html><body><nav>Menu</nav><script>x()</script></body></html>"u8.ToArray(), "menu.html"), StringComparison.Ordinal);
}
