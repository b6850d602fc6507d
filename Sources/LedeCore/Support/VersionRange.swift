/// The versions a plugin pack works with, written as in npm (`lede = ">=0.1"`), since plugin
/// authors already know that syntax: comparators ANDed by spaces, sets ORed by `||`, with
/// `^`, `~`, x-ranges and hyphen ranges as shorthands that desugar to comparators.
///
/// A pre-release satisfies a set only if the set names a pre-release of the same
/// `MAJOR.MINOR.PATCH` (npm's rule), so `>=1.0.0` does not quietly admit `2.0.0-alpha`.
public struct VersionRange: Sendable, CustomStringConvertible {
    /// Alternatives, each a list of comparators that must all hold; an empty list allows any release.
    let sets: [[Comparator]]

    /// Parses an npm-style range; an empty text or `*` allows any release.
    public init(_ text: String) throws(VersionRangeError) {
        sets = try text.split(separator: "||", omittingEmptySubsequences: false).map { set throws(VersionRangeError) in try Self.parseSet(set, in: text) }
    }

    /// True when some set's comparators all hold for `version`, under the pre-release rule.
    public func contains(_ version: SemanticVersion) -> Bool {
        sets.contains { set in
            guard set.allSatisfy({ $0.holds(for: version) }) else { return false }
            return !version.isPrerelease || set.contains { $0.version.isPrerelease && $0.version.release == version.release }
        }
    }

    /// The desugared form (`^1.2` reads `>=1.2.0 <2.0.0`), which says what a shorthand meant.
    public var description: String {
        sets.map { $0.isEmpty ? "*" : $0.map(\.description).joined(separator: " ") }.joined(separator: " || ")
    }

    struct Comparator: Sendable, Equatable, CustomStringConvertible {
        enum Operator: String, Sendable { case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">=", equal = "=" }
        var op: Operator
        var version: SemanticVersion

        func holds(for other: SemanticVersion) -> Bool {
            switch op {
            case .less: other < version
            case .lessOrEqual: other <= version
            case .greater: other > version
            case .greaterOrEqual: other >= version
            case .equal: other == version
            }
        }

        var description: String { op.rawValue + version.description }
    }

    /// A version as written in a range: `nil` parts are wildcards (`x`, `X`, `*`) or missing.
    private struct Partial {
        var parts: [Int?]  // always three
        var prerelease: [String] = []

        /// How many leading parts are given: 0 for `*`, 3 for a full version.
        var given: Int { parts.firstIndex(of: nil) ?? 3 }
        var floor: SemanticVersion { version(parts.map { $0 ?? 0 }, prerelease) }

        /// The first version above every version this partial stands for, bumping the last given part.
        func ceiling(bumping index: Int) -> SemanticVersion {
            var numbers = parts.map { $0 ?? 0 }
            numbers[index] += 1
            for later in (index + 1)..<3 { numbers[later] = 0 }
            return version(numbers, [])
        }

        private func version(_ numbers: [Int], _ prerelease: [String]) -> SemanticVersion {
            SemanticVersion(major: numbers[0], minor: numbers[1], patch: numbers[2], prerelease: prerelease)
        }

        init?(_ text: Substring) {
            var rest = text, prerelease: [String] = [], suffixed = false
            if let plus = rest.firstIndex(of: "+") {
                guard SemanticVersion.identifiers(rest[rest.index(after: plus)...], numericLeadingZeroAllowed: true) != nil else { return nil }
                rest = rest[..<plus]
                suffixed = true
            }
            if let dash = rest.firstIndex(of: "-") {
                guard let parsed = SemanticVersion.identifiers(rest[rest.index(after: dash)...], numericLeadingZeroAllowed: false) else { return nil }
                prerelease = parsed
                rest = rest[..<dash]
                suffixed = true
            }
            let pieces = rest.split(separator: ".", omittingEmptySubsequences: false)
            guard (1...3).contains(pieces.count) else { return nil }
            var parts: [Int?] = []
            for piece in pieces {
                if ["x", "X", "*"].contains(piece) {
                    parts.append(nil)
                } else {
                    // A number after a wildcard (`1.x.3`) means nothing; Int.max could not be bumped.
                    guard let number = SemanticVersion.number(piece), number < Int.max, parts.last != .some(nil) else { return nil }
                    parts.append(number)
                }
            }
            parts += Array(repeating: nil, count: 3 - parts.count)
            guard !suffixed || parts.allSatisfy({ $0 != nil }) else { return nil }
            self.parts = parts
            self.prerelease = prerelease
        }
    }

