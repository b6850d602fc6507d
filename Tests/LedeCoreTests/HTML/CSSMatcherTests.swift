import Foundation
@testable import LedeCore
import LedeTestSupport
import Testing

/// lede matches CSS on its own tree; libxml2 evaluates the XPath the same CSS compiles to.
/// Both must pick the same nodes, on real pages and on made-up corner cases.
@Suite struct CSSMatcherTests {
    private static let selectors = [
        "div", "*", "p a", "div > p", "ul > li:first-child", "li:nth-of-type(2)", "p:not(.intro)", "div:not(*)",
        "[id]", "#main", "a[href^='http']", "a[href*=\"/2020/\"]", "[class*='']", ".story", "div.story .byline",
        "meta[name=description]", "meta[property='og:title'], meta[name=title]", "article p:not([class])",
        "body > div > div", "html", "head > title", "span:first-child:not(.x)", "section p, p",
        "time[datetime]", "a:nth-of-type(3)", "*:not(p):not(div)",
    ]

    private static let corners = """
        <html><head><title>t</title><meta name="description" content="d"><meta property="og:title" content="o"></head>
        <body><div id="main" class=" story  lead "><p class="intro">a <a href="http://x/2020/1">1</a></p>
        <p>b <a href="/y">2</a><a>3</a><a href="https://z">4</a></p><ul><li>x</li><li class="x">y</li></ul>
        <div class="story\tlong"><span>s</span><span class="byline">by</span></div></div>
        <section><article><p>c</p><p class="">d</p></article></section><time datetime="2020">t</time></body></html>
        """

    @Test func cssMatchesWhatLibxml2SelectsForItsXPath() throws {
        var pages = [Array(Self.corners.utf8)]
        let tests = Fixtures.repositoryRoot.appendingPathComponent("plugins/outlets/tests")
        for name in try FileManager.default.contentsOfDirectory(atPath: tests.path).sorted() where name.hasSuffix(".html.gz") {
            pages.append(try Gzip.decompress(Array(try Data(contentsOf: tests.appendingPathComponent(name)))))
        }
        #expect(pages.count > 5)
        for page in pages {
            let document = HTMLDocument(bytes: page, encoding: "UTF-8")
            for selector in try Self.selectors.map({ source throws in try Selector(source) }) {
                let viaXPath = try Selector(selector.xpath)
                #expect(viaXPath.css == nil)
                #expect(document.select(selector) == document.select(viaXPath), "\(selector.source)")
                // Relative to an element too: only matches below it count.
                for context in document.select(try Selector("body > div, article")).prefix(3) {
                    #expect(document.select(selector, in: context) == document.select(viaXPath, in: context), "\(selector.source) in \(context.name)")
                }
            }
        }
    }

    @Test func classWordsSplitAtXPathWhiteSpace() {
        let value = Array(" story\tlong\nx ".utf8)
        value.withUnsafeBufferPointer { buffer in
            #expect(CSSMatcher.hasWord(Array("long".utf8), in: buffer))
            #expect(CSSMatcher.hasWord(Array("x".utf8), in: buffer))
            #expect(!CSSMatcher.hasWord(Array("stor".utf8), in: buffer))
        }
    }
}
