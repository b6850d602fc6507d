@testable import LedeCore
import Testing

@Suite struct VersionRangeTests {
    /// A range, what it desugars to, and versions inside and outside it.
    struct Case: Sendable, CustomTestStringConvertible {
        var range: String
        var desugared: String
        var inside: [String]
        var outside: [String]
        var testDescription: String { "\"\(range)\"" }
    }

    static let cases: [Case] = [
        // Comparators; partial versions fill with zeros.
        Case(range: ">=0.1", desugared: ">=0.1.0", inside: ["0.1.0", "0.1.5", "3.0.0"], outside: ["0.0.9", "0.1.0-rc.1"]),
        Case(range: ">1.2.3", desugared: ">1.2.3", inside: ["1.2.4", "2.0.0"], outside: ["1.2.3", "1.0.0"]),
        Case(range: "<=1.2.3", desugared: "<=1.2.3", inside: ["1.2.3", "0.0.1"], outside: ["1.2.4"]),
        Case(range: "<1.2", desugared: "<1.2.0", inside: ["1.1.9", "0.5.0"], outside: ["1.2.0", "1.2.1"]),
        Case(range: "=1.2.3", desugared: "=1.2.3", inside: ["1.2.3", "1.2.3+build"], outside: ["1.2.4", "1.2.3-rc.1"]),
        Case(range: "1.2.3", desugared: "=1.2.3", inside: ["1.2.3"], outside: ["1.2.2"]),
        Case(range: ">= 1.2 <  2", desugared: ">=1.2.0 <2.0.0", inside: ["1.2.0", "1.9.9"], outside: ["1.1.9", "2.0.0"]),
        // `>` and `<=` with a partial version mean above / up to every version it stands for (npm).
        Case(range: ">1.2", desugared: ">=1.3.0", inside: ["1.3.0"], outside: ["1.2.0", "1.2.9"]),
        Case(range: "<=1.2", desugared: "<1.3.0", inside: ["1.2.9"], outside: ["1.3.0"]),
        // Caret: up to the next change of the first non-zero part.
        Case(range: "^1.2.3", desugared: ">=1.2.3 <2.0.0", inside: ["1.2.3", "1.9.0"], outside: ["1.2.2", "2.0.0", "2.0.0-alpha"]),
        Case(range: "^0.2.3", desugared: ">=0.2.3 <0.3.0", inside: ["0.2.3", "0.2.9"], outside: ["0.3.0", "0.2.2"]),
        Case(range: "^0.0.3", desugared: ">=0.0.3 <0.0.4", inside: ["0.0.3"], outside: ["0.0.4", "0.0.2"]),
        Case(range: "^1.2", desugared: ">=1.2.0 <2.0.0", inside: ["1.2.0", "1.5.0"], outside: ["2.0.0"]),
        Case(range: "^0.0", desugared: ">=0.0.0 <0.1.0", inside: ["0.0.7"], outside: ["0.1.0"]),
        Case(range: "^0.x", desugared: ">=0.0.0 <1.0.0", inside: ["0.9.0"], outside: ["1.0.0"]),
        Case(range: "^1.2.3-beta.2", desugared: ">=1.2.3-beta.2 <2.0.0", inside: ["1.2.3-beta.2", "1.2.3-beta.10", "1.2.3", "1.3.0"], outside: ["1.2.3-beta.1", "1.3.0-beta.3", "2.0.0"]),
        // Tilde: patch changes only, or minor changes when only the major is given.
        Case(range: "~1.2.3", desugared: ">=1.2.3 <1.3.0", inside: ["1.2.3", "1.2.9"], outside: ["1.3.0", "1.2.2"]),
        Case(range: "~1.2", desugared: ">=1.2.0 <1.3.0", inside: ["1.2.0"], outside: ["1.3.0"]),
        Case(range: "~1", desugared: ">=1.0.0 <2.0.0", inside: ["1.0.0", "1.9.9"], outside: ["2.0.0", "0.9.9"]),
        Case(range: "~0.2.3", desugared: ">=0.2.3 <0.3.0", inside: ["0.2.5"], outside: ["0.3.0"]),
        // X-ranges.
        Case(range: "1.x", desugared: ">=1.0.0 <2.0.0", inside: ["1.0.0", "1.99.0"], outside: ["2.0.0", "0.9.0"]),
        Case(range: "1.2.x", desugared: ">=1.2.0 <1.3.0", inside: ["1.2.0", "1.2.7"], outside: ["1.3.0", "1.1.0"]),
        Case(range: "1.2.X", desugared: ">=1.2.0 <1.3.0", inside: ["1.2.7"], outside: ["1.3.0"]),
        Case(range: "1", desugared: ">=1.0.0 <2.0.0", inside: ["1.4.0"], outside: ["2.0.0"]),
        Case(range: "1.2", desugared: ">=1.2.0 <1.3.0", inside: ["1.2.4"], outside: ["1.3.0"]),
        Case(range: "*", desugared: "*", inside: ["0.0.0", "99.0.0"], outside: ["1.0.0-rc.1"]),
        Case(range: "", desugared: "*", inside: ["0.1.0"], outside: []),
        Case(range: ">=1.x", desugared: ">=1.0.0", inside: ["1.0.0"], outside: ["0.9.0"]),
        Case(range: "<*", desugared: "<0.0.0", inside: [], outside: ["0.0.0", "1.0.0"]),
        // Hyphen ranges: inclusive; a partial upper bound includes all its versions.
        Case(range: "1.2 - 1.4", desugared: ">=1.2.0 <1.5.0", inside: ["1.2.0", "1.4.9"], outside: ["1.1.9", "1.5.0"]),
        Case(range: "1.2.3 - 2.3.4", desugared: ">=1.2.3 <=2.3.4", inside: ["2.3.4"], outside: ["2.3.5"]),
        Case(range: "1.2.3 - 2", desugared: ">=1.2.3 <3.0.0", inside: ["2.9.0"], outside: ["3.0.0"]),
        // Sets: spaces AND, `||` ORs.
        Case(range: ">=1.2.7 <1.3.0", desugared: ">=1.2.7 <1.3.0", inside: ["1.2.7", "1.2.99"], outside: ["1.2.6", "1.3.0"]),
        Case(range: "1.2.7 || >=1.2.9 <2.0.0", desugared: "=1.2.7 || >=1.2.9 <2.0.0", inside: ["1.2.7", "1.2.9", "1.4.6"], outside: ["1.2.8", "2.0.0"]),
        Case(range: "^0.1 || ^1", desugared: ">=0.1.0 <0.2.0 || >=1.0.0 <2.0.0", inside: ["0.1.4", "1.7.0"], outside: ["0.2.0", "2.0.0"]),
        // A pre-release only when the set names one of the same MAJOR.MINOR.PATCH.
        Case(range: ">1.2.3-alpha.3", desugared: ">1.2.3-alpha.3", inside: ["1.2.3-alpha.7", "1.2.3", "3.4.5"], outside: ["3.4.5-alpha.9", "1.2.3-alpha.3"]),
    ]

