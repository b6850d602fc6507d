@testable import LedeCore
import Testing

@Suite struct CharsetSnifferTests {
    private let heads = [
        #"<html><head><meta charset="utf-8"><title>x</title>"#,
        #"<HEAD><META HTTP-EQUIV="Content-Type" CONTENT="text/html; CHARSET=ISO-8859-1">"#,
        #"<meta name="x"><meta charset='Windows-1252'>"#,
        #"<meta name="viewport"><meta property="og:title" content="Überall"><meta charset=utf-8>"#,
        #"<title>Café</title><meta charset = "shift_jis" >"#,
        #"<meta charset="">"#, "<meta charset", "<meta", "no meta at all", "<metacharset=koi8-r>",
        "<meta charset=\"İso-8859-2\">", "é<meta charset=utf-8>", "<meta charset=utf-8>\u{301}", "<meta\u{301} charset=utf-8>",
        "<meta charset=\"utf\u{1C}8\">", "\u{1C}meta charset=utf-8>",
        #"<meta name="charset" content="utf-8"/><meta charset="koi8-r">"#, #"<meta name="Charset" content="x" charset=koi8-r>"#,
    ]

    @Test func theWordCharsetWithoutAValueIsNoDeclaration() {
        let head = Array(#"<meta name="charset" content="utf-8"/><meta http-equiv="Content-Type" content="text/html;charset=iso-8859-2"/>"#.utf8)
        #expect(CharsetSniffer.declaredCharset(in: head[...]) == "iso-8859-2")
        #expect(CharsetSniffer.declaredCharset(in: Array(#"<meta name="charset" content="utf-8">"#.utf8)[...]) == nil)
    }

    @Test func bytesAnswerAsTheLowercasedText() {
        for head in heads {
            let bytes = Array(head.utf8)
            #expect(CharsetSniffer.declaredCharset(in: bytes[...]) == CharsetSniffer.declaredCharsetInText(bytes[...]), "\(head)")
        }
    }

    @Test func invalidUTF8DeclaredAsUTF8IsWindows1252() {
        let bytes = Array(#"<meta charset="utf-8"><p>caf"#.utf8) + [0xE9] + Array("</p>".utf8)
        #expect(CharsetSniffer.encoding(of: bytes).encoding == "windows-1252")
        #expect(CharsetSniffer.encoding(of: Array("<p>café</p>".utf8)).encoding == "UTF-8")
    }
}
