@testable import LedeCore
import LedeTestSupport
import Testing


@Suite struct BylineStageTests {
    @Test func authorsFromTheByline() {
        let doc = StageHarness.run([BylineStage()], on: "Floods hit the valley\nBy Jane Doe and John Roe\n\nThe river burst its banks.")
        #expect(doc.article.authors == ["Jane Doe", "John Roe"])
        #expect(doc.article.removed == [])
        #expect(doc.lines.map(\.role) == [nil, .metadata, nil])
    }

    @Test func agencyIsRecordedAsRemoved() {
        let doc = StageHarness.run([BylineStage()], on: "Headline\nBy Jane Doe, Reuters\n\nBody.")
        #expect(doc.article.authors == ["Jane Doe"])
        #expect(doc.article.removed == [Removal(text: "Reuters", reason: "byline affiliation", by: "byline")])
    }

    @Test func placeAndRoleAreRecordedAsRemoved() {
        let doc = StageHarness.run([BylineStage()], on: "Headline\nBy Jane Doe, Senior Correspondent\nBy John Roe in Beirut\n\nBody.")
        #expect(doc.article.authors == ["Jane Doe", "John Roe"])
        #expect(doc.article.removed == [
            Removal(text: "Senior Correspondent", reason: "byline affiliation", by: "byline"),
            Removal(text: "in Beirut", reason: "byline affiliation", by: "byline"),
        ])
    }

    @Test func repeatedAuthorIsListedOnce() {
        let doc = StageHarness.run([BylineStage()], on: "Headline\nBy Jane Doe\nBy Jane Doe and John Roe\n\nBody.")
        #expect(doc.article.authors == ["Jane Doe", "John Roe"])
    }

    @Test func allCapsBylineIsKeptAsWritten() {
        let doc = StageHarness.run([BylineStage()], on: "Headline\nBy JANE DOE\n\nBody.")
        #expect(doc.article.authors == ["JANE DOE"])
    }

    @Test func byTheNumbersIsNotAByline() {
        let doc = StageHarness.run([BylineStage()], on: "Headline\n\nBy the numbers: how the vote went\n\nBody.")
        #expect(doc.article.authors == [])
        #expect(doc.lines.allSatisfy { $0.role == nil })
    }

    @Test func paragraphOpeningWithByAndADayStaysInTheBody() {
        let doc = StageHarness.run([BylineStage()], on: "Headline\n\nBy Friday, the talks had collapsed and both delegations had gone home.\n\nBody.")
        #expect(doc.article.authors == [])
        #expect(doc.lines.allSatisfy { $0.role == nil })
    }

    @Test func bylineBelowTheHeaderZoneIsIgnored() {
        let body = (1...10).map { "Paragraph number \($0) of the story." }.joined(separator: "\n\n")
        let doc = StageHarness.run([BylineStage()], on: body + "\n\nBy Jane Doe")
        #expect(doc.article.authors == [])
    }

    @Test func fullPipelineKeepsTheAgencyOutOfAuthors() throws {
        let article = try TextExtractor().extract(Array("""
            Floods hit the valley

            By Jane Doe, Reuters
            8 February 2018

            The river burst its banks on Thursday.
            """.utf8), id: "t", source: Source(format: .text))
        #expect(article.authors == ["Jane Doe"])
        #expect(article.datePublished == "2018-02-08")
        #expect(article.headline == "Floods hit the valley")
        #expect(article.body == [.paragraph("The river burst its banks on Thursday.")])
    }
}
