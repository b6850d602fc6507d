-- The closed set of globals a plugin sees.
local expected = {
  "_G", "_VERSION", "assert", "collectgarbage", "coroutine", "error", "getmetatable", "ipairs", "lede",
  "load", "math", "next", "pairs", "pcall", "print", "rawequal", "rawget", "rawlen", "rawset", "require",
  "select", "setmetatable", "string", "table", "tonumber", "tostring", "type", "utf8", "xpcall",
}
local seen = {}
for name in pairs(_G) do seen[#seen + 1] = name end
table.sort(seen)
assert(table.concat(seen, " ") == table.concat(expected, " "), "globals: " .. table.concat(seen, " "))
assert(string.dump == nil, "string.dump is removed")
assert(getmetatable("") == false, "the string metatable is hidden")
assert(not pcall(collectgarbage, "stop"), "collectgarbage('stop') is refused")
assert(collectgarbage("count") > 0)
local ok, message = pcall(require, "../etc/passwd")
assert(not ok and message:find("is not a module name"), message)
ok, message = pcall(require, "missing_module")
assert(not ok and message:find("no module 'missing_module' beside the plugin"), message)
assert(require("helper_module").answer == 42, "require loads modules beside the file")
assert(require("helper_module") == require("helper_module"), "modules are cached")
assert(select("#", load("\27Lua")) == 2, "bytecode is refused")
local f = load("return 1 + x", "chunk", "b", { x = 2 })
assert(f() == 3, "load takes text even when asked for binary mode, with the given environment")
ok = pcall(function() lede.text.lower = nil end)
assert(not ok, "the lede module is read-only")
ok = pcall(function() string.upper = nil end)
assert(ok and ("x"):upper() == "X", "changing the string table does not change string methods")
