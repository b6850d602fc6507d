import Foundation
import LedeCore

/// The outlet rules a run can use: every rule on the plugin search path, loaded and checked
/// once into their own Lua runtime. Implements LedeCore's `OutletResolver`: `--outlet NAME`
/// forces one; else the page's host picks by `domains`; else the first `match` that says yes.
public final class OutletRules: OutletResolver {
    public struct Loaded {
        public var id: Int
        public var rule: OutletRule
        public var info: PluginInfo
    }

    private let runtime: LuaRuntime
    public private(set) var rules: [Loaded] = []
    /// Rules that could not be used, each with its file and line; extraction goes on without them.
    public private(set) var warnings: [String] = []
    private var forced: Loaded?

    /// Loads the rules on the search path. With `forcing`, that rule (a name, or a rule file's
    /// path) is used for every input, and any problem with it is thrown instead of warned about.
    public init(locator: PluginLocator, limits: LuaLimits = LuaLimits(), forcing: String? = nil) throws(PluginLoadError) {
        do {
            runtime = try LuaRuntime(limits: limits)
        } catch {
            throw PluginLoadError(chunkName: "", message: error.description, kind: .runtime)
        }
        var failures: [String: String] = [:]  // by path and by rule name
        var names = Set<String>()
        var candidates = locator.allCandidates()
        if let forcing, FileManager.default.fileExists(atPath: forcing) {
            candidates.insert(PluginLocator.Candidate(path: forcing, chunkName: PluginLocator.chunkName(for: forcing)), at: 0)
        }
        for candidate in candidates {
            // Only files that mention `outlet` can be rules; the others (data, modules, taggers) stay unloaded.
            guard let source = try? LuaRuntime.readSource(candidate.path, chunkName: candidate.chunkName),
                source.utf8.containsASCII(caseInsensitive: "outlet")
            else { continue }
            do {
                guard let loaded = try load(candidate, source: source), names.insert(loaded.rule.name).inserted else { continue }
                rules.append(loaded)
                if candidate.path == forcing { forced = loaded }
            } catch {
                failures[candidate.path] = error.failure.description
                if let name = error.name { failures[name] = error.failure.description }
                warnings.append("\(error.failure.description); rule skipped")
            }
        }
        guard let forcing, forced == nil else { return }
        if let failure = failures[forcing] { throw PluginLoadError(chunkName: "", message: failure, kind: .invalid) }
        guard let named = rules.first(where: { $0.rule.name == forcing }) else {
            let known = rules.map(\.rule.name).joined(separator: ", ")
            throw PluginLoadError(chunkName: "", message: "no outlet rule named '\(forcing)' (known: \(known.isEmpty ? "none" : known))", kind: .notFound)
        }
        forced = named
    }

    private struct LoadFailure: Error {
        var failure: PluginLoadError
        var name: String?
    }

    private func load(_ candidate: PluginLocator.Candidate, source: String) throws(LoadFailure) -> Loaded? {
        let id: Int, info: PluginInfo
        do {
            (id, info) = try runtime.loadPlugin(at: candidate.path, chunkName: candidate.chunkName)
        } catch where error.isNotAPlugin {
            return nil  // a module or data file beside a rule, not a plugin
        } catch {
            throw LoadFailure(failure: error, name: nil)
        }
        guard let description = info.outlet else { return nil }
        do {
            let rule = try OutletRuleCompiler(info: info, source: RuleSource(source)).compile(description)
            return Loaded(id: id, rule: rule, info: info)
        } catch {
            throw LoadFailure(failure: PluginLoadError(chunkName: info.chunkName, message: error.description, kind: .invalid), name: info.name)
        }
    }

    public var isEmpty: Bool { rules.isEmpty }

    public func rule(for input: OutletInput, findings: inout [Diagnostic]) -> OutletRule? {
        if let forced { return forced.rule }
        if let host = input.url.flatMap(OutletRule.host(of:)), let byHost = rules.first(where: { $0.rule.matches(host: host) }) {
            return byHost.rule
        }
        for loaded in rules where loaded.rule.hasMatch {
            do {
                if try runtime.matchOutlet(id: loaded.id, input: input) { return loaded.rule }
            } catch {
                let message = error.description.hasPrefix(loaded.rule.chunkName) ? error.description : "\(loaded.rule.chunkName): \(error.description)"
                findings.append(Diagnostic(stage: "outlet", message: "rule \(loaded.rule.name): match failed: \(message)"))
            }
        }
        return nil
    }

    public func fixup(_ article: Article, rule: OutletRule, input: OutletInput) throws(InputError) -> Article {
        guard let loaded = rules.first(where: { $0.rule.name == rule.name }) else { return article }
        return try runtime.fixupOutlet(id: loaded.id, rule: rule, article: article, input: input)
    }
}
