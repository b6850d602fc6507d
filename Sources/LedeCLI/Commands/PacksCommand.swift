import ArgumentParser
import Foundation
import LedeLua

/// `lede packs …`: installing, listing, removing, testing and creating plugin packs.
public struct PacksCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "packs",
        abstract: "Install, list, remove, test and create plugin packs.",
        discussion: """
            User packs go to $XDG_DATA_HOME/lede/packs (default ~/.local/share/lede/packs), locked in \
            $XDG_DATA_HOME/lede/lede.lock; with --project, to ./.lede/packs, locked in ./lede.lock.
            """,
        subcommands: [PacksInstallCommand.self, PacksSyncCommand.self, PacksListCommand.self, PacksRemoveCommand.self,
                      PacksTestCommand.self, PacksNewCommand.self]
    )

    public init() {}
}

/// `--project` and the store it selects, shared by the subcommands that install or read packs.
struct PackStoreOption: ParsableArguments {
    @Flag(help: "Use the project's packs (./.lede/packs and ./lede.lock) instead of the user's.")
    var project = false

    var store: PackStore {
        get throws {
            if project { return PackStore.project() }
            guard let user = PackStore.user() else { throw RunFailure(.usage, "neither XDG_DATA_HOME nor HOME is set; use --project") }
            return user
        }
    }
}

/// `lede packs install SOURCE`.
struct PacksInstallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "install",
        abstract: "Install a pack from a folder, a .tar.gz, or a git source (URL[@ref]).",
        discussion: "Installing another version of an installed pack replaces it. A failed install changes nothing."
    )

    @Argument(help: ArgumentHelp("A folder, a .tar.gz, or git: https://…, ssh://…, git@host:…, file://…, or …​.git, with an optional @ref.", valueName: "source"))
    var source: String

    @OptionGroup var location: PackStoreOption

    func run() throws {
        let installer = PackInstaller(store: try location.store)
        let installed = try installer.install(try PackSource(source))
        let manifest = installed.manifest
        let change = installed.replaced.map { $0 == manifest.version ? " (reinstalled)" : " (replaced \($0))" } ?? ""
        Console.printOutput("installed \(manifest.name) \(manifest.version)\(change) in \(manifest.folder)\n")
        for plugin in installed.plugins {
            Console.printOutput("  \(plugin.name) \(plugin.version)  \(plugin.kinds.joined(separator: ","))  \(plugin.chunkName)\n")
        }
        if installed.plugins.isEmpty { Console.printOutput("  (no plugins)\n") }
    }
}

/// `lede packs sync`: installs exactly what the lock file lists.
struct PacksSyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Install exactly the packs the lock file lists; fail when a pack's files hash differently."
    )

    @OptionGroup var location: PackStoreOption

    func run() throws {
        let store = try location.store
        let lock: PackLock
        do {
            lock = try PackLock.read(store.lockPath)
        } catch {
            throw RunFailure(.usage, error.description)
        }
        let installer = PackInstaller(store: store)
        var failed = 0
        for entry in lock.entries {
            let folder = store.packsDirectory + "/\(entry.name)/\(entry.version)"
            if FileManager.default.fileExists(atPath: folder), PackHash.of(folder: folder) == entry.sha256 {
                Console.printOutput("ok        \(entry.name) \(entry.version)\n")
                continue
            }
            do {
                _ = try installer.install(try PackSource(entry.source), expected: entry)
                Console.printOutput("installed \(entry.name) \(entry.version)\n")
            } catch {
                failed += 1
                Console.error("\(entry.name): \(error)")
            }
        }
        if failed > 0 { throw ExitCode(ExitStatus.someInputsFailed.rawValue) }
    }
}
