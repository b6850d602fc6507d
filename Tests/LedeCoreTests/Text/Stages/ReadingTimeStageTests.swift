@testable import LedeCore
import LedeTestSupport
import Testing


@Suite struct ReadingTimeStageTests {
    @Test func readsTheReadingTimeLine() {
        let doc = StageHarness.run([ReadingTimeStage()], on: "Floods hit the valley\n3 min read\n\nThe river burst its banks.")
        #expect(doc.article.readingTimeMinutes == 3)
        #expect(doc.lines.map(\.role) == [nil, .metadata, nil])
    }

    @Test func firstReadingTimeWinsButBothAreClaimed() {
        let doc = StageHarness.run([ReadingTimeStage()], on: "Headline\nReading time: 4 minutes\n5 min read\n\nBody.")
        #expect(doc.article.readingTimeMinutes == 4)
        #expect(doc.lines.map(\.role) == [nil, .metadata, .metadata, nil])
    }

    @Test func combinedHeaderLineFeedsThreeStages() {
        let doc = StageHarness.run([ReadingTimeStage(), DatelineStage(), BylineStage()], on: "Headline\nBy Jane Doe | 8 Feb 2018 | 3 min read\n\nBody.")
        #expect(doc.article.readingTimeMinutes == 3)
        #expect(doc.article.datePublished == "2018-02-08")
        #expect(doc.article.authors == ["Jane Doe"])
        #expect(doc.lines[1].role == .metadata)
        #expect(doc.article.diagnostics.isEmpty)
    }

    @Test func readingTimeBelowTheHeaderZoneIsIgnored() {
        let body = (1...10).map { "Paragraph number \($0) of the story." }.joined(separator: "\n\n")
        let doc = StageHarness.run([ReadingTimeStage()], on: body + "\n\n2 min read")
        #expect(doc.article.readingTimeMinutes == nil)
        #expect(doc.lines.last?.role == nil)
    }

    @Test func bodySentenceAboutMinutesIsNotClaimed() {
        let doc = StageHarness.run([ReadingTimeStage()], on: "Headline\n\nHe spoke for 2 minutes.")
        #expect(doc.article.readingTimeMinutes == nil)
        #expect(doc.lines.allSatisfy { $0.role == nil })
    }
}
