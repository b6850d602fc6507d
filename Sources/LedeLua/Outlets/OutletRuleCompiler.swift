import LedeCore

/// Turns the `outlet` table of a loaded rule into an `OutletRule`, checking every key, selector,
/// pattern and date format, so a typo is an error naming the rule's file and line at load
/// time instead of a field that silently never matches.
struct OutletRuleCompiler {
    let info: PluginInfo
    let source: RuleSource

    static let outletKeys = ["domains", "match", "html", "text", "fixup"]
    static let htmlKeys = ["headline", "body", "strip", "authors", "date", "description", "caption"]
    static let dateKeys = ["selector", "attr", "format"]
    static let textKeys = ["artefacts", "trailers", "dateline", "readtime", "caption_credit"]
    static let datelineKeys = ["pattern", "format"]

    /// `description` is the prelude's JSON picture of the table: functions as `{"$type": "function"}`.
    func compile(_ description: JSONValue) throws(OutletRuleError) -> OutletRule {
        let outlet = try table(description, "outlet", keys: Self.outletKeys)
        var rule = OutletRule(name: info.name, version: info.version, chunkName: info.chunkName)
        rule.domains = try strings(outlet["domains"], "outlet.domains").map { $0.lowercased() }
        for domain in rule.domains where domain.isEmpty || domain.contains("/") || domain.contains(" ") {
            throw error("outlet.domains", "'\(domain)' is not a host name (write newarab.com, not a URL)", near: domain)
        }
        rule.hasMatch = try function(outlet["match"], "outlet.match")
        rule.hasFixup = try function(outlet["fixup"], "outlet.fixup")
        if let html = outlet["html"] { rule.html = try compileHTML(html) }
        if let text = outlet["text"] { rule.text = try compileText(text) }
        return rule
    }

    private func compileHTML(_ value: JSONValue) throws(OutletRuleError) -> HTMLOutletRule {
        let html = try table(value, "outlet.html", keys: Self.htmlKeys)
        var rule = HTMLOutletRule()
        rule.headline = try selector(html["headline"], "outlet.html.headline")
        rule.body = try selector(html["body"], "outlet.html.body")
        rule.authors = try selector(html["authors"], "outlet.html.authors")
        rule.description = try selector(html["description"], "outlet.html.description")
        rule.caption = try selector(html["caption"], "outlet.html.caption")
        rule.strip = []
        for text in try strings(html["strip"], "outlet.html.strip") {
            if let compiled = try selector(.string(text), "outlet.html.strip") { rule.strip.append(compiled) }
        }
        switch html["date"] {
        case nil: break
        case .string(let text)?:
            rule.date = try selector(.string(text), "outlet.html.date").map { DateSelector(selector: $0) }
        case let spec?:
            let date = try table(spec, "outlet.html.date", keys: Self.dateKeys)
            guard let found = try selector(date["selector"], "outlet.html.date.selector") else {
                throw error("outlet.html.date", "needs a selector (date = { selector = \"time\", attr = \"datetime\" })", near: "date")
            }
            let attribute = try string(date["attr"], "outlet.html.date.attr")
            rule.date = DateSelector(selector: found, attribute: attribute, format: try format(date["format"], "outlet.html.date.format"))
        }
        return rule
    }

    private func compileText(_ value: JSONValue) throws(OutletRuleError) -> TextOutletRule {
        let text = try table(value, "outlet.text", keys: Self.textKeys)
        var rule = TextOutletRule()
        rule.artefacts = try patterns(text["artefacts"], "outlet.text.artefacts")
        rule.trailers = try patterns(text["trailers"], "outlet.text.trailers")
        rule.readtime = try pattern(text["readtime"], "outlet.text.readtime")
        rule.captionCredit = try pattern(text["caption_credit"], "outlet.text.caption_credit")
        if let dateline = text["dateline"] {
            let fields = try table(dateline, "outlet.text.dateline", keys: Self.datelineKeys)
            guard let found = try pattern(fields["pattern"], "outlet.text.dateline.pattern"),
                let parser = try format(fields["format"], "outlet.text.dateline.format")
            else {
                throw error("outlet.text.dateline", "needs both pattern and format", near: "dateline")
            }
            rule.dateline = (found, parser)
        }
        return rule
    }

    // MARK: Values

    private func table(_ value: JSONValue, _ path: String, keys: [String]) throws(OutletRuleError) -> JSONObject {
        guard case .object(let object) = value, object["$type"] == nil else {
            if case .array(let items) = value, items.isEmpty { return JSONObject() }
            throw error(path, "must be a table, not \(Self.kind(of: value))", near: Self.lastKey(path))
        }
        for key in object.keys where !keys.contains(key) {
            let hint = Self.closest(to: key, in: keys).map { "; did you mean '\($0)'?" } ?? " (known: \(keys.joined(separator: ", ")))"
            throw error("\(path).\(key)", "unknown key\(hint)", near: key)
        }
        return object
    }

