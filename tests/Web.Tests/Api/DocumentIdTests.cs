using Edge.Agent.Web.Documents;

namespace Edge.Agent.Web.Tests.Api;

public sealed class DocumentIdTests
{
    [Theory]
    [InlineData("vmc-850.pdf", true)]
    [InlineData("en/pl_editor.html", true)]
    [InlineData("Handbuch Presse 7.docx", true)]
    [InlineData("../edge.db", false)]
    [InlineData("en/../../edge.db", false)]
    [InlineData("/etc/passwd", false)]
    [InlineData("en//x.pdf", false)]
    [InlineData("./x.pdf", false)]
    [InlineData("..\\edge.db", false)]
    [InlineData("x\0.pdf", false)]
    [InlineData("", false)]
    public void IsAcceptable_RefusesWhatLooksLikeAnEscapeFromAFolder(string id, bool acceptable) =>
        Assert.Equal(acceptable, DocumentId.IsAcceptable(id));
}
