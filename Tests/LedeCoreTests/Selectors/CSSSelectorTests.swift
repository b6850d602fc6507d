@testable import LedeCore
import Testing

@Suite struct CSSSelectorTests {
    static let html = """
        <html><body>
        <div id="a" class="story  lead">
          <p id="p1" class="x">One</p>
          <p id="p2" data-kind="quote" DATA-Upper="1">Two</p>
          <section id="s1">
            <p id="p3" class="story-x">Three</p>
            <span id="sp1" title="it's &quot;here&quot;">x</span>
          </section>
        </div>
        <div id="b" class="storyline">
          <a id="l1" href="https://example.com/x">l</a>
          <a id="l2" href="/local" class="\tnav\nitem ">m</a>
        </div>
        </body></html>
        """

    /// The ids of the elements `css` matches, in document order, evaluating exactly the
    /// XPath that `CSSSelector` writes (and so checking that libxml2 compiles it).
    func ids(_ css: String, below contextID: String? = nil) throws -> [String] {
        let document = HTMLDocument(bytes: Array(Self.html.utf8), encoding: "UTF-8")
        let context = try contextID.map { id in try #require(document.select(Selector("//*[@id='\(id)']")).first) }
        return try document.select(Selector(CSSSelector.xpath(css)), in: context).map { $0.attribute("id") ?? "?" }
    }

    @Test func typeSelectorsAreCaseInsensitive() throws {
        #expect(try ids("p") == ["p1", "p2", "p3"])
        #expect(try ids("DIV") == ["a", "b"])
        #expect(try ids("*", below: "s1") == ["p3", "sp1"])
    }

    @Test func classMatchesWholeTokens() throws {
        #expect(try ids(".story") == ["a"])
        #expect(try ids(".lead.story") == ["a"])
        #expect(try ids("div.story-x") == [])
        #expect(try ids(".item") == ["l2"])
        #expect(try CSSSelector.xpath(".x") == ".//*[contains(concat(' ', normalize-space(@class), ' '), ' x ')]")
    }

    @Test func idSelector() throws {
        #expect(try ids("#p2") == ["p2"])
        #expect(try ids("p#p2.x") == [])
    }

    @Test func attributePresenceAndEquality() throws {
        #expect(try ids("[data-kind]") == ["p2"])
        #expect(try ids("[Data-Upper]") == ["p2"])
        #expect(try ids("a[href='/local']") == ["l2"])
        #expect(try ids("a[ href = \"/local\" ]") == ["l2"])
        #expect(try ids("[data-kind=quote]") == ["p2"])
        #expect(try ids("[data-kind=Quote]") == [])
    }

    @Test func attributeSubstringAndPrefix() throws {
        #expect(try ids("a[href*=example]") == ["l1"])
        #expect(try ids("a[href^='/']") == ["l2"])
        #expect(try ids("a[href^=https]") == ["l1"])
        #expect(try ids("a[href*='']") == [])
        #expect(try ids("a[href^=\"\"]") == [])
    }

    @Test func valuesWithBothQuoteKindsUseConcat() throws {
        let css = #"span[title='it\'s "here"']"#
        #expect(try CSSSelector.xpath(css) == #".//span[@title = concat('it', "'", 's "here"')]"#)
        #expect(try ids(css) == ["sp1"])
        #expect(CSSSelector.literal("plain") == "'plain'")
        #expect(CSSSelector.literal("it's") == #""it's""#)
        #expect(CSSSelector.literal(#"'"'"#) == #"concat('', "'", '"', "'", '')"#)
    }

    @Test func descendantAndChildCombinators() throws {
        #expect(try ids("div p") == ["p1", "p2", "p3"])
        #expect(try ids("section  p") == ["p3"])
        #expect(try ids("div > p") == ["p1", "p2"])
        #expect(try ids("div>p") == ["p1", "p2"])
        #expect(try ids("body > div#a > section > *") == ["p3", "sp1"])
        #expect(try CSSSelector.xpath("div > p span") == ".//div/p//span")
    }

    @Test func listsComeOutInDocumentOrder() throws {
        #expect(try ids("#p3, #p1") == ["p1", "p3"])
        #expect(try ids("a,p ,  span") == ["p1", "p2", "p3", "sp1", "l1", "l2"])
        #expect(try CSSSelector.xpath("a, b") == ".//a | .//b")
    }

    @Test func firstChildAndNthOfType() throws {
        #expect(try ids("p:first-child") == ["p1", "p3"])
        #expect(try ids("*:FIRST-CHILD", below: "b") == ["l1"])
        #expect(try ids("p:nth-of-type(2)") == ["p2"])
        #expect(try ids("a:nth-of-type( 2 )") == ["l2"])
        #expect(try ids("span:nth-of-type(1)") == ["sp1"])
        #expect(try ids("p:nth-of-type(3)") == [])
    }

    @Test func notTakesOneCompound() throws {
        #expect(try ids("p:not(.x)") == ["p2", "p3"])
        #expect(try ids("div > :not(p)") == ["s1", "l1", "l2"])
        #expect(try ids("p:not(:first-child)") == ["p2"])
        #expect(try ids("div > *:not(p.x)") == ["p2", "s1", "l1", "l2"])
        #expect(try ids("p:not([data-kind=quote]):not(#p3)") == ["p1"])
        #expect(try ids("p:not(:nth-of-type(1))") == ["p2"])
        #expect(try ids("p:not(*)") == [])
    }

    @Test func evaluationIsScopedToTheContext() throws {
        #expect(try ids("a", below: "b") == ["l1", "l2"])
        #expect(try ids("div a", below: "b") == [])
        #expect(try ids("div", below: "b") == [])
        #expect(try ids("section > p", below: "a") == ["p3"])
    }

    @Test(arguments: [
        ("div a:hover", "unsupported pseudo-class :hover at 5"),
        ("p::before", "unsupported pseudo-element ::before at 1"),
        ("a + b", "unsupported combinator + at 2"),
        ("a~b", "unsupported combinator ~ at 1"),
        ("a[href$=x]", "unsupported attribute operator $= at 6"),
        ("a[lang|=en]", "unsupported attribute operator |= at 6"),
        ("a[href", "unclosed [ at 1"),
        ("a[href=x", "unclosed [ at 1"),
        ("a[href=x y]", "expected ] at 9"),
        ("[=x]", "expected an attribute name at 1"),
        ("a[title='x]", "unterminated string at 8"),
        ("a]", "unexpected ] at 1"),
        ("p:not(.a", "unclosed ( at 5"),
        ("", "empty selector at 0"),
        ("div >", "selector ends with combinator > at 4"),
        ("div > , p", "selector ends with combinator > at 4"),
        ("div,", "empty selector after , at 3"),
        (", div", "empty selector before , at 0"),
        ("> p", "missing selector before combinator > at 0"),
        ("a.", "expected a class name after . at 1"),
        ("a #", "expected an id name after # at 2"),
        ("a$", "unexpected character $ at 1"),
        (#"a\:b"#, "escapes are not supported at 1"),
        ("a:first-child(", "unexpected character ( at 13"),
        ("p:nth-of-type(2n+1)", "unsupported :nth-of-type argument 2n+1 (only a positive integer is supported) at 14"),
        ("p:nth-of-type(0)", "unsupported :nth-of-type argument 0 (only a positive integer is supported) at 14"),
        (":nth-of-type(2)", ":nth-of-type without a type selector (write p:nth-of-type(2)) at 0"),
        ("p:not(div p)", ":not takes one compound selector; unexpected p at 10"),
        ("p:not(:not(a))", ":not cannot be nested at 6"),
        ("p:not", "expected ( after :not at 5"),
        ("p:", "expected a pseudo-class name after : at 1"),
    ])
    func errorsNameTheProblemAndOffset(css: String, message: String) {
        #expect(throws: SelectorError(message)) { try CSSSelector.xpath(css) }
    }
}