    private static func parseSet(_ text: Substring, in range: String) throws(VersionRangeError) -> [Comparator] {
        var tokens: [String] = []
        for word in text.split(whereSeparator: \.isWhitespace).map(String.init) {
            // `>= 1.2` is written with a space as often as without.
            if let last = tokens.last, ["<", "<=", ">", ">=", "=", "^", "~"].contains(last) {
                tokens[tokens.count - 1] += word
            } else {
                tokens.append(word)
            }
        }
        if tokens.contains("-") {
            guard tokens.count == 3, tokens[1] == "-" else { throw VersionRangeError(range: range, part: tokens.joined(separator: " "), problem: "is not a hyphen range (one version on each side of \" - \", alone in its set)") }
            let low = try partial(tokens[0][...], in: range), high = try partial(tokens[2][...], in: range)
            return (low.given == 0 ? [] : [Comparator(op: .greaterOrEqual, version: low.floor)]) + upTo(high, inclusive: true)
        }
        var set: [Comparator] = []
        for token in tokens { set += try comparators(token, in: range) }
        return set
    }

    private static func partial(_ text: Substring, in range: String) throws(VersionRangeError) -> Partial {
        guard let partial = Partial(text) else { throw VersionRangeError(range: range, part: String(text), problem: "is not a version") }
        return partial
    }

    /// The comparators below `high`, which stands for all its versions when partial.
    private static func upTo(_ high: Partial, inclusive: Bool) -> [Comparator] {
        switch (high.given, inclusive) {
        case (0, true): return []
        case (0, false): return [Comparator(op: .less, version: SemanticVersion(major: 0, minor: 0, patch: 0))]
        case (3, _): return [Comparator(op: inclusive ? .lessOrEqual : .less, version: high.floor)]
        case (_, true): return [Comparator(op: .less, version: high.ceiling(bumping: high.given - 1))]
        case (_, false): return [Comparator(op: .less, version: high.floor)]
        }
    }

    /// One token desugared: an operator (or none) and a possibly partial version.
    private static func comparators(_ token: String, in range: String) throws(VersionRangeError) -> [Comparator] {
        let operators = [">=", "<=", ">", "<", "=", "^", "~"]
        let op = operators.first { token.hasPrefix($0) } ?? ""
        guard token.count > op.count else { throw VersionRangeError(range: range, part: token, problem: "has no version") }
        let version = try partial(token.dropFirst(op.count), in: range)
        let floor = version.given == 0 ? [] : [Comparator(op: .greaterOrEqual, version: version.floor)]
        switch op {
        case ">=": return floor
        case "<": return upTo(version, inclusive: false)
        case "<=": return upTo(version, inclusive: true)
        case ">":
            if version.given == 3 { return [Comparator(op: .greater, version: version.floor)] }
            if version.given == 0 { return upTo(version, inclusive: false) }  // nothing is above every version
            return [Comparator(op: .greaterOrEqual, version: version.ceiling(bumping: version.given - 1))]
        case "~":
            return floor + (version.given == 0 ? [] : [Comparator(op: .less, version: version.ceiling(bumping: version.given == 1 ? 0 : 1))])
        case "^":
            // Bump the first non-zero part given; all zeros given: bump the last given part.
            guard version.given > 0 else { return [] }
            let numbers = version.parts.prefix(version.given).map { $0 ?? 0 }
            let index = numbers.firstIndex { $0 != 0 } ?? (version.given == 3 ? 2 : version.given - 1)
            return floor + [Comparator(op: .less, version: version.ceiling(bumping: index))]
        default:
            if version.given == 3 { return [Comparator(op: .equal, version: version.floor)] }
            return floor + upTo(version, inclusive: true)
        }
    }
}

/// A range that does not parse, naming the part at fault so a pack author can fix it.
public struct VersionRangeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The whole range as written.
    public let range: String
    /// The piece that failed, such as one comparator's version.
    public let part: String
    public let problem: String

    public var description: String { "\"\(range)\": \"\(part)\" \(problem)" }
}
