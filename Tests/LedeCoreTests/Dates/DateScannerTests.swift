import Foundation
@testable import LedeCore
import Testing

@Suite struct DateScannerTests {
    @Test(arguments: [
        ("Veröffentlicht am 12. März 2019, 10:32 Uhr", "2019-03-12"),
        ("Stand: 12.03.2019", "2019-03-12"),
        ("am 3.5.2020 um 11 Uhr", "2020-05-03"),
        ("12.03.19 | 14:00", "2019-03-12"),
        ("publié le 5 juin 2019", "2019-06-05"),
        ("1er février 2021", "2021-02-01"),
        ("12 de marzo de 2019", "2019-03-12"),
        ("12 de março de 2019", "2019-03-12"),
        ("pubblicato il 12 marzo 2019", "2019-03-12"),
        ("9 oktober 2020 11:12", "2020-10-09"),
        ("Posted on March 12th, 2019 by Ann", "2019-03-12"),
        ("Thu, 12 Mar 2019", "2019-03-12"),
        ("2019-03-12 08:00", "2019-03-12"),
        ("2019/3/12", "2019-03-12"),
        ("2019年3月12日", "2019-03-12"),
        ("Jänner 5, 2021", "2021-01-05"),
        ("17/03/2020", "2020-03-17"),
        ("15 августа 2016, 13:43", "2016-08-15"),
        ("15 серпня 2016", "2016-08-15"),
        ("15 sierpnia 2016", "2016-08-15"),
        ("15 Ağustos 2016", "2016-08-15"),
        ("15. august 2016", "2016-08-15"),
        ("الأربعاء، 07 أكتوبر 2020 - 12:09 م", "2020-10-07"),
        ("7 تشرين الأول 2020", "2020-10-07"),
        ("2020. 06. 04. 11:27", "2020-06-04"),
    ])
    func findsTheDate(text: String, iso: String) {
        #expect(DateScanner.firstDate(in: text)?.iso == iso)
    }

    @Test func slashedDatesFollowTheLanguage() {
        #expect(DateScanner.firstDate(in: "03/04/2020")?.iso == "2020-04-03")
        #expect(DateScanner.firstDate(in: "03/04/2020", monthFirst: true)?.iso == "2020-03-04")
        #expect(DateScanner.firstDate(in: "03/14/2020")?.iso == "2020-03-14")
    }

    @Test func datesComeInTextOrder() {
        let hits = DateScanner.dates(in: "Erschienen am 5. Mai 2020, aktualisiert 2020-05-07")
        #expect(hits.map(\.date.iso) == ["2020-05-05", "2020-05-07"])
    }

    @Test(arguments: ["Seite 12 von 30", "Version 1.2.3", "Tel. 030 1234567", "31. Februar 2020", "12.13.2019", "ISBN 978-3-16-148410-0"])
    func findsNoDate(text: String) {
        #expect(DateScanner.firstDate(in: text) == nil)
    }

    @Test(arguments: [
        ("2020-09-25T16:02:50CDT", "2020-09-25T16:02:50"),
        ("2020-12-05T23:15:0Z", "2020-12-05T23:15:00+00:00"),
        ("2020-02-18T05:46:51+0300", "2020-02-18T05:46:51+03:00"),
        ("Sun, 28 Jun 2020 21:16:15 GMT", "2020-06-28T21:16:15+00:00"),
        ("20201123", "2020-11-23"),
        ("2020/02/24", "2020-02-24"),
        ("29.04.2020, 12:01 Uhr", "2020-04-29"),
    ])
    func machineDates(text: String, iso: String) {
        #expect(DateScanner.machineDate(text)?.iso == iso)
    }

    @Test func plausibility() throws {
        let now = try #require(DateScanner.machineDate("2021-06-01T12:00:00Z"))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        let moment = try #require(calendar.date(from: DateComponents(year: now.year, month: now.month, day: now.day, hour: 12)))
        #expect(DateScanner.isPlausible(try #require(ParsedDate(year: 2021, month: 6, day: 2)), now: moment))
        #expect(!DateScanner.isPlausible(try #require(ParsedDate(year: 2021, month: 6, day: 3)), now: moment))
        #expect(!DateScanner.isPlausible(try #require(ParsedDate(year: 1994, month: 12, day: 31)), now: moment))
        #expect(DateScanner.isPlausible(try #require(ParsedDate(year: 1995, month: 1, day: 1)), now: moment))
    }

    @Test func manyLanguageMonthsLeaveTheEnglishTableAlone() {
        #expect(DateWords.months["märz"] == nil)
        #expect(DateWords.monthsInManyLanguages["märz"] == 3)
        #expect(DateText.parse("12. März 2019") == nil)
    }
}
