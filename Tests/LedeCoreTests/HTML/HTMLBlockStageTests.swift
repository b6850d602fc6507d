import LedeCore
import Testing

@Suite struct HTMLBlockStageTests {
    @Test func blocksOfEachKind() throws {
        let article = try extractHTML(page(body: """
            <article>
            \(prose)
            <h2>What <b>next</b></h2>
            <ul><li>one item</li><li>two <i>items</i></li></ul>
            <blockquote><p>First quoted paragraph.</p><p>Second quoted paragraph.</p></blockquote>
            <pre>let x = 1
              let y = 2</pre>
            <figure><img src="a.jpg"><figcaption>Smoke over the city (Reuters)</figcaption></figure>
            <div>A div holding only <a href="#">inline</a> content and enough words to be a paragraph of its own.</div>
            <p>Line one<br>line two</p>
            </article>
            """))
        #expect(article.body.map(\.type) == [.paragraph, .paragraph, .paragraph, .heading, .list, .quote, .preformatted, .figure, .paragraph, .paragraph])
        #expect(article.body[3] == .heading("What next", level: 2))
        #expect(article.body[4] == .list(["one item", "two items"]))
        #expect(article.body[5] == .quote("First quoted paragraph.\nSecond quoted paragraph."))
        #expect(article.body[6] == .preformatted("let x = 1\n  let y = 2"))
        #expect(article.body[7] == .figure(caption: "Smoke over the city", credit: "Reuters"))
        #expect(article.body[9].text == "Line one\nline two")
    }

    @Test func whiteSpaceIsCollapsedAndNoBreakSpacesKept() throws {
        let article = try extractHTML(page(body: "<article>\(prose)<p>  Many\n   spaces\tand a\u{A0}no-break   space  </p></article>"))
        #expect(article.body.last?.text == "Many spaces and a\u{A0}no-break space")
    }

    @Test func furnitureIsLeftOut() throws {
        let article = try extractHTML(page(body: """
            <nav><a href="/">Home</a><a href="/news">News</a></nav>
            <div class="cookie-banner">We use cookies to improve your experience on this website, with your consent.</div>
            <article>\(prose)
            <div class="share-tools"><a href="#">Share on Facebook</a></div>
            <div style="display: none">Hidden text that a reader never sees on the page at all.</div>
            <p>Advertisement</p>
            </article>
            <aside><p>Related: another story about buses, with a long enough sentence to count.</p></aside>
            <footer>© 2024 Example News</footer>
            """))
        #expect(article.body.count == 3)
        #expect(article.removed.map(\.text) == ["Advertisement"])
    }

    @Test func theArticleWinsOverALongerLinkList() throws {
        let links = (1...30).map { "<li><a href=\"/\($0)\">Another headline number \($0), about something else entirely</a></li>" }.joined()
        let article = try extractHTML(page(body: "<div class=\"sidebar-list\"><ul>\(links)</ul></div><div class=\"story\">\(prose)</div>"))
        #expect(article.body.count == 3)
        #expect(article.body.first?.text.hasPrefix("The council voted") == true)
    }

    @Test func aStorySplitAcrossSectionsIsWhole() throws {
        let sections = (1...4).map { "<div class=\"column\"><div><p>Section \($0) of the story has a sentence long enough to be a paragraph, with commas, and more.</p></div></div><div class=\"ad-slot\"></div>" }.joined()
        let article = try extractHTML(page(body: "<main><section>\(sections)</section></main>"))
        #expect(article.body.count == 4)
    }
}

@Suite struct HTMLBadInputTests {
    @Test func deepNestingDoesNotCrash() throws {
        let html = "<html><body>" + String(repeating: "<div>", count: 100_000) + "text" + String(repeating: "</div>", count: 100_000) + "</body></html>"
        let article = try extractHTML(html)
        // lede's parser caps nesting at 512 levels (deeper elements go beside the ones at
        // the cap), so the text is still read.
        #expect(article.body.map(\.text) == ["text"])
    }

    @Test func aPageWithNoTextIsAnArticleWithADiagnostic() throws {
        let article = try extractHTML("<html><body><img src=a.png></body></html>")
        #expect(article.body.isEmpty)
        #expect(article.diagnostics.map(\.message).contains("no body text found"))
    }

    @Test func truncatedHTMLStillYieldsItsText() throws {
        let article = try extractHTML("<html><body><article>" + prose.prefix(200))
        #expect(article.body.first?.text.hasPrefix("The council voted on Tuesday") == true)
    }

    @Test func windows1252WithoutACharsetIsDecodedWithAFinding() throws {
        var bytes = Array("<html><body><article><p>Caf".utf8) + [0xE9] + Array(" owners met on Monday to oppose the new charges for tables, chairs and umbrellas.</p></article></body></html>".utf8)
        bytes += []
        let article = try Extractor().extract(InputDocument(bytes: bytes, path: "p.html"))
        #expect(article.body.first?.text.hasPrefix("Café owners") == true)
        #expect(article.diagnostics.first?.stage == "decode")
    }

    @Test func aDeclaredCharsetIsUsed() throws {
        let bytes = Array("<html><head><meta charset=\"iso-8859-1\"></head><body><article><p>Caf".utf8) + [0xE9] + Array(" owners met on Monday to oppose the new charges for tables and chairs.</p></article></body></html>".utf8)
        let article = try Extractor().extract(InputDocument(bytes: bytes, path: "p.html"))
        #expect(article.body.first?.text.hasPrefix("Café owners") == true)
        #expect(article.diagnostics.isEmpty)
    }
}
