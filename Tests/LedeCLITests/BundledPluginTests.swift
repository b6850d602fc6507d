import Foundation
import LedeTestSupport
import Testing

/// The bundled plugins' golden tests: every `plugins/PACK/tests/NAME/*.test`, run from its
/// folder against the bundled plugins.
@Suite struct BundledPluginTests {
    static let cases: [String] = {
        let plugins = Fixtures.repositoryRoot.appendingPathComponent("plugins")
        let packs = ((try? FileManager.default.contentsOfDirectory(atPath: plugins.path)) ?? []).sorted()
        return packs.flatMap { pack -> [String] in
            let root = plugins.appendingPathComponent(pack + "/tests")
            let folders = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
            return folders.sorted().flatMap { folder in
                ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? [])
                    .filter { $0.hasSuffix(".test") }.sorted().map { "\(pack)/tests/\(folder)/\($0)" }
            }
        }
    }()

    @Test(arguments: cases)
    func pluginPrintsWhatItsGoldenFileSays(_ name: String) throws {
        let url = Fixtures.repositoryRoot.appendingPathComponent("plugins/" + name)
        try CommandCase.check(url, environment: ["LEDE_PATH": ""])
    }

    /// Every bundled outlet rule loads and its fixtures pass, as `lede rules test` reports them.
    @Test func bundledRulesPassTheirFixtures() throws {
        let result = try LedeProcess.run(["rules", "test"], in: Fixtures.repositoryRoot, environment: ["LEDE_PATH": ""])
        #expect(result.stdout.hasSuffix(" 0 failed\n"), "\(result.stdout)")
        #expect(!result.stdout.hasPrefix("0 passed"))
        #expect(result.status == 0)
    }

    /// `lede test` with no paths runs every bundled fixture, rules and plugins alike.
    @Test func bundledFixturesPass() throws {
        let result = try LedeProcess.run(["test"], in: Fixtures.repositoryRoot, environment: ["LEDE_PATH": ""])
        #expect(result.stdout.hasSuffix(" 0 failed\n"), "\(result.stdout)")
        #expect(result.status == 0)
    }
}
