import Foundation
import LedeCore
import LedeLua

/// Installs packs into a store and keeps its lock file. Everything happens in a scratch folder
/// inside the store first (fetch, manifest check, loading each plugin in the sandbox with no
/// hooks called, hashing); only then is the previous version swapped out by renames and the
/// lock rewritten, so a failed install leaves the previous state as it was.
struct PackInstaller {
    let store: PackStore
    var limits = LuaLimits()

    struct Installed {
        var manifest: PackManifest
        var entry: PackLock.Entry
        var plugins: [PluginInfo]
        /// The version this one replaced.
        var replaced: String?
    }

    /// Installs from `source`; with `expected`, the installed files must hash to its `sha256`
    /// (and a git source is checked out at its commit), as `sync` needs.
    func install(_ source: PackSource, expected: PackLock.Entry? = nil) throws(RunFailure) -> Installed {
        let scratch = store.root + "/.scratch-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        try make(scratch)
        let (fetched, commit) = try fetch(source, into: scratch + "/fetched", commit: expected?.commit)
        let manifest: PackManifest
        let folder = try packFolder(in: fetched)
        do {
            manifest = try PackManifest.load(folder: folder, shownAs: source.manifestName)
        } catch {
            throw RunFailure(.someInputsFailed, error.description)
        }
        let staged = scratch + "/stage/\(manifest.name)/\(manifest.version)"
        try copyTree(from: manifest.folder, to: staged)
        let stagedManifest: PackManifest
        do {
            stagedManifest = try PackManifest.load(folder: staged, shownAs: source.manifestName)
        } catch {
            throw RunFailure(.someInputsFailed, error.description)
        }
        let plugins = try Self.loadPlugins(of: stagedManifest, limits: limits)
        let hash = PackHash.of(folder: staged)
        if let expected, expected.sha256 != hash {
            throw RunFailure(.someInputsFailed, "\(manifest.name) \(manifest.version) from \(source.recorded): the files hash to \(hash), but the lock file says \(expected.sha256); not installed")
        }
        let entry = PackLock.Entry(name: manifest.name, version: manifest.version, source: expected?.source ?? source.recorded, commit: commit, sha256: hash)
        let target = store.packsDirectory + "/" + manifest.name
        let previous = (try? FileManager.default.contentsOfDirectory(atPath: target))?.first { !$0.hasPrefix(".") }
        try make(store.packsDirectory)
        let old = scratch + "/old"
        let hadPrevious = FileManager.default.fileExists(atPath: target)
        if hadPrevious { try move(target, to: old) }
        do {
            try move(scratch + "/stage/" + manifest.name, to: target)
            var lock = try PackLock.read(store.lockPath)
            lock.set(entry)
            try lock.write(store.lockPath)
        } catch {
            try? FileManager.default.removeItem(atPath: target)
            if hadPrevious { try? move(old, to: target) }
            throw RunFailure(.someInputsFailed, "\(error)")
        }
        var installed = stagedManifest
        installed.folder = target + "/" + manifest.version
        return Installed(manifest: installed, entry: entry, plugins: plugins, replaced: previous)
    }

    /// Removes an installed pack and its lock entry.
    func remove(_ name: String) throws(RunFailure) {
        let target = store.packsDirectory + "/" + name
        var lock: PackLock
        do {
            lock = try PackLock.read(store.lockPath)
        } catch {
            throw RunFailure(.someInputsFailed, error.description)
        }
        guard FileManager.default.fileExists(atPath: target) || lock.entry(name) != nil else {
            throw RunFailure(.usage, "no pack named '\(name)' is installed in \(store.packsDirectory)")
        }
        let scratch = store.root + "/.scratch-\(UUID().uuidString)"
        if FileManager.default.fileExists(atPath: target) { try move(target, to: scratch) }
        lock.remove(name)
        do {
            try lock.write(store.lockPath)
        } catch {
            try? move(scratch, to: target)
            throw RunFailure(.someInputsFailed, error.description)
        }
        try? FileManager.default.removeItem(atPath: scratch)
    }

    /// Loads each plugin file in a sandboxed runtime (its top level runs; no hook is called) to
    /// learn what the pack provides; a file that fails to load fails the install.
    static func loadPlugins(of manifest: PackManifest, limits: LuaLimits) throws(RunFailure) -> [PluginInfo] {
        let runtime: LuaRuntime
        do {
            runtime = try LuaRuntime(limits: limits)
        } catch {
            throw RunFailure(.aborted, error.description)
        }
        var plugins: [PluginInfo] = []
        for file in manifest.pluginFiles {
            let chunk = PluginLocator.chunkName(for: file, label: manifest.name, folder: manifest.folder)
            do {
                plugins.append(try runtime.loadPlugin(at: file, chunkName: chunk).info)
            } catch where error.isNotAPlugin {
                continue  // a module a plugin requires, not a plugin
            } catch {
                throw RunFailure(.someInputsFailed, "\(manifest.name): \(error.description)")
            }
        }
        return plugins
    }

    // MARK: Fetching

    private func fetch(_ source: PackSource, into folder: String, commit pinned: String?) throws(RunFailure) -> (String, String?) {
        switch source {
        case .folder(let path):
            try copyTree(from: path, to: folder)
            return (folder, nil)
        case .archive(let path):
            try make(folder)
            _ = try ExternalProgram.run(["tar", "-xzf", path, "-C", folder])
            return (folder, nil)
        case .git(let url, let ref):
            _ = try ExternalProgram.run(["git", "clone", "--quiet", url, folder])
            if let checkout = pinned ?? ref { _ = try ExternalProgram.run(["git", "-C", folder, "checkout", "--quiet", checkout]) }
            let commit = try ExternalProgram.run(["git", "-C", folder, "rev-parse", "HEAD"]).trimmingCharacters(in: .whitespacesAndNewlines)
            return (folder, commit)
        }
    }

    /// The folder holding `pack.lua`: the fetched folder, or its only subfolder (archives
    /// usually wrap the pack in one).
    private func packFolder(in fetched: String) throws(RunFailure) -> String {
        if FileManager.default.fileExists(atPath: fetched + "/" + PackManifest.fileName) { return fetched }
        let children = ((try? FileManager.default.contentsOfDirectory(atPath: fetched)) ?? []).filter { !$0.hasPrefix(".") }
        if children.count == 1, FileManager.default.fileExists(atPath: fetched + "/" + children[0] + "/" + PackManifest.fileName) {
            return fetched + "/" + children[0]
        }
        throw RunFailure(.someInputsFailed, "no pack.lua at the top of the source (a pack is a folder with a pack.lua manifest)")
    }

    /// Copies a folder without its hidden files and folders (`.git`, editor files).
    private func copyTree(from source: String, to destination: String) throws(RunFailure) {
        try make(destination)
        for relative in PackHash.files(in: source) {
            let target = destination + "/" + relative
            try make((target as NSString).deletingLastPathComponent)
            do {
                try FileManager.default.copyItem(atPath: source + "/" + relative, toPath: target)
            } catch {
                throw RunFailure(.someInputsFailed, "cannot copy \(relative): \(error.localizedDescription)")
            }
        }
    }

    private func make(_ folder: String) throws(RunFailure) {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw RunFailure(.aborted, "cannot create \(folder): \(error.localizedDescription)")
        }
    }

    private func move(_ from: String, to: String) throws(RunFailure) {
        guard rename(from, to) == 0 else { throw RunFailure(.aborted, "cannot move \(from) to \(to): \(String(cString: strerror(errno)))") }
    }
}
