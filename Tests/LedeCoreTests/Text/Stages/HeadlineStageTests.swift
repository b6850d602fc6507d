@testable import LedeCore
import LedeTestSupport
import Testing


@Suite struct HeadlineStageTests {
    @Test func firstLineIsTheHeadline() {
        let doc = StageHarness.run([HeadlineStage()], on: "Floods hit the valley\n\nThe river burst its banks on Thursday.")
        #expect(doc.article.headline == "Floods hit the valley")
        #expect(doc.lines.map(\.role) == [.headline, nil])
        #expect(doc.headlineIndex == 0)
        #expect(doc.article.diagnostics.isEmpty)
    }

    @Test func markdownHeadlineLosesItsMarks() {
        let doc = StageHarness.run([HeadlineStage()], on: "# Floods hit the valley\n\nBody.")
        #expect(doc.article.headline == "Floods hit the valley")
        let level3 = StageHarness.run([HeadlineStage()], on: "### Floods hit the valley\n\nBody.")
        #expect(level3.article.headline == "Floods hit the valley")
    }

    @Test(arguments: ["Is this the end of the line?", "Waiting for the results...", "\u{201C}We will rebuild\u{201D}", "Floods hit the valley!", "دمار في غزة"])
    func headlineLikeLines(line: String) {
        let doc = StageHarness.run([HeadlineStage()], on: line + "\n\nBody.")
        #expect(doc.article.headline == line)
    }

    @Test(arguments: [
        "The river burst its banks on Thursday.",
        "The river burst its banks,",
        "As the minister put it:",
        "- The first item",
        "1. The first item",
        "> A quoted line",
    ])
    func bodyLikeFirstLineGivesNoHeadline(line: String) {
        let doc = StageHarness.run([HeadlineStage()], on: line + "\n\nMore body.")
        #expect(doc.article.headline == nil)
        #expect(doc.lines.allSatisfy { $0.role == nil })
        #expect(doc.article.diagnostics == [Diagnostic(stage: "headline", message: "no headline: the first line reads like body text")])
    }

    @Test func overlongFirstLineIsNotAHeadline() {
        let line = String(repeating: "word ", count: 60) + "end"
        let doc = StageHarness.run([HeadlineStage()], on: line + "\n\nBody.")
        #expect(doc.article.headline == nil)
    }

    @Test func lineOfFortyWordsIsStillAHeadlineButFortyOneIsNot() {
        let forty = Array(repeating: "word", count: 40).joined(separator: " ")
        #expect(HeadlineStage.isHeadlineLike(forty))
        #expect(!HeadlineStage.isHeadlineLike(forty + " more"))
    }

    @Test func skipsLinesEarlierStagesClaimed() {
        let doc = StageHarness.run([ArtefactStage(), HeadlineStage()], on: "Skip to main content\nAdvertisement\n\nFloods hit the valley\n\nBody.")
        #expect(doc.article.headline == "Floods hit the valley")
        #expect(doc.headlineIndex == 2)
    }

    @Test func emptyDocumentDoesNothing() {
        let doc = StageHarness.run([HeadlineStage()], on: "")
        #expect(doc.article.headline == nil)
        #expect(doc.article.diagnostics.isEmpty)
    }
}
