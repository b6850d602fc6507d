import Foundation

/// Finds plugin files: a path that exists; else by the `name` their table declares, across
/// `--plugin-dir` folders, then `$LEDE_PATH`, then the bundled `plugins/`, in that order.
public struct PluginLocator: Sendable {
    /// The folders searched by name, in order.
    public var searchDirectories: [String]

    /// `LEDE_BUNDLED_PLUGINS` overrides where the bundled plugins are (empty: none), for
    /// packagers and for tests that must not depend on them.
    public init(pluginDirectories: [String], environment: [String: String] = ProcessInfo.processInfo.environment) {
        let fromEnvironment = (environment["LEDE_PATH"] ?? "").split(separator: ":").map(String.init).filter { !$0.isEmpty }
        let bundled = environment["LEDE_BUNDLED_PLUGINS"].map { $0.isEmpty ? nil : $0 } ?? PluginLocator.bundledDirectory()
        searchDirectories = pluginDirectories + fromEnvironment + (bundled.map { [$0] } ?? [])
    }

    /// The bundled plugins: `share/lede/plugins` beside an installed binary's `bin/`, or the
    /// `plugins/` folder of the source tree the binary was built in.
    public static func bundledDirectory(executable: String = Self.executablePath()) -> String? {
        var directory = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        let installed = directory.deletingLastPathComponent().appendingPathComponent("share/lede/plugins")
        if FileManager.default.fileExists(atPath: installed.path) { return installed.path }
        while directory.path != "/" {
            let plugins = directory.appendingPathComponent("plugins")
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path),
                FileManager.default.fileExists(atPath: plugins.path)
            {
                return plugins.path
            }
            directory = directory.deletingLastPathComponent()
        }
        return nil
    }

    public static func executablePath() -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    /// A `.lua` file on the search path, with the folder it was found in.
    public struct Candidate: Sendable, Equatable {
        public var path: String
        public var chunkName: String
    }

    /// Every `.lua` file of each search folder (recursively, hidden ones and `types/` left out),
    /// in search order, and within a folder in sorted order.
    public func allCandidates() -> [Candidate] {
        searchDirectories.flatMap { directory in
            luaFiles(in: directory).map { Candidate(path: $0, chunkName: Self.chunkName(for: $0, foundIn: directory)) }
        }
    }

    /// The candidates for a name, best first: files named `NAME.lua`, then all the others.
    public func candidates(named name: String) -> [Candidate] {
        let all = allCandidates()
        let byFileName = all.filter { ($0.path as NSString).lastPathComponent == name + ".lua" }
        return byFileName + all.filter { !byFileName.contains($0) }
    }

    private func luaFiles(in directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let components = relative.split(separator: "/")
            if components.contains(where: { $0.hasPrefix(".") }) || components.first == "types" || components.contains("tests") { continue }
            if relative.hasSuffix(".lua"), !relative.hasSuffix("pack.lua") { files.append(directory + "/" + relative) }
        }
        return files.sorted()
    }

    /// The short name errors carry: the path as given when it is short and relative, else the
    /// search folder's own name and the path inside it (`plugins/quotes.lua`).
    public static func chunkName(for path: String, foundIn directory: String? = nil) -> String {
        var given = path
        while given.hasPrefix("./") { given.removeFirst(2) }
        if !given.hasPrefix("/"), given.count <= 50, directory == nil { return given }
        if let directory, given.hasPrefix(directory + "/") {
            let inside = String(given.dropFirst(directory.count + 1))
            let folder = (directory as NSString).lastPathComponent
            return String((folder + "/" + inside).suffix(55))
        }
        let components = given.split(separator: "/").suffix(2)
        return String(components.joined(separator: "/").suffix(55))
    }
}
