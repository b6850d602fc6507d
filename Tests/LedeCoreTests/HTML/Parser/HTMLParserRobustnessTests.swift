@testable import LedeCore
import LedeTestSupport
import Testing

@Suite struct HTMLParserRobustnessTests {
    /// A small seeded generator, so that a failure can be replayed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let pages = ["ftr/council-votes-budget.html", "commands/inputs/article.html", "commands/rules/tests/example-story.html"]
    static let insertions: [[UInt8]] = ["<", "&", "\"", "'", "</", "<!--", "-->", "<script>", "</p>", "<table>", "<svg>",
                                        "&#", "&amp", "=", ">", "/>", "<li>", "<title>", "\0", "\r"].map { Array($0.utf8) }

    @Test(arguments: pages)
    func mutatedPagesKeepTheTreeSound(page: String) throws {
        let original = try Fixtures.bytes(Fixtures.url(page))
        var random = SplitMix(state: UInt64(truncatingIfNeeded: page.utf8.count) &* 7919)
        for round in 0..<400 {
            var bytes = original
            for _ in 0...Int.random(in: 0..<8, using: &random) {
                let at = Int.random(in: 0...bytes.count, using: &random)
                switch Int.random(in: 0..<4, using: &random) {
                case 0 where at < bytes.count: bytes[at] = UInt8.random(in: 0...255, using: &random)
                case 1: bytes.removeSubrange(at...)
                default: bytes.insert(contentsOf: Self.insertions.randomElement(using: &random)!, at: at)
                }
            }
            let valid = Array(String(decoding: bytes, as: UTF8.self).utf8)  // the caller repairs input first
            let problem = treeProblem(HTMLParser.parse(valid))
            #expect(problem == nil, "round \(round) of \(page)")
            if problem != nil { break }
        }
    }

    @Test func adversarialShapesParse() {
        let shapes = [
            String(repeating: "<p>", count: 5000), String(repeating: "</p>", count: 5000),
            String(repeating: "<li><ul>", count: 3000), String(repeating: "<table><tr><td>", count: 3000),
            String(repeating: "<a>", count: 3000) + String(repeating: "</a>", count: 3000),
            String(repeating: "<svg><g/>", count: 2000), String(repeating: "<html a=1><body b=2>x", count: 2000),
            String(repeating: "&", count: 5000), String(repeating: "&amp", count: 2000), "<" + String(repeating: "a", count: 10000),
            String(repeating: "<!--", count: 2000), String(repeating: "<div x", count: 2000), "<script>" + String(repeating: "</scrip", count: 2000),
        ]
        for shape in shapes {
            #expect(treeProblem(HTMLParser.parse(Array(shape.utf8))) == nil, "\(shape.prefix(20))")
        }
    }
}
