@testable import LedeCore
import Testing

/// `HTMLNode` over lede's own tree: the reads every stage makes.
@Suite struct HTMLNodeTests {
    private let document: HTMLDocument
    private let body: HTMLNode

    init() throws {
        let html = #"<html lang="en"><head><title>T</title></head><body class="b"><div id="a" data-x="1&amp;2">one <b>two</b> three</div><br><script>if (a < b) {}</script><p>x &lt; y</p></body></html>"#
        document = HTMLDocument(bytes: Array(html.utf8), encoding: "UTF-8")
        body = try #require(document.root?.elementChildren.last)
    }

    @Test func namesParentsAndChildren() throws {
        #expect(document.root?.name == "html")
        #expect(body.name == "body")
        #expect(body.parent == document.root)
        #expect(document.root?.parent == nil)
        #expect(body.elementChildren.map(\.name) == ["div", "br", "script", "p"])
        let div = body.elementChildren[0]
        #expect(div.children.map(\.isText) == [true, false, true])
    }

    @Test func attributesAreDecodedAndLookedUpByName() {
        let div = body.elementChildren[0]
        #expect(div.attribute("id") == "a")
        #expect(div.attribute("data-x") == "1&2")
        #expect(div.attribute("class") == nil)
        #expect(div.attributes.map(\.name) == ["id", "data-x"])
        #expect(body.elementChildren[0].children[0].attribute("id") == nil)  // text has no attributes
    }

    @Test func textIsAllTheTextBelowInOrder() {
        #expect(body.elementChildren[0].text == "one two three")
        #expect(body.elementChildren[3].text == "x < y")
        var visited: [String] = []
        body.walk { node in
            visited.append(node.isElement ? node.name : "#text")
            return node.name != "div"  // a skipped subtree
        }
        #expect(visited == ["body", "div", "br", "script", "#text", "p", "#text"])
    }

    @Test func htmlEscapesTextButNotScripts() {
        #expect(body.elementChildren[0].html == #"<div id="a" data-x="1&amp;2">one <b>two</b> three</div>"#)
        #expect(body.elementChildren[1].html == "<br>")
        #expect(body.elementChildren[2].html == "<script>if (a < b) {}</script>")
        #expect(body.elementChildren[3].html == "<p>x &lt; y</p>")
    }

    @Test func categoriesComeFromTheVocabulary() {
        #expect(body.elementChildren[2].is(.neverContent))
        #expect(body.elementChildren[0].is(.blockLevel))
        #expect(body.elementChildren[1].is(.void))
        #expect(!body.elementChildren[0].children[0].is(.blockLevel))  // nor has text a category
    }

    @Test func nodeSetsHoldNodesOfOnePage() {
        var set = NodeSet(for: document)
        let div = body.elementChildren[0]
        set.insert(div)
        #expect(set.contains(div))
        #expect(!set.contains(body))
        set.remove(div)
        #expect(!set.contains(div))
    }

    @Test func xpathResultsMapBackToTreeNodes() throws {
        let found = document.select(try Selector("//div/@data-x | //p/text()"))
        #expect(found.count == 2)
        #expect(found[0].isAttribute && found[0].text == "1&2" && found[0].parent == body.elementChildren[0])
        #expect(found[1].isText && found[1].parent == body.elementChildren[3])
        #expect(document.select(try Selector("(count(//p))")).isEmpty)
    }
}
