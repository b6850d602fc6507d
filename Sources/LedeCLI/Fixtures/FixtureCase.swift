import Foundation

/// One fixture: an input under a `tests/` folder with what it must produce. The format is the
/// same for outlet rules and plugins: `tests/CASE.html` or `tests/CASE.txt`, optionally
/// `CASE.url` (the page's address) and `CASE.plugins` (plugins to run, one per line), and
/// `CASE.expected.json` (a subset of the article) and/or `CASE.expected.EXT` (a writer's
/// whole output, compared exactly).
public struct FixtureCase: Sendable, Equatable {
    public var input: String
    /// The folder holding `tests/`: its plugins and rules are found first.
    public var home: String
    public var url: String?
    public var plugins: [String]
    /// `expected.json` when there is one.
    public var expectedArticle: String?
    /// Other expected outputs, by writer extension (`md`, `csv`, …).
    public var expectedOutputs: [(format: String, path: String)]

    public static func == (a: FixtureCase, b: FixtureCase) -> Bool { a.input == b.input }

    /// The case's name as reports show it: the input's path without its extension.
    public var name: String { Self.stem(of: input) }

    static let inputExtensions = [".html", ".htm", ".txt", ".html.gz", ".txt.gz"]

    static func stem(of path: String) -> String {
        for ext in inputExtensions where path.hasSuffix(ext) { return String(path.dropLast(ext.count)) }
        return path
    }

    /// Every case under the paths (files or folders), in sorted path order.
    public static func discover(under paths: [String]) -> [FixtureCase] {
        var cases: [FixtureCase] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if !isDirectory.boolValue {
                if let found = fixture(at: path) { cases.append(found) }
                continue
            }
            let files = (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? []).sorted()
            for relative in files where relative.split(separator: "/").contains("tests") && !relative.hasPrefix(".") {
                if let found = fixture(at: path + "/" + relative) { cases.append(found) }
            }
        }
        return cases
    }

    /// A case for an input file inside a `tests/` folder that has at least one expected file.
    static func fixture(at input: String) -> FixtureCase? {
        guard inputExtensions.contains(where: { input.hasSuffix($0) }), !input.contains(".expected.") else { return nil }
        let stem = stem(of: input)
        let folder = (stem as NSString).deletingLastPathComponent
        let base = (stem as NSString).lastPathComponent
        let siblings = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var outputs: [(String, String)] = []
        var article: String?
        for sibling in siblings.sorted() where sibling.hasPrefix(base + ".expected.") {
            let format = String(sibling.dropFirst(base.count + ".expected.".count))
            if format == "json" { article = folder + "/" + sibling } else { outputs.append((format, folder + "/" + sibling)) }
        }
        guard article != nil || !outputs.isEmpty else { return nil }
        var home = folder
        while (home as NSString).lastPathComponent != "tests", home.count > 1 { home = (home as NSString).deletingLastPathComponent }
        home = (home as NSString).deletingLastPathComponent
        return FixtureCase(
            input: input, home: home.isEmpty ? "." : home,
            url: read(stem + ".url")?.trimmingCharacters(in: .whitespacesAndNewlines),
            plugins: read(stem + ".plugins").map { $0.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") } } ?? [],
            expectedArticle: article, expectedOutputs: outputs)
    }

    private static func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }
}
