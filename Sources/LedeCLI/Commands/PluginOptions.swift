import ArgumentParser
import LedeLua

/// The plugin options `extract` and `lua` share.
public struct PluginOptions: ParsableArguments {
    @Option(name: [.customShort("p"), .customLong("plugin")], help: ArgumentHelp(
        "A filter or tagger to run, by name or path; repeat for a chain (run in order).", valueName: "name"))
    var plugins: [String] = []

    @Option(name: [.customShort("M"), .customLong("plugin-option")], help: ArgumentHelp(
        "Set a plugin option: NAME.KEY=VALUE (a list takes comma-separated values).", valueName: "name.key=value"))
    var settings: [String] = []

    @Option(name: .customLong("plugin-dir"), help: ArgumentHelp("Also look for plugins in this folder (before $LEDE_PATH and the bundled ones).", valueName: "dir"))
    var pluginDirectories: [String] = []

    @Option(name: .customLong("lua-instructions"), help: ArgumentHelp("Instruction budget per plugin hook call.", valueName: "n"))
    var instructions = LuaLimits.defaultInstructions

    @Option(name: .customLong("lua-memory"), help: ArgumentHelp("Memory budget per Lua state, in MB.", valueName: "mb"))
    var memoryMegabytes = LuaLimits.defaultMemoryMegabytes

    public init() {}

    public func validate() throws {
        guard instructions > 0 else { throw ValidationError("--lua-instructions must be positive") }
        guard memoryMegabytes > 0 else { throw ValidationError("--lua-memory must be positive") }
    }

    var limits: LuaLimits { LuaLimits(instructionsPerCall: instructions, memoryBytes: memoryMegabytes << 20) }

    func apply(to options: inout ExtractRun.Options) {
        options.plugins = plugins
        options.settings = settings
        options.pluginDirectories = pluginDirectories
        options.limits = limits
    }
}
