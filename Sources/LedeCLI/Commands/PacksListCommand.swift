import ArgumentParser
import Foundation
import LedeLua

/// `lede packs list`: name, version, source and plugins of each installed pack.
struct PacksListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List installed packs and the plugins each provides.")

    @OptionGroup var location: PackStoreOption

    func run() throws {
        let store = try location.store
        let lock = (try? PackLock.read(store.lockPath)) ?? PackLock()
        var rows = [["NAME", "VERSION", "SOURCE", "PLUGINS"]]
        for (name, folder) in store.installed() {
            let version = (folder as NSString).lastPathComponent
            let plugins: String
            do {
                let manifest = try PackManifest.load(folder: folder)
                plugins = try PackInstaller.loadPlugins(of: manifest, limits: LuaLimits()).map(\.name).joined(separator: ", ")
            } catch {
                plugins = "(broken: \(error))"
            }
            rows.append([name, version, lock.entry(name)?.source ?? "(not in the lock file)", plugins])
        }
        if rows.count == 1 {
            Console.printOutput("no packs installed in \(store.packsDirectory)\n")
            return
        }
        Console.printOutput(Table.render(rows))
    }
}

/// `lede packs remove NAME`.
struct PacksRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove an installed pack and its lock entry.")

    @Argument(help: ArgumentHelp("The pack's name.", valueName: "name"))
    var name: String

    @OptionGroup var location: PackStoreOption

    func run() throws {
        try PackInstaller(store: try location.store).remove(name)
        Console.printOutput("removed \(name)\n")
    }
}

/// Aligned text columns, the last one free.
enum Table {
    static func render(_ rows: [[String]]) -> String {
        guard let columns = rows.first?.count, columns > 0 else { return "" }
        let widths = (0..<(columns - 1)).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            (0..<(columns - 1)).map { row[$0].padding(toLength: widths[$0] + 2, withPad: " ", startingAt: 0) }.joined() + row[columns - 1]
        }.joined(separator: "\n") + "\n"
    }
}
