@testable import LedeCore
import Testing

@Suite struct BlockSyntaxTests {
    // MARK: Lists

    @Test(arguments: [
        ("- apples", "apples"),
        ("* apples", "apples"),
        ("• apples", "apples"),
        ("▪ apples", "apples"),
        ("1. First step", "First step"),
        ("2) Second step", "Second step"),
        ("123. Many", "Many"),
        ("-   spaced out", "spaced out"),
    ])
    func listItems(line: String, text: String) {
        #expect(BlockSyntax.isListItem(line))
        #expect(BlockSyntax.listItemText(line) == text)
    }

    @Test(arguments: ["-apples", "1.5 million people fled", "2018. A year to forget", "1234. Too long", "— dash", "Apples", "- ", "*emphasis*"])
    func notListItems(line: String) {
        #expect(!BlockSyntax.isListItem(line))
        #expect(BlockSyntax.listItemText(line) == nil)
    }

    // MARK: Quotes, fences, headings

    @Test func quoteText() {
        #expect(BlockSyntax.quoteText("> We will rebuild.") == "We will rebuild.")
        #expect(BlockSyntax.quoteText(">We will rebuild.") == "We will rebuild.")
        #expect(BlockSyntax.quoteText(">") == "")
        #expect(BlockSyntax.quoteText("We will rebuild.") == nil)
        #expect(BlockSyntax.quoteText("He said > she said") == nil)
    }

    @Test func fences() {
        #expect(BlockSyntax.isFence("```"))
        #expect(BlockSyntax.isFence("```swift"))
        #expect(BlockSyntax.isFence("~~~"))
        #expect(!BlockSyntax.isFence("``"))
        #expect(!BlockSyntax.isFence("~~"))
        #expect(!BlockSyntax.isFence("Use ``` for code"))
    }

    @Test(arguments: [
        ("# Title", "Title", 1),
        ("## Section title", "Section title", 2),
        ("###### Six", "Six", 6),
        ("## Closed heading ##", "Closed heading", 2),
        ("###   Spaced  ", "Spaced", 3),
    ])
    func markdownHeadings(line: String, text: String, level: Int) {
        let heading = BlockSyntax.markdownHeading(line)
        #expect(heading?.text == text)
        #expect(heading?.level == level)
    }

    @Test(arguments: ["####### Seven", "#hashtag", "#", "Title #", "C# is a language"])
    func notMarkdownHeadings(line: String) {
        #expect(BlockSyntax.markdownHeading(line) == nil)
    }

    // MARK: Subheadings

    @Test(arguments: [
        ("What happens next", true),
        ("What happens next?", true),
        ("The road ahead", true),
        ("2019 in review", true),
        ("العودة إلى غزة", true),
        ("The talks ended.", false),
        ("Background:", false),
        ("the road ahead", false),
        ("One two three four five six seven eight nine ten eleven", false),
        ("1. First step", false),
        ("- Item", false),
        ("\"We will rebuild\"", false),
    ])
    func subheadings(line: String, isSubheading: Bool) {
        #expect(BlockSyntax.isSubheading(line) == isSubheading)
    }

    @Test func subheadingOfTenWordsIsAllowed() {
        #expect(BlockSyntax.isSubheading("One two three four five six seven eight nine ten"))
    }

    // MARK: Sentences and hard wrapping

    @Test(arguments: [
        ("He left.", true), ("Why?", true), ("Stop!", true), ("\u{201C}No.\u{201D}", true), ("as follows:", true),
        ("and then", false), ("", false), ("the figure was 12", false),
    ])
    func sentenceEnds(line: String, ends: Bool) {
        #expect(BlockSyntax.endsSentence(line) == ends)
    }

    static let wrapped = [
        "The ministry said on Thursday that the talks would resume",
        "next week in Geneva, after a pause of almost a month, and",
        "that both delegations had agreed to the agenda for the first",
        "session.",
        "Officials on both sides declined to say who would lead the",
        "delegations, but diplomats expect the foreign ministers to",
        "attend the opening.",
    ]

    @Test func hardWrappedRunJoinsIntoParagraphs() {
        #expect(BlockSyntax.isHardWrapped(Self.wrapped))
        #expect(BlockSyntax.paragraphs(Self.wrapped) == [
            "The ministry said on Thursday that the talks would resume next week in Geneva, after a pause of almost a month, and that both delegations had agreed to the agenda for the first session.",
            "Officials on both sides declined to say who would lead the delegations, but diplomats expect the foreign ministers to attend the opening.",
        ])
    }

    @Test func oneParagraphPerLineIsKept() {
        let lines = [
            "The talks resumed in Geneva on Thursday after a pause of a month.",
            "Both delegations said that progress had been made on the agenda.",
            "A further round is planned for the second week of March.",
        ]
        #expect(!BlockSyntax.isHardWrapped(lines))
        #expect(BlockSyntax.paragraphs(lines) == lines)
    }

    @Test func singleLineIsNotHardWrapped() {
        #expect(!BlockSyntax.isHardWrapped(["The ministry said on Thursday that the talks would resume"]))
        #expect(BlockSyntax.paragraphs(["One line."]) == ["One line."])
        #expect(BlockSyntax.paragraphs([]) == [])
    }

    @Test func linesWiderThanAHundredAreNotHardWrapped() {
        let long = String(repeating: "word ", count: 21) + "and"
        #expect(long.count > 100)
        let lines = [long, long, "end."]
        #expect(!BlockSyntax.isHardWrapped(lines))
        #expect(BlockSyntax.paragraphs(lines) == lines)
    }

    @Test func shortLinesAreNotTakenForWrapping() {
        // Lines of very different widths (a poem, an address) stay as they are.
        let lines = ["Roses are red", "and violets", "are blue, and this line is a good deal longer than the others are"]
        #expect(!BlockSyntax.isHardWrapped(lines))
    }
}