    @Test(arguments: cases)
    func rangeDesugarsAndContains(_ testCase: Case) throws {
        let range = try VersionRange(testCase.range)
        #expect(range.description == testCase.desugared)
        for text in testCase.inside {
            let version = try #require(SemanticVersion(text))
            #expect(range.contains(version), "\(text) should satisfy \(testCase.range)")
        }
        for text in testCase.outside {
            let version = try #require(SemanticVersion(text))
            #expect(!range.contains(version), "\(text) should not satisfy \(testCase.range)")
        }
    }

    @Test(arguments: [
        (">=1.x.y", #"">=1.x.y": "1.x.y" is not a version"#),
        ("1.2.3.4", #""1.2.3.4": "1.2.3.4" is not a version"#),
        ("^01.2", #""^01.2": "01.2" is not a version"#),
        ("1.x.3", #""1.x.3": "1.x.3" is not a version"#),
        ("1.x-beta", #""1.x-beta": "1.x-beta" is not a version"#),
        (">=1.0 || banana", #"">=1.0 || banana": "banana" is not a version"#),
        ("=>1.0", #""=>1.0": ">1.0" is not a version"#),
        (">=", #"">=": ">=" has no version"#),
        ("1.2 - ", #""1.2 - ": "1.2 -" is not a hyphen range (one version on each side of " - ", alone in its set)"#),
        ("1 - 2 - 3", #""1 - 2 - 3": "1 - 2 - 3" is not a hyphen range (one version on each side of " - ", alone in its set)"#),
    ])
    func errorNamesTheBadPart(_ text: String, _ message: String) {
        #expect {
            _ = try VersionRange(text)
        } throws: { error in
            "\(error)" == message
        }
    }

    @Test func ledeItselfHasAVersionRangesCanCheck() throws {
        let lede = try #require(SemanticVersion(Lede.version))
        #expect(try VersionRange(">=0.1").contains(lede))
    }
}
