/// What an outlet rule's `match` and `fixup` functions see of an input.
public struct OutletInput {
    /// The page's address: the input's own (a JSON Lines `url`), else the page's canonical link.
    public var url: String?
    /// The plain text, for text inputs.
    public var text: String?
    /// The parsed page, for HTML inputs; valid only during the call.
    public var document: HTMLDocument?

    public init(url: String?, text: String? = nil, document: HTMLDocument? = nil) {
        self.url = url
        self.text = text
        self.document = document
    }
}

/// Chooses the outlet rule for an input and runs its Lua parts. LedeCore sees outlet rules
/// only through this; the Lua layer implements it over the rules on the plugin search path.
public protocol OutletResolver: AnyObject {
    /// The rule for this input, or nil for generic extraction. Problems met on the way (a
    /// `match` function that failed) are appended to `findings`.
    func rule(for input: OutletInput, findings: inout [Diagnostic]) -> OutletRule?
    /// Runs the rule's `fixup(article, input)`; only called when `rule.hasFixup`.
    func fixup(_ article: Article, rule: OutletRule, input: OutletInput) throws(InputError) -> Article
}

/// How an extraction is asked to run beyond the input itself.
public struct ExtractionContext {
    /// Outlet rules to choose from, or nil for generic extraction only.
    public var outlets: (any OutletResolver)?
    /// Record where each field came from in `Article.provenance`.
    public var explain: Bool
    /// Add each stage's time here (`-v`).
    public var timings: StageTimings?

    public init(outlets: (any OutletResolver)? = nil, explain: Bool = false, timings: StageTimings? = nil) {
        self.outlets = outlets
        self.explain = explain
        self.timings = timings
    }
}

extension ExtractionContext {
    /// Runs one stage, adding its time to `timings` when `-v` asked for them.
    func timed<T, E: Error>(_ stage: String, _ body: () throws(E) -> T) throws(E) -> T {
        guard let timings else { return try body() }
        return try timings.measure(stage, body)
    }

    /// The end every reader shares: provenance kept only when asked for (rule stages credit
    /// fields as they go), the rule's name in `outlet`, and its `fixup`.
    func finish(_ article: Article, rule: OutletRule?, input: OutletInput, tracker: inout ProvenanceTracker?) throws(InputError) -> Article {
        var article = article
        if !explain { article.provenance = JSONObject() }
        guard let rule, let outlets else { return article }
        article.outlet = rule.name
        guard rule.hasFixup else { return article }
        var fixed = try outlets.fixup(article, rule: rule, input: input)
        tracker?.credit(&fixed, to: "rule \(rule.name) fixup")
        return fixed
    }
}
