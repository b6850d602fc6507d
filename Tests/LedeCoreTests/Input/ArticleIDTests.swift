@testable import LedeCore
import Testing

@Suite struct ArticleIDTests {
    @Test(arguments: [
        ("a/b/x.html.gz", "x"),
        ("x.txt", "x"),
        ("x.html", "x"),
        ("x.htm", "x"),
        ("x.htm.gz", "x"),
        ("x.txt.gz", "x"),
        ("x.gz", "x"),
        ("X.HTML", "X"),
        ("report.final.txt", "report.final"),
        ("archive.tar.gz", "archive.tar"),
        ("notes.md", "notes.md"),
        ("/abs/path/world-2024-05-01.html.gz", "world-2024-05-01"),
        ("dir/", "dir"),
        ("./x.txt", "x"),
        (".txt", ".txt"),
        ("x", "x"),
    ])
    func idsFromPaths(path: String, id: String) {
        #expect(ArticleID.forPath(path) == id)
    }

    @Test func standardInput() {
        #expect(ArticleID.forPath(nil) == "stdin")
        #expect(ArticleID.forPath("-") == "stdin")
    }

    @Test func inputDocumentUsesTheSameRule() {
        #expect(InputDocument(bytes: [], path: "in/a1.html.gz").id == "a1")
        #expect(InputDocument(bytes: [], path: nil).id == "stdin")
    }
}
