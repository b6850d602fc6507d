@testable import LedeCore
import Testing

@Suite struct SelectorTests {
    static let html = """
        <html><head><title>T</title><meta name="description" content="The dek"><meta property="og:title" content="OG"></head>
        <body><article id="art"><p id="p1">One <b>bold</b></p><p id="p2"><a id="l1" href="mailto:x@y.test">mail</a></p></article>
        <aside><p id="p3">Aside</p></aside></body></html>
        """

    func document() throws -> HTMLDocument { HTMLDocument(bytes: Array(Self.html.utf8), encoding: "UTF-8") }

    @Test func cssOrXPathByTheFirstCharacter() throws {
        #expect(try Selector("//p").xpath == "//p")
        #expect(try Selector("  (//p)[2]").xpath == "  (//p)[2]")
        #expect(try Selector(".//p").xpath == ".//p")
        #expect(try Selector("../p").xpath == "../p")
        #expect(try Selector("p").xpath == ".//p")
        #expect(try Selector(".lead").xpath.hasPrefix(".//*[contains("))
        #expect(try Selector("article > p").source == "article > p")
        #expect(try Selector("p") == Selector("p"))
    }

    @Test func xpathAndCSSFindTheSameNodes() throws {
        let document = try document()
        let ids = { (source: String) throws in try document.select(Selector(source)).map { $0.attribute("id") ?? "?" } }
        #expect(try ids("//article/p") == ["p1", "p2"])
        #expect(try ids("article > p") == ["p1", "p2"])
        #expect(try ids("(//p)[last()]") == ["p3"])
        #expect(try ids("//p[@id='p3'] | //p[@id='p1']") == ["p1", "p3"])
    }

    @Test func trailingAttributeOnCSS() throws {
        let selector = try Selector("meta[name=description]@content")
        #expect(selector.xpath == ".//meta[@name = 'description']")
        #expect(selector.attribute == "content")
        let document = try document()
        let nodes = document.select(selector)
        #expect(nodes.map(\.name) == ["meta"])
        #expect(nodes.first?.attribute("content") == "The dek")
        #expect(try Selector("a@HREF ").attribute == "href")
        #expect(try Selector("meta, a@data-x").xpath == ".//meta | .//a")
    }

    @Test func atSignsInsideBracketsAreNotAnAttribute() throws {
        let selector = try Selector("a[href='mailto:x@y.test']")
        #expect(selector.attribute == nil)
        let document = try document()
        #expect(document.select(selector).map(\.name) == ["a"])
        #expect(try Selector("a[title=\"@x]\"]@href").attribute == "href")
        #expect(try Selector("p:not([data-at='@'])").attribute == nil)
    }

    @Test(arguments: [
        ("a@", "expected an attribute name after @ at 1"),
        ("a@href b", "@href must end the selector; unexpected b at 7"),
        ("a@@href", "expected an attribute name after @ at 1"),
        ("@content", "empty selector at 0"),
        ("a:hover@href", "unsupported pseudo-class :hover at 1"),
    ])
    func badAttributeSuffixes(source: String, message: String) {
        #expect(throws: SelectorError(message)) { try Selector(source) }
    }

    @Test func xpathAttributeAndTextNodes() throws {
        let document = try document()
        let contents = try document.select(Selector("//meta/@content"))
        #expect(contents.map(\.text) == ["The dek", "OG"])
        #expect(contents.allSatisfy { $0.isAttribute && !$0.isElement && !$0.isText && $0.name == "" })
        #expect(contents.first?.parent?.name == "meta")
        #expect(contents.first?.attribute("content") == nil)
        let texts = try document.select(Selector("//p[@id='p1']//text()"))
        #expect(texts.map(\.text) == ["One ", "bold"])
        #expect(texts.allSatisfy { $0.isText })
    }

    @Test func xpathRelativeToAContextNode() throws {
        let document = try document()
        let article = try #require(document.select(Selector("article")).first)
        #expect(try document.select(Selector(".//p"), in: article).count == 2)
        #expect(try document.select(Selector("p"), in: article).count == 2)
        #expect(try document.select(Selector("//p"), in: article).count == 3)
        #expect(try document.select(Selector("./p[2]/a/@href"), in: article).map(\.text) == ["mailto:x@y.test"])
    }

    @Test func resultsThatAreNotNodeSetsAreEmpty() throws {
        let document = try document()
        #expect(try document.select(Selector("(count(//p))")).isEmpty)
        #expect(try document.select(Selector("(string(//title))")).isEmpty)
        #expect(try document.select(Selector("//comment()")).isEmpty)
        #expect(try document.select(Selector("/")).isEmpty)
    }

    @Test(arguments: ["//div[", "//p]", "//p[@id='x]", "(//p", "//p/", "//p[1"])
    func badXPathFailsAtLoadTime(source: String) {
        #expect {
            try Selector(source)
        } throws: { error in
            (error as? SelectorError)?.message.hasPrefix("invalid XPath: ") == true
        }
    }

    @Test(arguments: [
        ("//p]x", "invalid expression at 3"),
        ("//p[@id='x]", "unfinished string literal at 11"),
        ("//p[contain(@class, 'x')]", "unknown function contain() at 4"),
        ("//p[ends-with (@id, 'x')]", "unknown function ends-with() at 4"),
        ("//og:meta", "undefined namespace prefix og at 2"),
        ("//x:*", "undefined namespace prefix x at 2"),
        ("//p[$n]", "undefined variable $n at 4"),
    ])
    func xpathErrorsSayWhatAndWhere(source: String, message: String) {
        #expect(throws: SelectorError("invalid XPath: " + message)) { try Selector(source) }
    }

    /// Operator names, node types and axes are not taken for unknown functions or prefixes.
    @Test(arguments: [
        "//div[count(p) div 2 > 1 and @id or . * 2 = 4 and 3 mod 2]", "//p[not(@class)]/text()", "//comment()",
        "//processing-instruction('x')", "//div/child::p[node()]", "//*[local-name() = 'div'][1]", "//div[@data-x='a:b(c)']",
        "//*[name()='p' or position() < 3.5]", "//@xml:lang", "//div [ contains ( @class , \"x\" ) ]", "//and/or/div/mod",
    ])
    func validXPathIsAccepted(source: String) {
        #expect(HTMLDocument.validateXPath(source) == nil)
    }

    @Test func evaluationErrorsSelectNothing() throws {
        let document = try document()
        #expect(try document.select(Selector("//p[count()]")).isEmpty)
        #expect(try document.select(Selector("//p[position() = 1]")).count == 2)
    }
}
