@testable import LedeCore
import Testing

@Suite struct PatternTests {
    @Test func matchesCaseInsensitivelyByDefault() {
        #expect(Pattern("^advertisement$").matches("ADVERTISEMENT"))
        #expect(!Pattern("^advertisement$", caseInsensitive: false).matches("ADVERTISEMENT"))
    }

    @Test func groupsAreNilWhenTheyDidNotTakePart() {
        let groups = Pattern(#"^(\d+) (min)?(utes)?"#).groups("12 min")
        #expect(groups == ["12 min", "12", "min", nil])
        #expect(Pattern("^x$").groups("y") == nil)
    }

    @Test func rangesFindEveryMatchInNonASCIIText() {
        let text = "café | 8 Feb · 3 min"
        let pieces = Pattern(#"\s+[|·]\s+"#).ranges(in: text).map { String(text[$0]) }
        #expect(pieces == [" | ", " · "])
    }

    @Test func scalarCountAndWords() {
        #expect("e\u{301}".scalarCount == 2)
        #expect("  two\twords ".words == ["two", "words"])
        #expect("  padded \n".trimmed == "padded")
    }
}
