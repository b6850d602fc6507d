import ArgumentParser
import LedeLua

/// `lede plugins list` and `lede plugins info NAME`.
public struct PluginsCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "plugins",
        abstract: "List the plugins lede can find, or show one plugin's hooks and options.",
        subcommands: [List.self, Info.self]
    )

    public init() {}

    struct Search: ParsableArguments {
        @Option(name: .customLong("plugin-dir"), help: ArgumentHelp("Also look for plugins in this folder.", valueName: "dir"))
        var pluginDirectories: [String] = []

        func catalog() throws -> PluginCatalog {
            let catalog = try PluginCatalog(locator: PluginLocator(pluginDirectories: pluginDirectories))
            for warning in catalog.warnings { Console.error("warning: \(warning)") }
            return catalog
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Every plugin on the search path: name, version, kind, pack, file.")
        @OptionGroup var search: Search

        func run() throws {
            Console.printOutput(try search.catalog().listing())
        }
    }

    struct Info: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "A plugin's description, hooks and options.")
        @Argument(help: "The plugin's name.") var name: String
        @OptionGroup var search: Search

        func run() throws {
            let catalog = try search.catalog()
            guard let info = catalog.named(name) else {
                throw RunFailure(.usage, "no plugin named '\(name)'; see 'lede plugins list'")
            }
            Console.printOutput(catalog.details(of: info))
        }
    }
}
