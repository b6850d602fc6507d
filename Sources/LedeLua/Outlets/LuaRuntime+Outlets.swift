import CLua
import LedeCore

/// The runtime's outlet-rule calls: `match(input)` and `fixup(article, input)`, with the page
/// readable through `doc` for the length of the call only.
extension LuaRuntime {
    func matchOutlet(id: Int, input: OutletInput) throws(LuaError) -> Bool {
        let base = state.top
        defer { state.top = base }
        try withDocument(input.document) { () throws(LuaError) in
            try callRunner("match", results: 2) { push(id: id, input) }
        }
        guard state.string(at: -2) == "ok" else { throw LuaError.runtime(state.string(at: -1) ?? "match failed") }
        return lua_toboolean(state.pointer, -1) != 0
    }

    func fixupOutlet(id: Int, rule: OutletRule, article: Article, input: OutletInput) throws(InputError) -> Article {
        let base = state.top
        defer { state.top = base }
        do {
            try withDocument(input.document) { () throws(LuaError) in
                try callRunner("fixup", results: 3) {
                    let count = push(id: id, input, article: article)
                    state.push(rule.identity)
                    return count + 1
                }
            }
        } catch {
            throw fixupFailure(error.description, rule: rule, article: article.id, budget: budgetWasExceeded || error.isBudget)
        }
        guard state.string(at: -3) == "ok" else {
            throw fixupFailure(state.string(at: -2) ?? "fixup failed", rule: rule, article: article.id, budget: budgetWasExceeded)
        }
        do {
            return try Article(json: state.json(at: -2))
        } catch {
            throw fixupFailure("fixup returned an invalid article: \(error)", rule: rule, article: article.id, budget: false)
        }
    }

    /// Pushes the id, [the article,] url, text and whether there is a page; returns the count.
    private func push(id: Int, _ input: OutletInput, article: Article? = nil) -> Int32 {
        lua_pushinteger(state.pointer, lua_Integer(id))
        if let article { state.push(article.json) }
        if let url = input.url { state.push(url) } else { lua_pushnil(state.pointer) }
        if let text = input.text { state.push(text) } else { lua_pushnil(state.pointer) }
        lua_pushboolean(state.pointer, input.document == nil ? 0 : 1)
        return article == nil ? 4 : 5
    }

    private func withDocument(_ document: HTMLDocument?, _ body: () throws(LuaError) -> Void) throws(LuaError) {
        openDocument = document.map(OpenDocument.init)
        defer { openDocument = nil }
        try body()
    }

    private func fixupFailure(_ message: String, rule: OutletRule, article: String, budget: Bool) -> InputError {
        let located = message.hasPrefix(rule.chunkName + ":") ? message : "\(rule.chunkName): \(message)"
        return InputError(budget ? .budget : .plugin, "\(located) [article \(article), fixup]")
    }
}
