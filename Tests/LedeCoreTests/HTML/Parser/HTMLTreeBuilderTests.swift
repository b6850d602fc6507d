@testable import LedeCore
import Testing

@Suite struct HTMLParserTreeBuilderTests {
    @Test func impliedHTMLHeadAndBody() {
        #expect(parsedTree("") == "<html><head></head><body></body></html>")
        #expect(parsedTree("hello") == "<html><head></head><body>hello</body></html>")
        #expect(parsedTree("  <meta charset=utf-8><title>T</title>\n<p>x")
            == #"<html><head><meta charset="utf-8"></meta><title>T</title></head><body><p>x</p></body></html>"#)
        #expect(parsedTree("<html lang=en><head><link rel=x></head><body class=b>y</body></html>")
            == #"<html lang="en"><head><link rel="x"></link></head><body class="b">y</body></html>"#)
        // A head-ish element after </head> still goes to the head; other content opens the body.
        #expect(parsedTree("<head></head><script>s</script><div>d</div><script>t</script>")
            == "<html><head><script>s</script></head><body><div>d</div><script>t</script></body></html>")
        // noscript content that is not head content ends the head.
        #expect(parsedTree("<head><noscript><img src=a></noscript></head>")
            == #"<html><head><noscript></noscript></head><body><img src="a"></img></body></html>"#)
    }

    @Test func repeatedHTMLAndBodyTagsMergeAttributes() {
        #expect(parsedTree("<html a=1><body b=1>x<html a=2 c=3><body b=2 d=4>y")
            == #"<html a="1" c="3"><head></head><body b="1" d="4">xy</body></html>"#)
        #expect(parsedBody("x<head><p>y") == "x<p>y</p>")
    }

    @Test func voidElementsHaveNoChildren() {
        #expect(parsedBody("<br>a<img src=x>b<hr>c<input>d<wbr>e") == #"<br></br>a<img src="x"></img>b<hr></hr>c<input></input>d<wbr></wbr>e"#)
        #expect(parsedBody("a</br>b") == "a<br></br>b")
        #expect(parsedBody("<p>a<image src=x>") == #"<p>a<img src="x"></img></p>"#)
    }

    @Test func paragraphsCloseBeforeBlocks() {
        #expect(parsedBody("<p>a<p>b<div>c</div>d") == "<p>a</p><p>b</p><div>c</div>d")
        #expect(parsedBody("<p>a<b>b<ul><li>c</ul>") == "<p>a<b>b</b></p><ul><li>c</li></ul>")
        #expect(parsedBody("<p>a<span>b</span>c</p>") == "<p>a<span>b</span>c</p>")
        #expect(parsedBody("<p>a<table><tr><td>x<p>y</table>") == "<p>a</p><table><tr><td>x<p>y</p></td></tr></table>")
        #expect(parsedBody("<button><p>a<div>b</div></button>") == "<button><p>a</p><div>b</div></button>")
        #expect(parsedBody("<p><button>a<div>b</div></button>") == "<p><button>a<div>b</div></button></p>")
    }

    @Test func strayParagraphEndMakesAnEmptyParagraph() {
        #expect(parsedBody("a</p>b") == "a<p></p>b")
        #expect(parsedBody("<p>a</p></p>") == "<p>a</p><p></p>")
    }

    @Test func listItems() {
        #expect(parsedBody("<ul><li>a<li>b</ul>") == "<ul><li>a</li><li>b</li></ul>")
        #expect(parsedBody("<ul><li>a<ul><li>b<li>c</ul><li>d</ul>") == "<ul><li>a<ul><li>b</li><li>c</li></ul></li><li>d</li></ul>")
        #expect(parsedBody("<dl><dt>a<dd>b<dt>c</dl>") == "<dl><dt>a</dt><dd>b</dd><dt>c</dt></dl>")
        #expect(parsedBody("<select><option>a<option>b<optgroup><option>c</select>")
            == "<select><option>a</option><option>b</option><optgroup><option>c</option></optgroup></select>")
    }

    @Test func tableParts() {
        #expect(parsedBody("<table><tr><td>a<td>b<tr><th>c<td>d</table>e")
            == "<table><tr><td>a</td><td>b</td></tr><tr><th>c</th><td>d</td></tr></table>e")
        #expect(parsedBody("<table><thead><tr><td>a<tbody><tr><td>b</table>")
            == "<table><thead><tr><td>a</td></tr></thead><tbody><tr><td>b</td></tr></tbody></table>")
        // A cell of an inner table does not close the outer cell.
        #expect(parsedBody("<table><tr><td><table><tr><td>a</table>b<td>c</table>")
            == "<table><tr><td><table><tr><td>a</td></tr></table>b</td><td>c</td></tr></table>")
        #expect(parsedBody("<table><tr><td><div>a</td>b</table>") == "<table><tr><td><div>a</div></td>b</tr></table>")
    }

    @Test func headings() {
        #expect(parsedBody("<h1>a<h2>b</h2>c") == "<h1>a</h1><h2>b</h2>c")
        #expect(parsedBody("<h2>a</h3>b") == "<h2>a</h2>b")
    }

    @Test func strayAndMisnestedEndTags() {
        #expect(parsedBody("a</div></span>b") == "ab")
        #expect(parsedBody("<div><span>a</div>b") == "<div><span>a</span></div>b")
        #expect(parsedBody("<span><div>a</span>b</div>c") == "<span><div>ab</div>c</span>")  // `</span>` cannot end a div
        #expect(parsedBody("<div><table><tr><td>a</div>b</table>") == "<div><table><tr><td>ab</td></tr></table></div>")
        #expect(parsedBody("<a href=1>x<a href=2>y") == #"<a href="1">x</a><a href="2">y</a>"#)
        #expect(parsedBody("<div>a</body>b</html>c") == "<div>abc</div>")
    }

    @Test func foreignContent() {
        #expect(parsedBody(#"<svg><path d="1"/><path d="2"/></svg>x"#) == #"<svg><path d="1"></path><path d="2"></path></svg>x"#)
        #expect(parsedBody("<div><path d=1/>x") == #"<div><path d="1/">x</path></div>"#)  // unquoted values take the slash
        #expect(parsedBody("<svg><g><p>x") == "<svg><g></g></svg><p>x</p>")  // an HTML tag leaves SVG
        #expect(parsedBody("<svg><image href='a'/></svg>") == #"<svg><image href="a"></image></svg>"#)
        // No raw text in SVG: an icon's `<title/>` or `<style>` holds markup, and ends.
        #expect(parsedBody("<svg><title/><path/></svg><p>x") == "<svg><title></title><path></path></svg><p>x</p>")
        #expect(parsedBody("<svg><style>.a{}</style><g/></svg><p>x") == "<svg><style>.a{}</style><g></g></svg><p>x</p>")
    }

    @Test func textIsMergedAcrossDroppedMarkup() {
        let tree = HTMLParser.parse(Array("<p>a<!-- x -->b&amp;c</nothing>d</p>".utf8))
        #expect(parsedBody("<p>a<!-- x -->b&amp;c</nothing>d</p>") == "<p>ab&cd</p>")
        #expect(treeProblem(tree) == nil)
    }

    @Test func depthIsCapped() {
        let html = String(repeating: "<div>", count: 2000) + "deep" + String(repeating: "</div>", count: 2000) + "after"
        let tree = HTMLParser.parse(Array(html.utf8))
        #expect(treeProblem(tree) == nil)
        #expect(parsedBody(html).hasSuffix("deep" + String(repeating: "</div>", count: HTMLParser.depthLimit - 3) + "after"))
    }

    @Test func manyEndTagsStayLinear() {
        // Each `</span>` is ignored in constant time under a deep stack with a div on top.
        let html = String(repeating: "<span>", count: 500) + "<div>" + String(repeating: "</span>", count: 200_000)
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = HTMLParser.parse(Array(html.utf8)) }
        #expect(elapsed < .seconds(2))
    }
}
