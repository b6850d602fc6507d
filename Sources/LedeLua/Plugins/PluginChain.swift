import LedeCore

/// Filters and taggers run as an `ArticleProcessor`: one runtime, plugins compiled once.
///
/// After a memory budget failure the runtime may still hold what the plugin kept in its
/// globals, so it is rebuilt before the next article: one article's failure never becomes
/// every later article's failure.
public final class PluginChain: ArticleProcessor {
    private let setup: PluginSetup
    private var runtime: LuaRuntime
    private var chain: [(id: Int, info: PluginInfo)]
    /// With `--explain`: runs the plugins one at a time and says what each changed.
    private let explain: ((String) -> Void)?

    public init(setup: PluginSetup, explain: ((String) -> Void)? = nil) throws(PluginLoadError) {
        self.setup = setup
        self.explain = explain
        (runtime, chain) = try setup.loadFilters()
    }

    public var isEmpty: Bool { chain.isEmpty }

    public func process(_ article: Article) throws(InputError) -> ProcessingOutcome {
        guard !chain.isEmpty else { return .keep(article) }
        do {
            guard let explain else { return try runtime.filter(article, through: chain) }
            var current = article
            for plugin in chain {
                switch try runtime.filter(current, through: [plugin]) {
                case .dropped(let by):
                    explain("explain: \(by) on \(article.id): dropped the article")
                    return .dropped(by: by)
                case .keep(let next):
                    explain(PluginChange.describe(current, next, by: plugin.info.identity))
                    current = next
                }
            }
            return .keep(current)
        } catch {
            if error.code == .budget { resetIfExhausted() }
            throw error
        }
    }

    private func resetIfExhausted() {
        runtime.collectGarbage()
        guard setup.limits.memoryBytes > 0, runtime.memoryInUse * 2 > setup.limits.memoryBytes else { return }
        if let fresh = try? setup.loadFilters() { (runtime, chain) = fresh }
    }
}

/// A plugin's `Writer` (with optional `Header` and `Footer`) as an output format.
public final class LuaWriter: ArticleWriter {
    private let runtime: LuaRuntime
    private let id: Int
    private let info: PluginInfo

    public init(setup: PluginSetup) throws(PluginLoadError) {
        guard let writer = setup.writer else {
            throw PluginLoadError(chunkName: "", message: "no writer plugin given", kind: .invalid)
        }
        runtime = try setup.makeRuntime()
        (id, info) = try setup.load(writer, into: runtime)
    }

    public var name: String { info.name }

    public func header() throws(InputError) -> String {
        info.hooks.contains("Header") ? try runtime.write("Header", pluginID: id, info: info, article: nil) : ""
    }

    public func footer() throws(InputError) -> String {
        info.hooks.contains("Footer") ? try runtime.write("Footer", pluginID: id, info: info, article: nil) : ""
    }

    public func render(_ article: Article) throws(InputError) -> String {
        try runtime.write("Writer", pluginID: id, info: info, article: article)
    }
}
