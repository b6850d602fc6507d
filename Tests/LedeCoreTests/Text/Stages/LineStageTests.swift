@testable import LedeCore
import Testing

@Suite struct LineStageTests {
    private func lines(_ text: String) -> [TextLine] { LineStage().lines(of: text) }

    @Test func lineFeedsAndBlankLineBlocks() {
        #expect(lines("Headline\n\nFirst line\nSecond line\n\nLast") == [
            TextLine(text: "Headline", indent: 0, block: 0),
            TextLine(text: "First line", indent: 0, block: 1),
            TextLine(text: "Second line", indent: 0, block: 1),
            TextLine(text: "Last", indent: 0, block: 2),
        ])
    }

    @Test func crlfLineEnds() {
        #expect(lines("Headline\r\n\r\nFirst\r\nSecond\r\n") == [
            TextLine(text: "Headline", indent: 0, block: 0),
            TextLine(text: "First", indent: 0, block: 1),
            TextLine(text: "Second", indent: 0, block: 1),
        ])
    }

    @Test func loneCarriageReturns() {
        #expect(lines("Headline\r\rFirst\rSecond") == [
            TextLine(text: "Headline", indent: 0, block: 0),
            TextLine(text: "First", indent: 0, block: 1),
            TextLine(text: "Second", indent: 0, block: 1),
        ])
    }

    @Test func unicodeLineAndParagraphSeparators() {
        #expect(lines("One\u{2028}Two\u{2029}\u{2029}Three").map(\.text) == ["One", "Two", "Three"])
        #expect(lines("One\u{2028}Two\u{2029}\u{2029}Three").map(\.block) == [0, 0, 1])
    }

    @Test func leadingTrailingAndRepeatedBlankLines() {
        let result = lines("\n\n  \nHeadline\n\n\n\t\n\nBody\n\n\n")
        #expect(result.map(\.text) == ["Headline", "Body"])
        #expect(result.map(\.block) == [0, 1])
    }

    @Test func whiteSpaceOnlyLinesAreBlank() {
        #expect(lines("One\n \t \nTwo").map(\.block) == [0, 1])
    }

    @Test func indentCountsSpacesAndTabs() {
        let result = lines("none\n    four\n\ttab\n  \t mixed\n  trailing   ")
        #expect(result.map(\.indent) == [0, 4, 4, 7, 2])
        #expect(result.map(\.text) == ["none", "four", "tab", "mixed", "trailing"])
    }

    @Test func linesStartUnclaimed() {
        #expect(lines("One\nTwo").allSatisfy { $0.role == nil })
    }

    @Test func emptyTextHasNoLines() {
        #expect(lines("").isEmpty)
        #expect(lines("\n\r\n \n").isEmpty)
    }
}
