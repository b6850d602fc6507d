import Foundation
import LedeTestSupport
import Testing

/// The bundled plugins' golden tests: every `plugins/tests/NAME/*.test`, run from its folder
/// against the bundled plugins.
@Suite struct BundledPluginTests {
    static let cases: [String] = {
        let root = Fixtures.repositoryRoot.appendingPathComponent("plugins/tests")
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return folders.sorted().flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? [])
                .filter { $0.hasSuffix(".test") }.sorted().map { "\(folder)/\($0)" }
        }
    }()

    @Test(arguments: cases)
    func pluginPrintsWhatItsGoldenFileSays(_ name: String) throws {
        let url = Fixtures.repositoryRoot.appendingPathComponent("plugins/tests/" + name)
        try CommandCase.check(url, environment: ["LEDE_PATH": ""])
    }
}
