import ArgumentParser
import Foundation
import LedeLua

/// `lede packs test [NAME|PATH]`: checks a pack before trusting it — its manifest, that every
/// plugin loads, every fixture and every golden command test in it.
struct PacksTestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Check a pack's manifest and plugins and run its fixtures and golden tests; ends with \"N passed, M failed\"."
    )

    @Argument(help: ArgumentHelp("An installed or bundled pack's name, or a pack folder (default: the current folder).", valueName: "name|path"))
    var target: String?

    func run() throws {
        let folder = try Self.folder(of: target)
        var failures: [String] = []
        do {
            let manifest = try PackManifest.load(folder: folder)
            _ = try PackInstaller.loadPlugins(of: manifest, limits: LuaLimits())
        } catch {
            failures.append("\(error)")
        }
        let status = FixtureReport.run(FixtureCase.discover(under: [folder]), goldenFiles: FixtureReport.goldenFiles(under: folder),
                                       extraFailures: failures, limits: LuaLimits())
        if status != .success { throw ExitCode(status.rawValue) }
    }

    /// A path that exists, else an installed pack (the project's, then the user's), else a bundled one.
    static func folder(of target: String?) throws(RunFailure) -> String {
        guard let target else {
            guard FileManager.default.fileExists(atPath: PackManifest.fileName) else {
                throw RunFailure(.usage, "no pack.lua here; name a pack or a pack folder")
            }
            return "."
        }
        if FileManager.default.fileExists(atPath: target) { return target }
        let stores = [PackStore.project()] + (PackStore.user().map { [$0] } ?? [])
        for store in stores {
            if let found = store.installed().first(where: { $0.name == target }) { return found.folder }
        }
        if let bundled = PluginLocator.bundledDirectory(), PluginLocator.isPack(bundled + "/" + target) { return bundled + "/" + target }
        throw RunFailure(.usage, "no pack named '\(target)' is installed or bundled, and no such folder")
    }
}
