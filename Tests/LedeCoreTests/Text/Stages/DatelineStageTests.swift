@testable import LedeCore
import LedeTestSupport
import Testing


@Suite struct DatelineStageTests {
    @Test func publishedAndUpdatedLines() {
        let doc = StageHarness.run([DatelineStage()], on: """
            Floods hit the valley
            Published: 8 February 2018 10:32 GMT
            Updated: 9 February 2018

            The river burst its banks.
            """)
        #expect(doc.article.datePublished == "2018-02-08T10:32:00+00:00")
        #expect(doc.article.dateModified == "2018-02-09")
        #expect(doc.lines.map(\.role) == [nil, .metadata, .metadata, nil])
        #expect(doc.article.diagnostics.isEmpty)
    }

    @Test(arguments: [
        ("08 February, 2018", "2018-02-08"),
        ("Thursday, February 8, 2018", "2018-02-08"),
        ("Posted on June 3, 2021", "2021-06-03"),
        ("Published 2023-11-02 | Updated 2023-11-03 09:15 UTC", "2023-11-02"),
        ("Thu 8 Feb 2018 10.32 GMT", "2018-02-08T10:32:00+00:00"),
    ])
    func bareAndLabelledDates(line: String, published: String) {
        let doc = StageHarness.run([DatelineStage()], on: "Headline\n\(line)\n\nBody.")
        #expect(doc.article.datePublished == published)
        #expect(doc.lines[1].role == .metadata)
    }

    @Test func combinedLineGivesBothDates() {
        let doc = StageHarness.run([DatelineStage()], on: "Headline\nPublished 8 Feb 2018, updated 9 Feb 2018\n\nBody.")
        #expect(doc.article.datePublished == "2018-02-08")
        #expect(doc.article.dateModified == "2018-02-09")
    }

    @Test func firstDateOfEachKindWins() {
        let doc = StageHarness.run([DatelineStage()], on: "Headline\n8 February 2018\n9 February 2018\nUpdated 10 February 2018\nUpdated 11 February 2018\n\nBody.")
        #expect(doc.article.datePublished == "2018-02-08")
        #expect(doc.article.dateModified == "2018-02-10")
        #expect(doc.lines.map(\.role) == [nil, .metadata, .metadata, .metadata, .metadata, nil])
    }

    @Test func unreadableLabelledDateIsReported() {
        let doc = StageHarness.run([DatelineStage()], on: "Floods hit the valley\nPublished: sometime last week\n\nThe river burst its banks.")
        #expect(doc.article.datePublished == nil)
        #expect(doc.lines[1].role == nil)
        #expect(doc.article.diagnostics == [Diagnostic(stage: "dateline", message: "could not read the date in \"Published: sometime last week\"")])
    }

    @Test func bodySentenceStartingWithALabelWordIsNotReported() {
        let doc = StageHarness.run([DatelineStage()], on: "Floods hit the valley\n\nUpdated guidance was issued to residents on Monday.")
        #expect(doc.article.diagnostics.isEmpty)
    }

    @Test func sentenceMentioningADateIsNotADateline() {
        let doc = StageHarness.run([DatelineStage()], on: "Headline\n\nThe vote on 8 February 2018 was close.")
        #expect(doc.article.datePublished == nil)
        #expect(doc.lines.allSatisfy { $0.role == nil })
    }

    @Test func dateBelowTheHeaderZoneIsIgnored() {
        let body = (1...10).map { "Paragraph number \($0) of the story." }.joined(separator: "\n\n")
        let doc = StageHarness.run([DatelineStage()], on: body + "\n\n8 February 2018")
        #expect(doc.article.datePublished == nil)
    }
}
