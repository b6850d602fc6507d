import LedeCore

/// What one plugin did to an article, in a line for `--explain`: blocks replaced, deleted or
/// added, tags added, fields changed.
enum PluginChange {
    static func describe(_ before: Article, _ after: Article, by plugin: String) -> String {
        var changes: [String] = []
        let common = min(before.body.count, after.body.count)
        let replaced = (0..<common).filter { before.body[$0] != after.body[$0] }.count
        if replaced > 0 { changes.append(count(replaced, "block") + " replaced") }
        if after.body.count < before.body.count { changes.append(count(before.body.count - after.body.count, "block") + " deleted") }
        if after.body.count > before.body.count { changes.append(count(after.body.count - before.body.count, "block") + " added") }
        if after.tags.count > before.tags.count { changes.append(count(after.tags.count - before.tags.count, "tag") + " added") }
        if after.removed.count > before.removed.count { changes.append(count(after.removed.count - before.removed.count, "removal") + " recorded") }
        let fields = ["headline", "description", "authors", "datePublished", "dateModified", "section", "language", "image", "notes", "meta"]
        let old = before.json.objectValue ?? JSONObject(), new = after.json.objectValue ?? JSONObject()
        let changed = fields.filter { old[$0] != new[$0] }
        if !changed.isEmpty { changes.append("changed " + changed.joined(separator: ", ")) }
        return "explain: \(plugin) on \(before.id): " + (changes.isEmpty ? "no change" : changes.joined(separator: "; "))
    }

    private static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
