@testable import LedeCore
import LedeTestSupport
import Testing

private let headerStages: [any TextStage] = [
    ArtefactStage(), TrailerStage(), ReadingTimeStage(), DatelineStage(), BylineStage(),
    HeadlineStage(), CaptionStage(), StandfirstStage(),
]


@Suite struct StandfirstStageTests {
    @Test func lineBetweenHeadlineAndBylineIsTheStandfirst() {
        let doc = StageHarness.run(headerStages, on: """
            Floods hit the valley

            Thousands were moved overnight as the river rose.

            By Jane Doe
            8 February 2018

            The river burst its banks on Thursday.
            """)
        #expect(doc.article.description == "Thousands were moved overnight as the river rose.")
        #expect(doc.lines.map(\.role) == [.headline, .standfirst, .metadata, .metadata, nil])
        #expect(doc.article.diagnostics.isEmpty)
    }

    @Test func lineBeforeALeadCaptionIsTheStandfirst() {
        let doc = StageHarness.run(headerStages, on: """
            Floods hit the valley
            Thousands were moved overnight as the river rose.
            By Jane Doe
            Rescuers search flooded streets [AFP]
            The river burst its banks on Thursday.
            """)
        #expect(doc.article.description == "Thousands were moved overnight as the river rose.")
        #expect(doc.lines.map(\.role) == [.headline, .standfirst, .metadata, .leadCaption, nil])
    }

    @Test func withoutMetadataTheLineStaysInTheBody() {
        let doc = StageHarness.run(headerStages, on: "Floods hit the valley\n\nThousands were moved overnight.\n\nThe river burst its banks.")
        #expect(doc.article.description == nil)
        #expect(doc.lines.map(\.role) == [.headline, nil, nil])
        #expect(doc.article.diagnostics.isEmpty)
    }

    @Test func metadataRightUnderTheHeadlineMeansNoStandfirst() {
        let doc = StageHarness.run(headerStages, on: "Floods hit the valley\nBy Jane Doe\n\nThe river burst its banks.")
        #expect(doc.article.description == nil)
        #expect(doc.article.diagnostics.isEmpty)
    }

    @Test func twoLinesBeforeMetadataAreReportedAndKept() {
        let doc = StageHarness.run(headerStages, on: """
            Floods hit the valley
            Thousands were moved overnight.
            The army was called in.
            By Jane Doe
            The river burst its banks.
            """)
        #expect(doc.article.description == nil)
        #expect(doc.lines.map(\.role) == [.headline, nil, nil, .metadata, nil])
        #expect(doc.article.diagnostics == [Diagnostic(stage: "standfirst", message: "2 lines stand between headline and metadata; kept in the body")])
    }

    @Test func noHeadlineMeansNoStandfirst() {
        var doc = TextDocument(lines: LineStage().lines(of: "Thousands were moved.\nBy Jane Doe\nBody."), article: Article(id: "t", source: Source(format: .text)))
        doc.claim(1, as: .metadata)
        StandfirstStage().run(&doc)
        #expect(doc.article.description == nil)
        #expect(doc.lines[0].role == nil)
    }
}
