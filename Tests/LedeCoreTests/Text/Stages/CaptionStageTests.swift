@testable import LedeCore
import LedeTestSupport
import Testing

private let headerStages: [any TextStage] = [
    ArtefactStage(), TrailerStage(), ReadingTimeStage(), DatelineStage(), BylineStage(),
    HeadlineStage(), CaptionStage(),
]


@Suite struct CaptionStageTests {
    @Test func captionUnderTheHeadlineIsTheLeadImage() {
        let doc = StageHarness.run(headerStages, on: "Floods hit the valley\n\nSmoke rises over the city [AFP]\n\nThe river burst its banks.")
        #expect(doc.article.image == ArticleImage(caption: "Smoke rises over the city", credit: "AFP"))
        #expect(doc.lines.map(\.role) == [.headline, .leadCaption, nil])
    }

    @Test func captionAfterMetadataIsTheLeadImage() {
        let doc = StageHarness.run(headerStages, on: """
            Floods hit the valley
            By Jane Doe
            8 February 2018
            Mourners at the funeral on Tuesday. Photograph: Jane Doe/Reuters
            The river burst its banks.
            """)
        #expect(doc.article.image == ArticleImage(caption: "Mourners at the funeral on Tuesday.", credit: "Jane Doe/Reuters"))
        #expect(doc.lines[3].role == .leadCaption)
    }

    @Test func captionAfterAStandfirstClosedByMetadata() {
        let doc = StageHarness.run(headerStages, on: """
            Floods hit the valley
            Thousands were moved overnight.
            By Jane Doe
            Photo: Getty Images
            The river burst its banks.
            """)
        #expect(doc.article.image == ArticleImage(caption: nil, credit: "Getty Images"))
        #expect(doc.lines[3].role == .leadCaption)
    }

    @Test func captionAfterAParagraphIsNotTheLeadImage() {
        let doc = StageHarness.run(headerStages, on: "Floods hit the valley\n\nThe river burst its banks.\n\nSmoke rises over the city [AFP]\n\nMore body.")
        #expect(doc.article.image == nil)
        #expect(doc.lines.map(\.role) == [.headline, nil, nil, nil])
    }

    @Test func captionAfterTwoParagraphsIsNotTheLeadImage() {
        let doc = StageHarness.run(headerStages, on: "Floods hit the valley\nBy Jane Doe\n\nFirst paragraph.\n\nSecond paragraph.\n\nSmoke rises over the city [AFP]")
        #expect(doc.article.image == nil)
    }

    @Test func withoutAHeadlineTheFirstCaptionCounts() {
        let doc = StageHarness.run([CaptionStage()], on: "Smoke rises over the city (Reuters)\n\nThe river burst its banks.")
        #expect(doc.article.image == ArticleImage(caption: "Smoke rises over the city", credit: "Reuters"))
        #expect(doc.lines[0].role == .leadCaption)
    }

    @Test func onlyOneLeadCaption() {
        let doc = StageHarness.run(headerStages, on: "Floods hit the valley\n\nSmoke rises [AFP]\nRescuers at work [Reuters]\n\nBody.")
        #expect(doc.article.image == ArticleImage(caption: "Smoke rises", credit: "AFP"))
        #expect(doc.lines.map(\.role) == [.headline, .leadCaption, nil, nil])
    }
}
