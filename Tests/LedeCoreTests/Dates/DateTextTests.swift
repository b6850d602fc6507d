@testable import LedeCore
import Testing

@Suite struct DateTextTests {
    @Test(arguments: [
        ("08 February, 2018", "2018-02-08"),
        ("February 8, 2018", "2018-02-08"),
        ("8 Feb 2018", "2018-02-08"),
        ("2018-02-08", "2018-02-08"),
        ("2018/02/08", "2018-02-08"),
        ("2018-2-8", "2018-02-08"),
        ("Thursday, February 8, 2018", "2018-02-08"),
        ("Thursday, February 8th, 2018", "2018-02-08"),
        ("Sept 3, 2021", "2021-09-03"),
        ("Sep 3, 2021", "2021-09-03"),
        ("3rd September 2021", "2021-09-03"),
        ("Feb. 8, 2018", "2018-02-08"),
        ("Published on 8 February 2018", "2018-02-08"),
        ("the 1st of May 2020", "2020-05-01"),
        ("8 February 2018 GMT", "2018-02-08"),
    ])
    func calendarDates(text: String, iso: String) {
        #expect(DateText.parse(text)?.iso == iso)
    }

    @Test(arguments: [
        ("Thu 8 Feb 2018 10.32 GMT", "2018-02-08T10:32:00+00:00"),
        ("February 8th, 2018 at 2:05 p.m. EST", "2018-02-08T14:05:00-05:00"),
        ("2018-02-08T10:32:00Z", "2018-02-08T10:32:00+00:00"),
        ("2018-02-08T10:32:00.000+03:00", "2018-02-08T10:32:00+03:00"),
        ("2018-02-08T10:32:00-0500", "2018-02-08T10:32:00-05:00"),
        ("2018-02-08 10:32", "2018-02-08T10:32:00"),
        ("2018-02-08T10:32:15", "2018-02-08T10:32:15"),
        ("8 February 2018 14:05 +0530", "2018-02-08T14:05:00+05:30"),
        ("8 February 2018 14:05 +03:00", "2018-02-08T14:05:00+03:00"),
        ("8 February 2018 14:05 -5", "2018-02-08T14:05:00-05:00"),
        ("8 February 2018 14:05 \u{2212}0800", "2018-02-08T14:05:00-08:00"),
        ("Thu 8 Feb 2018 10:32 GMT+3", "2018-02-08T10:32:00+03:00"),
        ("Tuesday, January 15, 2019 14:05 GMT", "2019-01-15T14:05:00+00:00"),
        ("January 24, 2023 6:15 AM EST", "2023-01-24T06:15:00-05:00"),
        ("23 Nov 2021 10:32 AM", "2021-11-23T10:32:00"),
        ("1 June 2018 09:15:30 BST", "2018-06-01T09:15:30+01:00"),
        ("8 Feb 2018 10am", "2018-02-08T10:00:00"),
        ("8 Feb 2018 2pm", "2018-02-08T14:00:00"),
        // An ambiguous zone abbreviation keeps the time without an offset.
        ("8 Feb 2018 10:32 IST", "2018-02-08T10:32:00"),
    ])
    func datesWithTimes(text: String, iso: String) {
        #expect(DateText.parse(text)?.iso == iso)
    }

    @Test(arguments: [
        ("8 Feb 2018 12am", "2018-02-08T00:00:00"),
        ("8 Feb 2018 12pm", "2018-02-08T12:00:00"),
        ("8 Feb 2018 12:30 a.m.", "2018-02-08T00:30:00"),
        ("8 Feb 2018 12:30 p.m.", "2018-02-08T12:30:00"),
        ("8 Feb 2018 11:59 pm", "2018-02-08T23:59:00"),
        ("8 Feb 2018 1:00 am", "2018-02-08T01:00:00"),
    ])
    func twelveHourClockEdges(text: String, iso: String) {
        #expect(DateText.parse(text)?.iso == iso)
    }

    @Test(arguments: ["8 Feb 2018 0:30 am", "8 Feb 2018 13:00 pm", "8 Feb 2018 25:00", "8 Feb 2018 10:61"])
    func impossibleClockTimesDoNotParse(text: String) {
        #expect(DateText.parse(text) == nil)
    }

    /// AP style writes an hour and its meridiem apart: "10 a.m.".
    @Test func apStyleHourWithSpacedMeridiem() {
        #expect(DateText.parse("Feb. 8, 2018 at 10 a.m. EST")?.iso == "2018-02-08T10:00:00-05:00")
    }

    @Test(arguments: [
        ("2020-02-29", "2020-02-29"),
        ("29 February 2020", "2020-02-29"),
        ("2000-02-29", "2000-02-29"),
    ])
    func leapDaysInLeapYears(text: String, iso: String) {
        #expect(DateText.parse(text)?.iso == iso)
    }

    @Test(arguments: ["2019-02-29", "29 February 2019", "1900-02-29", "2018-02-30", "2018-13-01", "2018-00-10"])
    func impossibleCalendarDatesDoNotParse(text: String) {
        #expect(DateText.parse(text) == nil)
    }

    @Test(arguments: [
        "Feb 2018",
        "The vote on 8 February 2018 was close",
        "Room 12, 2018 plan",
        "31 June 2018",
        "",
        "   ",
        "February",
        "8 February",
        "8 February 2018 and 9 February 2018",
        "8 9 February 2018",
        "2018 2019 February 8",
        "Published: sometime last week",
        "Updated 3 hours ago",
        "8 Feb 1850",
    ])
    func textsThatAreNotDates(text: String) {
        #expect(DateText.parse(text) == nil)
    }

    @Test func overlongTextIsNotADate() {
        let text = "8 February 2018" + String(repeating: " ", count: 70)
        #expect(text.count > 80)
        #expect(DateText.parse(text) == nil)
    }

    @Test func partsAreExposed() throws {
        let date = try #require(DateText.parse("February 8th, 2018 at 2:05 p.m. EST"))
        #expect(date.year == 2018)
        #expect(date.month == 2)
        #expect(date.day == 8)
        #expect(date.time?.hour == 14)
        #expect(date.time?.minute == 5)
        #expect(date.time?.second == 0)
        #expect(date.offsetMinutes == -300)
    }

    @Test func offsetIsDroppedWithoutATime() throws {
        let date = try #require(ParsedDate(year: 2018, month: 2, day: 8, offsetMinutes: 60))
        #expect(date.offsetMinutes == nil)
        #expect(date.iso == "2018-02-08")
    }

    @Test func isoPadsEveryField() throws {
        let date = try #require(ParsedDate(year: 987, month: 1, day: 2, time: (3, 4, 5), offsetMinutes: -90))
        #expect(date.iso == "0987-01-02T03:04:05-01:30")
    }
}
