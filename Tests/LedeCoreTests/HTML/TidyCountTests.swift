@testable import LedeCore
import Testing

@Suite struct TidyCountTests {
    /// Pieces of blocks: white space runs, `<br>` stand-ins, combining marks, flags, CJK, and markup.
    private let pieces = [
        "word", " ", "  \n\t ", "\u{E000}", "\u{A0}", "é", "e\u{301}", "\u{301}", "🇩🇪", "🇩", "日本語", "\u{2003}", "\r\n",
        "<b>bold</b>", "<i> </i>", "<span>x</span> ", "<a href=\"#\">link</a>", "<br>", String(repeating: "long text ", count: 12),
        "\u{7}", "a\u{1B}b", "\u{7F}",
    ]

    /// The count always agrees with `tidy(node.text).count` up to the limit, and says "more" past it.
    @Test func agreesWithTidyUpToTheLimit() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<400 {
            let inner = (0..<Int.random(in: 0...30, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let document = HTMLDocument(bytes: Array("<html><body><div id=\"b\">\(inner)</div></body></html>".utf8), encoding: "UTF-8")
            guard let block = document.select(try Selector("//div[@id='b']")).first else { continue }
            let full = InlineText.tidy(block.text).count
            for limit in [0, 5, 59, 160] {
                #expect(InlineText.tidyCount(of: block, limit: limit) == min(full, limit + 1), "\(inner.debugDescription) \(limit)")
            }
        }
    }
}
