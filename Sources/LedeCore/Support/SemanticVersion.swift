/// A semantic version (semver 2.0.0), as plugin packs declare theirs and lede reports its own,
/// so a pack can say which lede versions it works with.
///
/// Ordering follows the spec's precedence: numbers first, then a pre-release sorts before its
/// release, identifier by identifier. Build metadata is kept for display but ignored by `==`,
/// `<` and hashing, since it must not affect precedence.
public struct SemanticVersion: Comparable, Hashable, Sendable, CustomStringConvertible {
    public let major: Int
    public let minor: Int
    public let patch: Int
    /// The dot-separated identifiers after `-`; empty for a release.
    public let prerelease: [String]
    /// The dot-separated identifiers after `+`; never compared.
    public let build: [String]

    /// A version from its parts, for bounds computed from other versions; parts are not checked.
    public init(major: Int, minor: Int, patch: Int, prerelease: [String] = [], build: [String] = []) {
        self.major = major
        self.minor = minor
        self.patch = patch
        self.prerelease = prerelease
        self.build = build
    }

    /// Strict parsing, as for a manifest's own `version`: exactly `MAJOR.MINOR.PATCH`, no leading
    /// zeros, optional `-prerelease` and `+build`. Nil when the text is anything else.
    public init?(_ text: String) {
        guard let parsed = Self.parse(text, minimumParts: 3) else { return nil }
        self = parsed
    }

    /// Lenient parsing for ranges, where `1` and `1.2` stand for `1.0.0` and `1.2.0`. A
    /// pre-release or build is only accepted after all three numbers.
    public init?(partial text: String) {
        guard let parsed = Self.parse(text, minimumParts: 1) else { return nil }
        self = parsed
    }

    /// True for a pre-release, which ranges only admit when they name one of the same release.
    public var isPrerelease: Bool { !prerelease.isEmpty }

    /// The version without pre-release and build: the release it precedes.
    var release: SemanticVersion { SemanticVersion(major: major, minor: minor, patch: patch) }

    public var description: String {
        var text = "\(major).\(minor).\(patch)"
        if !prerelease.isEmpty { text += "-" + prerelease.joined(separator: ".") }
        if !build.isEmpty { text += "+" + build.joined(separator: ".") }
        return text
    }

    public static func == (left: SemanticVersion, right: SemanticVersion) -> Bool {
        (left.major, left.minor, left.patch, left.prerelease) == (right.major, right.minor, right.patch, right.prerelease)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(major)
        hasher.combine(minor)
        hasher.combine(patch)
        hasher.combine(prerelease)
    }

    public static func < (left: SemanticVersion, right: SemanticVersion) -> Bool {
        if (left.major, left.minor, left.patch) != (right.major, right.minor, right.patch) {
            return (left.major, left.minor, left.patch) < (right.major, right.minor, right.patch)
        }
        // A release outranks its pre-releases; otherwise the first differing identifier decides,
        // and a longer list wins when one is a prefix of the other.
        if left.prerelease.isEmpty || right.prerelease.isEmpty { return !left.prerelease.isEmpty && right.prerelease.isEmpty }
        for (mine, theirs) in zip(left.prerelease, right.prerelease) where mine != theirs {
            return identifier(mine, precedes: theirs)
        }
        return left.prerelease.count < right.prerelease.count
    }

    /// Numeric identifiers compare as numbers (by length first, so any size works) and sort
    /// before alphanumeric ones, which compare by ASCII.
    private static func identifier(_ left: String, precedes right: String) -> Bool {
        switch (isNumeric(left), isNumeric(right)) {
        case (true, true): return left.utf8.count != right.utf8.count ? left.utf8.count < right.utf8.count : Array(left.utf8).lexicographicallyPrecedes(right.utf8)
        case (true, false): return true
        case (false, true): return false
        case (false, false): return Array(left.utf8).lexicographicallyPrecedes(right.utf8)
        }
    }

    static func isNumeric(_ identifier: Substring) -> Bool {
        !identifier.isEmpty && identifier.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    private static func isNumeric(_ identifier: String) -> Bool { isNumeric(identifier[...]) }

    /// A version number: digits without a leading zero, fitting an Int.
    static func number(_ text: Substring) -> Int? {
        guard isNumeric(text), text == "0" || !text.hasPrefix("0") else { return nil }
        return Int(text)
    }

    /// Dot-separated identifiers of `[0-9A-Za-z-]`, none empty; numeric pre-release ones
    /// without a leading zero.
    static func identifiers(_ text: Substring, numericLeadingZeroAllowed: Bool) -> [String]? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        for part in parts {
            guard !part.isEmpty, part.utf8.allSatisfy({ isIdentifierByte($0) }) else { return nil }
            if !numericLeadingZeroAllowed, isNumeric(part), part.count > 1, part.hasPrefix("0") { return nil }
        }
        return parts.map(String.init)
    }

    private static func isIdentifierByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "-"): true
        default: false
        }
    }

    private static func parse(_ text: String, minimumParts: Int) -> SemanticVersion? {
        var rest = text[...]
        var build: [String] = [], prerelease: [String] = []
        if let plus = rest.firstIndex(of: "+") {
            guard let parsed = identifiers(rest[rest.index(after: plus)...], numericLeadingZeroAllowed: true) else { return nil }
            build = parsed
            rest = rest[..<plus]
        }
        if let dash = rest.firstIndex(of: "-") {
            guard let parsed = identifiers(rest[rest.index(after: dash)...], numericLeadingZeroAllowed: false) else { return nil }
            prerelease = parsed
            rest = rest[..<dash]
        }
        let parts = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard (minimumParts...3).contains(parts.count) else { return nil }
        guard parts.count == 3 || (prerelease.isEmpty && build.isEmpty) else { return nil }
        let numbers = parts.compactMap(number)
        guard numbers.count == parts.count else { return nil }
        let padded = numbers + Array(repeating: 0, count: 3 - numbers.count)
        return SemanticVersion(major: padded[0], minor: padded[1], patch: padded[2], prerelease: prerelease, build: build)
    }
}
