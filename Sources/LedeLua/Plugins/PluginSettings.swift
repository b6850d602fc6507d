import LedeCore

/// `-M name.key=value` settings, checked against what each plugin declares, merged with the
/// declared defaults into each plugin's `opts` table.
enum PluginSettings {
    static func parse(_ settings: [String], plugins: [PluginInfo]) throws(PluginLoadError) -> [String: JSONValue] {
        var values: [String: JSONObject] = [:]
        for plugin in plugins {
            var defaults = JSONObject()
            for key in plugin.options.keys.sorted() where plugin.options[key]!.defaultValue != .null {
                defaults[key] = plugin.options[key]!.defaultValue
            }
            values[plugin.name] = defaults
        }
        for setting in settings {
            func usage(_ message: String) -> PluginLoadError { PluginLoadError(chunkName: "", message: "-M \(setting): \(message)", kind: .invalid) }
            guard let equals = setting.firstIndex(of: "="), let dot = setting[..<equals].firstIndex(of: ".") else {
                throw usage("expected NAME.KEY=VALUE")
            }
            let name = String(setting[..<dot]), key = String(setting[setting.index(after: dot)..<equals])
            let text = String(setting[setting.index(after: equals)...])
            guard let plugin = plugins.first(where: { $0.name == name }) else {
                throw usage("no plugin named '\(name)' in this run (load it with -p \(name))")
            }
            guard let option = plugin.options[key] else {
                let declared = plugin.options.keys.sorted()
                throw usage("'\(name)' has no option '\(key)'; it declares: \(declared.isEmpty ? "none" : declared.joined(separator: ", "))")
            }
            do {
                values[name]![key] = try option.parse(text)
            } catch {
                throw usage(error.message)
            }
        }
        return values.mapValues { JSONValue.object($0) }
    }
}
