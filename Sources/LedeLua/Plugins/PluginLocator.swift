import Foundation

/// Finds plugin files: a path that exists; else by the `name` their table declares, across
/// levels searched in order: `--plugin-dir` folders, `$LEDE_PATH`, the project's packs
/// (`./.lede/packs`), the user's packs (`$XDG_DATA_HOME/lede/packs`), then the bundled packs.
public struct PluginLocator: Sendable {
    /// A folder of plugins, and the pack it is when it is one.
    public struct Folder: Sendable, Equatable {
        public var path: String
        public var pack: String?
        /// What chunk names start with for files in it (`plugins/core`, `newsroom-tools`).
        public var label: String
    }

    /// One step of the search order; the same plugin name twice in one level is ambiguous.
    public struct Level: Sendable {
        public var name: String
        public var folders: [Folder]
    }

    public var levels: [Level]

    /// The folders searched by name, in order.
    public var searchDirectories: [String] { levels.flatMap { $0.folders.map(\.path) } }

    /// `LEDE_BUNDLED_PLUGINS` overrides where the bundled plugins are (empty: none), for
    /// packagers and for tests that must not depend on them. Packs come from `stores`
    /// (the project's, then the user's), see `PackStore`.
    public init(pluginDirectories: [String], environment: [String: String] = ProcessInfo.processInfo.environment,
                projectDirectory: String = FileManager.default.currentDirectoryPath) {
        let fromEnvironment = (environment["LEDE_PATH"] ?? "").split(separator: ":").map(String.init).filter { !$0.isEmpty }
        let bundled = environment["LEDE_BUNDLED_PLUGINS"].map { $0.isEmpty ? nil : $0 } ?? PluginLocator.bundledDirectory()
        func plain(_ paths: [String]) -> [Folder] {
            paths.map { Folder(path: $0, pack: Self.isPack($0) ? ($0 as NSString).lastPathComponent : nil, label: ($0 as NSString).lastPathComponent) }
        }
        levels = [
            Level(name: "--plugin-dir", folders: plain(pluginDirectories)),
            Level(name: "LEDE_PATH", folders: plain(fromEnvironment)),
            Level(name: "project packs", folders: Self.installedPacks(in: PackStore.project(directory: projectDirectory).packsDirectory)),
            Level(name: "user packs", folders: PackStore.user(environment: environment).map { Self.installedPacks(in: $0.packsDirectory) } ?? []),
            Level(name: "bundled packs", folders: bundled.map(Self.bundledPacks) ?? []),
        ]
    }

    /// `PACKS/NAME/VERSION` folders, one pack each (the installer keeps one version).
    static func installedPacks(in packs: String) -> [Folder] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: packs)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        return names.flatMap { name -> [Folder] in
            let versions = ((try? FileManager.default.contentsOfDirectory(atPath: packs + "/" + name)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
            return versions.map { Folder(path: "\(packs)/\(name)/\($0)", pack: name, label: name) }
        }
    }

    /// The bundled folder's packs (subfolders with a `pack.lua`), and the folder itself for
    /// any plugin file outside them.
    static func bundledPacks(_ root: String) -> [Folder] {
        let children = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).sorted()
        let packs = children.filter { isPack(root + "/" + $0) }
        return packs.map { Folder(path: root + "/" + $0, pack: $0, label: (root as NSString).lastPathComponent + "/" + $0) }
            + [Folder(path: root, pack: nil, label: (root as NSString).lastPathComponent)]
    }

    public static func isPack(_ folder: String) -> Bool {
        FileManager.default.fileExists(atPath: folder + "/" + PackManifest.fileName)
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

    /// A `.lua` file on the search path, with its pack and level.
    public struct Candidate: Sendable, Equatable {
        public var path: String
        public var chunkName: String
        public var pack: String? = nil
        /// The index of its level in `levels`.
        public var level: Int = 0
    }

    /// Every plugin file, in search order (levels, then folders, then sorted paths).
    public func allCandidates() -> [Candidate] {
        levels.enumerated().flatMap { level, entry in
            entry.folders.flatMap { folder in
                Self.luaFiles(in: folder.path).map { path in
                    Candidate(path: path, chunkName: Self.chunkName(for: path, label: folder.label, folder: folder.path), pack: folder.pack, level: level)
                }
            }
        }
    }

    /// The candidates for a name, best first within each level: files named `NAME.lua`, then
    /// the others. With `pack`, only that pack's files.
    public func candidates(named name: String, inPack pack: String? = nil) -> [Candidate] {
        let all = allCandidates().filter { pack == nil || $0.pack == pack }
        return all.sorted { a, b in
            if a.level != b.level { return a.level < b.level }
            return Self.isNamed(a, name) && !Self.isNamed(b, name)
        }
    }

    private static func isNamed(_ candidate: Candidate, _ name: String) -> Bool {
        (candidate.path as NSString).lastPathComponent == name + ".lua"
    }

    /// The `.lua` files of a folder, recursively: hidden ones, `types/`, `tests/`, manifests
    /// and packs nested inside it left out; a pack's `provides` limits its own files.
    public static func luaFiles(in directory: String) -> [String] {
        if isPack(directory), let provides = PackManifest.declaredFiles(in: directory) {
            return provides.map { directory + "/" + $0 }
        }
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var files: [String] = []
        var nestedPacks: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let components = relative.split(separator: "/")
            if components.contains(where: { $0.hasPrefix(".") }) || components.first == "types" || components.contains("tests") { continue }
            if nestedPacks.contains(where: { relative.hasPrefix($0 + "/") }) { continue }
            if components.count > 1 || !relative.hasSuffix(".lua"), isPack(directory + "/" + relative) {
                nestedPacks.append(relative)
                continue
            }
            if relative.hasSuffix(".lua"), components.last != Substring(PackManifest.fileName) { files.append(directory + "/" + relative) }
        }
        return files.sorted()
    }

    /// The short name errors carry: the path as given when it is short and relative, else the
    /// folder's label and the path inside it (`plugins/core/quotes.lua`, `newsroom-tools/stamp.lua`).
    public static func chunkName(for path: String, label: String? = nil, folder: String? = nil) -> String {
        var given = path
        while given.hasPrefix("./") { given.removeFirst(2) }
        if !given.hasPrefix("/"), given.count <= 50, folder == nil { return given }
        if let folder, given.hasPrefix(folder + "/") {
            let inside = String(given.dropFirst(folder.count + 1))
            return String(((label ?? (folder as NSString).lastPathComponent) + "/" + inside).suffix(55))
        }
        let components = given.split(separator: "/").suffix(2)
        return String(components.joined(separator: "/").suffix(55))
    }
}
