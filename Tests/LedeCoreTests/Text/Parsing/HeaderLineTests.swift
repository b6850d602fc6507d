@testable import LedeCore
import Testing

@Suite struct HeaderLineTests {
    private func date(_ year: Int, _ month: Int, _ day: Int, time: (Int, Int, Int)? = nil, offset: Int? = nil) -> ParsedDate {
        ParsedDate(year: year, month: month, day: day, time: time.map { (hour: $0.0, minute: $0.1, second: $0.2) }, offsetMinutes: offset)!
    }

    @Test func bylineDateAndReadingTimeOnOneLine() {
        #expect(HeaderLine.fields(of: "By Jane Doe | 8 Feb 2018 | 3 min read") == [
            .byline(Byline(authors: ["Jane Doe"], affiliations: [])),
            .published(date(2018, 2, 8)),
            .readingTime(3),
        ])
    }

    @Test func middleDotAndBulletSeparators() {
        #expect(HeaderLine.fields(of: "By Jane Doe · 8 Feb 2018 • 3 min read") == [
            .byline(Byline(authors: ["Jane Doe"], affiliations: [])),
            .published(date(2018, 2, 8)),
            .readingTime(3),
        ])
    }

    @Test func publishedThenUpdatedInOneSentence() {
        #expect(HeaderLine.fields(of: "Published 8 Feb 2018, updated 9 Feb 2018") == [
            .published(date(2018, 2, 8)),
            .modified(date(2018, 2, 9)),
        ])
    }

    @Test func publishedAndUpdatedWithPipe() {
        #expect(HeaderLine.fields(of: "Published 2023-11-02 | Updated 2023-11-03 09:15 UTC") == [
            .published(date(2023, 11, 2)),
            .modified(date(2023, 11, 3, time: (9, 15, 0), offset: 0)),
        ])
    }

    @Test(arguments: [
        ("Updated: 9 Feb 2018 10:32 GMT", HeaderField.modified(ParsedDate(year: 2018, month: 2, day: 9, time: (10, 32, 0), offsetMinutes: 0)!)),
        ("Last updated on 9 February 2018", .modified(ParsedDate(year: 2018, month: 2, day: 9)!)),
        ("Last modified: 9 February 2018", .modified(ParsedDate(year: 2018, month: 2, day: 9)!)),
        ("Published: Tuesday, January 15, 2019 14:05 GMT", .published(ParsedDate(year: 2019, month: 1, day: 15, time: (14, 5, 0), offsetMinutes: 0)!)),
        ("Posted on June 3, 2021", .published(ParsedDate(year: 2021, month: 6, day: 3)!)),
        ("First published on 8 February 2018", .published(ParsedDate(year: 2018, month: 2, day: 8)!)),
        ("Date: 2018-02-08", .published(ParsedDate(year: 2018, month: 2, day: 8)!)),
        ("08 February, 2018", .published(ParsedDate(year: 2018, month: 2, day: 8)!)),
        ("2 min read", .readingTime(2)),
        ("By Jane Doe, Reuters", .byline(Byline(authors: ["Jane Doe"], affiliations: ["Reuters"]))),
    ])
    func singleFieldLines(line: String, field: HeaderField) {
        #expect(HeaderLine.fields(of: line) == [field])
    }

    @Test func agencyBylineWithDate() {
        #expect(HeaderLine.fields(of: "By Jane Doe, Reuters | 8 Feb 2018") == [
            .byline(Byline(authors: ["Jane Doe"], affiliations: ["Reuters"])),
            .published(date(2018, 2, 8)),
        ])
    }

    @Test func bylineThenUpdatedAfterPipe() {
        #expect(HeaderLine.fields(of: "By Jane Doe | Updated 9 Feb 2018") == [
            .byline(Byline(authors: ["Jane Doe"], affiliations: [])),
            .modified(date(2018, 2, 9)),
        ])
    }

    @Test(arguments: [
        "Jane Doe · 8 Feb 2018",
        "The vote was held on 8 Feb 2018",
        "Published: sometime last week",
        "By Jane Doe | Gaza City",
        "8 Feb 2018 | breaking news",
        "Floods hit the valley",
        "",
        "|",
        "Updated guidance was issued on Monday.",
    ])
    func linesThatAreNotAllMetadata(line: String) {
        #expect(HeaderLine.fields(of: line) == nil)
    }

    @Test func overlongLineIsNotMetadata() {
        let line = "By Jane Doe" + String(repeating: " | 2 min read", count: 20)
        #expect(line.count > 200)
        #expect(HeaderLine.fields(of: line) == nil)
    }
}
