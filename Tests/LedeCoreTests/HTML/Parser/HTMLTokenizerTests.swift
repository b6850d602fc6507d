@testable import LedeCore
import Testing

@Suite struct HTMLParserTokenizerTests {
    @Test func tagsAndAttributes() {
        #expect(parsedBody(#"<DIV Class="a b" data-x='1' hidden id=main>t</DiV>"#)
            == #"<div class="a b" data-x="1" hidden="" id="main">t</div>"#)
        #expect(parsedBody(#"<p a="1" A="2" a='3'>x</p>"#) == #"<p a="1">x</p>"#)  // the first of a repeated name wins
        #expect(parsedBody("<p\ta\n=\n\"v\"/>x") == #"<p a="v">x</p>"#)  // self-closing syntax on a normal element is ignored
        #expect(parsedBody(#"<a href=x?a=1&b=2>l</a>"#) == #"<a href="x?a=1&b=2">l</a>"#)
        #expect(parsedBody(#"<img src="a"b="c"/>"#) == #"<img src="a" b="c"></img>"#)
        #expect(parsedBody("<p =x>y</p>") == #"<p =x="">y</p>"#)
        #expect(parsedBody("<p a=>x") == #"<p a="">x</p>"#)
    }

    @Test func lessThanThatStartsNoTag() {
        #expect(parsedBody("a < b <3 c<") == "a < b <3 c<")
        #expect(parsedBody("x</ y>z") == "xz")  // a bogus comment
        #expect(parsedBody("x</>z") == "xz")
        #expect(parsedBody("x</") == "x</")
    }

    @Test func commentsAndDeclarationsAreDropped() {
        #expect(parsedBody("a<!-- c -->b") == "ab")
        #expect(parsedBody("a<!-->b") == "ab")
        #expect(parsedBody("a<!--->b") == "ab")
        #expect(parsedBody("a<!-- x --!>b") == "ab")
        #expect(parsedBody("a<!-- x -- y -->b") == "ab")
        #expect(parsedBody("a<!-- unterminated <p>b") == "a")
        #expect(parsedBody("a<?php echo 1 ?>b<!DOCTYPE html>c<![CDATA[x]]>d") == "abcd")
        #expect(parsedTree("<!DOCTYPE html><title>t</title>") == "<html><head><title>t</title></head><body></body></html>")
    }

    @Test func tagsCutOffByTheEndAreDropped() {
        #expect(parsedBody("a<p class=\"x") == "a")
        #expect(parsedBody("a<p class=x") == "a")
        #expect(parsedBody("a<div") == "a")
    }

    @Test func rawTextElements() {
        // Raw text elements before any body content go to the head; "x" opens the body first.
        #expect(parsedBody("x<script>if (a<b && c) { x = '</div>' }</script>t")
            == "x<script>if (a<b && c) { x = '</div>' }</script>t")
        #expect(parsedBody("x<style>p{}</STYLE >t") == "x<style>p{}</style>t")
        #expect(parsedBody("x<script>a</scripts></script>b") == "x<script>a</scripts></script>b")
        #expect(parsedBody("x<script>&amp;</script>") == "x<script>&amp;</script>")
        #expect(parsedBody("<xmp><b>x</b></xmp>") == "<xmp><b>x</b></xmp>")
        #expect(parsedBody("<iframe><p>x</iframe>") == "<iframe><p>x</iframe>")
        #expect(parsedBody("x<script>never closed <p>x") == "x<script>never closed <p>x</script>")
        #expect(parsedTree("<script>a</script>") == "<html><head><script>a</script></head><body></body></html>")
    }

    @Test func escapableRawText() {
        #expect(parsedTree("<title>A &amp; <b>B</b></title>") == "<html><head><title>A & <b>B</b></title></head><body></body></html>")
        #expect(parsedBody("<textarea>\n1 &lt; 2</textarea>") == "<textarea>1 < 2</textarea>")
    }

    @Test func plaintextRunsToTheEnd() {
        #expect(parsedBody("a<plaintext>x</plaintext><p>&amp;") == "a<plaintext>x</plaintext><p>&amp;</plaintext>")
    }

    @Test func newlinesAndNulls() {
        #expect(parsedBody("a\r\nb\rc") == "a\nb\nc")
        #expect(parsedBody("a\u{0}b") == "ab")
        #expect(parsedBody("<p title=\"a\u{0}\r\nb\">") == "<p title=\"a\u{FFFD}\nb\"></p>")
        #expect(parsedBody("<pre>\nx</pre>") == "<pre>x</pre>")
        #expect(parsedBody("<pre>\r\n\nx</pre><textarea>\rt</textarea>") == "<pre>\nx</pre><textarea>t</textarea>")
    }

    @Test func multibyteTextAndNames() {
        #expect(parsedBody("<p data-ä=\"ü\">日本語 café</p>") == "<p data-ä=\"ü\">日本語 café</p>")
    }
}