    private func string(_ value: JSONValue?, _ path: String) throws(OutletRuleError) -> String? {
        guard let value else { return nil }
        guard case .string(let text) = value else { throw error(path, "must be a string, not \(Self.kind(of: value))", near: Self.lastKey(path)) }
        return text
    }

    /// One string or a list of strings.
    private func strings(_ value: JSONValue?, _ path: String) throws(OutletRuleError) -> [String] {
        switch value {
        case nil: return []
        case .string(let text)?: return [text]
        case .array(let items)?:
            var result: [String] = []
            for (index, item) in items.enumerated() {
                guard case .string(let text) = item else {
                    throw error("\(path)[\(index + 1)]", "must be a string, not \(Self.kind(of: item))", near: Self.lastKey(path))
                }
                result.append(text)
            }
            return result
        case let other?:
            throw error(path, "must be a string or a list of strings, not \(Self.kind(of: other))", near: Self.lastKey(path))
        }
    }

    private func function(_ value: JSONValue?, _ path: String) throws(OutletRuleError) -> Bool {
        guard let value else { return false }
        guard value.objectValue?["$type"]?.stringValue == "function" else {
            throw error(path, "must be a function, not \(Self.kind(of: value))", near: Self.lastKey(path))
        }
        return true
    }

    private func selector(_ value: JSONValue?, _ path: String) throws(OutletRuleError) -> Selector? {
        guard let text = try string(value, path) else { return nil }
        do {
            return try Selector(text)
        } catch {
            throw self.error(path, "bad selector \"\(text)\": \(error)", near: text)
        }
    }

    private func pattern(_ value: JSONValue?, _ path: String) throws(OutletRuleError) -> Pattern? {
        guard let text = try string(value, path) else { return nil }
        do {
            return try Pattern(validating: text)
        } catch {
            throw self.error(path, "bad regular expression \"\(text)\"", near: text)
        }
    }

    private func patterns(_ value: JSONValue?, _ path: String) throws(OutletRuleError) -> [Pattern] {
        var result: [Pattern] = []
        for text in try strings(value, path) {
            if let compiled = try pattern(.string(text), path) { result.append(compiled) }
        }
        return result
    }

    private func format(_ value: JSONValue?, _ path: String) throws(OutletRuleError) -> DatePattern? {
        guard let text = try string(value, path) else { return nil }
        if let problem = Self.formatProblem(text) {
            throw error(path, "bad date format \"\(text)\": \(problem) (a Unicode TR35 pattern such as dd MMMM, yyyy)", near: text)
        }
        return DatePattern(text)
    }

    /// TR35's pattern letters; any other unquoted ASCII letter is reserved.
    private static let patternLetters = Set("GyYuUrQqMLlwWdDFgEecabBhHKkjJCmsSAzZOvVXx")

    /// Why a date pattern cannot give a calendar date, or nil when it can.
    static func formatProblem(_ pattern: String) -> String? {
        var letters = Set<Character>()
        var quoted = false
        for character in pattern {
            if character == "'" {
                quoted.toggle()
            } else if !quoted, character.isASCII, character.isLetter {
                guard patternLetters.contains(character) else { return "'\(character)' is not a pattern letter (quote literal text: 'at')" }
                letters.insert(character)
            }
        }
        if quoted { return "a quote is not closed" }
        if letters.isDisjoint(with: ["y", "Y", "u", "U", "r"]) { return "it has no year (y)" }
        if letters.isDisjoint(with: ["M", "L"]) { return "it has no month (M)" }
        if letters.isDisjoint(with: ["d", "D"]) { return "it has no day (d)" }
        return nil
    }

    // MARK: Errors

    private func error(_ path: String, _ message: String, near needle: String) -> OutletRuleError {
        let key = Self.lastKey(path).split(separator: "[").first.map(String.init) ?? ""
        return OutletRuleError(chunkName: info.chunkName, line: source.line(of: needle, key), message: "\(path): \(message)")
    }

    private static func lastKey(_ path: String) -> String {
        String(path.split(separator: ".").last ?? Substring(path))
    }

    private static func kind(of value: JSONValue) -> String {
        switch value {
        case .string: "a string"
        case .int, .double: "a number"
        case .bool: "a boolean"
        case .null: "nil"
        case .array: "a list"
        case .object(let object): object["$type"]?.stringValue.map { "a \($0)" } ?? "a table"
        }
    }

    /// The known key a typo most likely meant: at most two edits away.
    static func closest(to key: String, in keys: [String]) -> String? {
        keys.map { ($0, editDistance(key, $0)) }.filter { $0.1 <= 2 }.min { $0.1 < $1.1 }?.0
    }

    private static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let saved = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = saved
            }
        }
        return a.isEmpty ? b.count : row[b.count]
    }
}

/// An outlet rule that cannot be used, with the file and line to fix.
public struct OutletRuleError: Error, Sendable, CustomStringConvertible {
    public let chunkName: String
    public let line: Int
    public let message: String

    public var description: String { "\(chunkName):\(line): \(message)" }
}
