@testable import LedeCore
import Testing

@Suite struct HTMLParserCharacterReferenceTests {
    @Test func namedWithSemicolon() {
        #expect(parsedBody("&amp;&lt;&gt;&quot;&apos;&nbsp;&mdash;&hellip;") == "&<>\"'\u{A0}—…")
        #expect(parsedBody("&CounterClockwiseContourIntegral;") == "\u{2233}")
        #expect(parsedBody("&NotEqualTilde;") == "\u{2242}\u{338}")  // two code points
        #expect(parsedBody("&nosuch; &amp") == "&nosuch; &")
    }

    @Test func legacyNamesWithoutSemicolon() {
        #expect(parsedBody("&amp &copy2019 &nbspx") == "& ©2019 \u{A0}x")
        #expect(parsedBody("&notit; &notin;") == "¬it; ∉")  // the longest match, as HTML5
        #expect(parsedBody("&mdash no") == "&mdash no")  // mdash needs its semicolon
        #expect(parsedBody("AT&T") == "AT&T")
    }

    @Test func inAttributeValues() {
        #expect(parsedBody(#"<a href="?a=1&copy=2&amp;b&lang=en&amp">"#) == #"<a href="?a=1&copy=2&b&lang=en&"></a>"#)
        #expect(parsedBody(#"<a title="&copyx &copy; &copy.">"#) == #"<a title="&copyx © ©."></a>"#)
        #expect(parsedBody("<a title=x&amp;y&gt>") == #"<a title="x&y>"></a>"#)
    }

    @Test func numeric() {
        #expect(parsedBody("&#65;&#x42;&#X43;&#68&#x45") == "ABCDE")
        #expect(parsedBody("&#0;&#xD800;&#x110000;&#99999999999;") == "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}")
        #expect(parsedBody("&#128;&#x99;&#x81;") == "€™\u{81}")  // windows-1252 where it defines the byte
        #expect(parsedBody("&#x1F600; &#;&#x;&#xg") == "😀 &#;&#x;&#xg")
    }

    @Test func everyTableEntryDecodes() {
        var count = 0
        for line in HTMLEntityTable.source.split(separator: "\n") {
            let fields = line.split(separator: " ")
            let expected = String(String.UnicodeScalarView(fields[1].split(separator: ",").map { Unicode.Scalar(UInt32($0, radix: 16)!)! }))
            if fields[0].hasSuffix(";") {
                #expect(parsedBody("<p>&\(fields[0])") == "<p>\(expected)</p>", "\(fields[0])")
                count += 1
            }
        }
        #expect(count > 2000)
    }
}
