@testable import LedeCore
import Testing

@Suite struct FormatSnifferTests {
    private func format(_ text: String, path: String? = nil) -> Source.Format {
        FormatSniffer.format(of: Array(text.utf8), path: path)
    }

    @Test(arguments: [
        "<!DOCTYPE html><html><body><p>Hi</p></body></html>",
        "<html lang=\"en\"><p>Hi</p></html>",
        "\n\n  <HTML>\n<HEAD><title>x</title></HEAD>",
        "<body>Hi</body>",
        "<head><meta charset=utf-8></head>",
        "<!doctype html>",
    ])
    func htmlMarkersMeanHTML(text: String) {
        #expect(format(text) == .html)
        #expect(format(text, path: "page.txt") == .html)
    }

    @Test(arguments: ["Floods hit the valley\n\nThe river burst its banks.", "", "<p>Just a fragment</p>", "a < b and c > d"])
    func textWithoutMarkersIsText(text: String) {
        #expect(format(text) == .text)
    }

    @Test(arguments: [
        ("page.html", .html), ("page.htm", .html), ("PAGE.HTML", .html), ("a/b/page.html.gz", .html),
        ("page.htm.gz", .html), ("page.txt", .text), ("page", .text), ("page.html.txt", .text),
    ] as [(String, Source.Format)])
    func fragmentIsHTMLOnlyWithAnHTMLName(path: String, expected: Source.Format) {
        #expect(format("  \n<p>Just a fragment</p>", path: path) == expected)
    }

    @Test func htmlNameWithoutALeadingTagIsText() {
        #expect(format("Floods hit the valley\n<p>later</p>", path: "page.html") == .text)
    }

    @Test func markerAfterTheFirstKilobyteIsNotSeen() {
        let text = String(repeating: "a", count: 1024) + "<html>"
        #expect(format(text) == .text)
        let within = String(repeating: "a", count: 1018) + "<html>"
        #expect(format(within) == .html)
    }

    @Test func invalidUTF8DoesNotStopSniffing() {
        #expect(FormatSniffer.format(of: [0xFF, 0xFE, 0x93] + Array("<html>".utf8), path: nil) == .html)
        #expect(FormatSniffer.format(of: [0x93, 0x94, 0x00], path: nil) == .text)
    }
}
