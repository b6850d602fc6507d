@testable import LedeCore
import Testing

@Suite struct ReadingTimeTests {
    @Test(arguments: [
        ("2 min read", 2),
        ("2 MIN READ", 2),
        ("2min read", 2),
        ("3 mins read", 3),
        ("5 min. read", 5),
        ("10 minute read", 10),
        ("5-minute read", 5),
        ("12 minutes read", 12),
        ("Reading time: 4 minutes", 4),
        ("Reading time 4 min", 4),
        ("Read time: 6 mins", 6),
        ("Estimated reading time: 7 minutes", 7),
        ("Time to read: 3 minutes", 3),
        ("Less than a minute read", 1),
        ("< 1 min read", 1),
    ])
    func readsMinutes(line: String, minutes: Int) {
        #expect(ReadingTime.minutes(in: line) == minutes)
    }

    @Test(arguments: [
        "He spoke for 2 minutes",
        "2 min",
        "Read more",
        "1000 min read",
        "It took 20 minutes to read the verdict",
        "Reading time: a few minutes",
        "Less than a year later",
        "",
    ])
    func rejectsOtherLines(line: String) {
        #expect(ReadingTime.minutes(in: line) == nil)
    }

    @Test func overlongLineIsNotAReadingTime() {
        let line = "Estimated reading time:" + String(repeating: " ", count: 20) + "4 minutes"
        #expect(line.count > 40)
        #expect(ReadingTime.minutes(in: line) == nil)
    }
}
