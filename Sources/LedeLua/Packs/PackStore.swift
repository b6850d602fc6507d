import Foundation

/// Where packs are installed and locked: the user's (`$XDG_DATA_HOME/lede`, by default
/// `~/.local/share/lede`, with `lede.lock` inside) or a project's (`./.lede/packs` with
/// `./lede.lock`, so a repository can pin its packs).
public struct PackStore: Sendable, Equatable {
    /// The folder holding `packs/` and the installer's scratch space.
    public var root: String
    public var lockPath: String

    public var packsDirectory: String { root + "/packs" }

    public static func project(directory: String = FileManager.default.currentDirectoryPath) -> PackStore {
        PackStore(root: directory + "/.lede", lockPath: directory + "/lede.lock")
    }

    /// Nil when neither `XDG_DATA_HOME` nor `HOME` is set.
    public static func user(environment: [String: String] = ProcessInfo.processInfo.environment) -> PackStore? {
        let data: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            data = xdg
        } else if let home = environment["HOME"], !home.isEmpty {
            data = home + "/.local/share"
        } else {
            return nil
        }
        return PackStore(root: data + "/lede", lockPath: data + "/lede/lede.lock")
    }

    /// The installed packs' folders, by name.
    public func installed() -> [(name: String, folder: String)] {
        PluginLocator.installedPacks(in: packsDirectory).map { ($0.pack ?? "", $0.path) }
    }
}
