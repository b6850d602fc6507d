/// The Lua side of the runtime, run once per state with the full base library before any
/// plugin. It receives the host functions and returns the runner the host calls: loading a
/// plugin into its own sandboxed environment, running its hooks over an article, writing.
///
/// Running the hook loop in Lua keeps a 30-paragraph article at one host call per plugin.
enum Prelude {
    static let chunkName = "=lede"

    static let source = #"""
local host = ...
local type, pairs, ipairs, next, error, pcall, tostring, select = type, pairs, ipairs, next, error, pcall, tostring, select
local setmetatable, getmetatable, rawget, load, collectgarbage, tonumber = setmetatable, getmetatable, rawget, load, collectgarbage, tonumber
local tointeger, utf8len, format = math.tointeger, utf8.len, string.format
local budget_reset = host.budget_reset

-- Strings share one metatable: hide it so no plugin can change string methods for others.
getmetatable("").__metatable = false

local function readonly(t, name)
  for k, v in pairs(t) do
    if type(v) == "table" then t[k] = readonly(v, name .. "." .. k) end
  end
  return setmetatable({}, {
    __index = t,
    __newindex = function() error(name .. " is read-only", 2) end,
    __pairs = function() return next, t, nil end,
    __metatable = false,
  })
end

-- lede.re: find is the host's (ICU); the rest is built on it, so callbacks stay in Lua.
local re_find = host.re_find
local function re_match(s, pattern, init, flags)
  local found = table.pack(re_find(s, pattern, init, flags))
  if not found[1] then return nil end
  if found.n > 2 then return table.unpack(found, 3, found.n) end
  return s:sub(found[1], found[2])
end
local function next_position(s, stop)
  -- after an empty match, step over one whole UTF-8 character
  local byte = s:byte(stop + 1)
  if not byte then return stop + 2 end
  local width = byte >= 0xF0 and 4 or byte >= 0xE0 and 3 or byte >= 0xC0 and 2 or 1
  return stop + 1 + width
end
local function re_gmatch(s, pattern, flags)
  local position = 1
  return function()
    if position > #s + 1 then return nil end
    local found = table.pack(re_find(s, pattern, position, flags))
    if not found[1] then position = #s + 2; return nil end
    position = found[2] >= found[1] and found[2] + 1 or next_position(s, found[2])
    if found.n > 2 then return table.unpack(found, 3, found.n) end
    return s:sub(found[1], found[2])
  end
end
local function re_gsub(s, pattern, repl, limit, flags)
  local out, position, count = {}, 1, 0
  limit = limit or math.huge
  while count < limit and position <= #s + 1 do
    local found = table.pack(re_find(s, pattern, position, flags))
    if not found[1] then break end
    local whole = s:sub(found[1], found[2])
    local first = found.n > 2 and found[3] or whole
    local replacement
    if type(repl) == "string" then
      replacement = repl:gsub("%$(%d)", function(d)
        d = tonumber(d)
        if d == 0 then return whole end
        return found[d + 2] or ""
      end)
    elseif type(repl) == "table" then
      replacement = repl[first]
    elseif type(repl) == "function" then
      if found.n > 2 then replacement = repl(table.unpack(found, 3, found.n)) else replacement = repl(whole) end
    else
      error("lede.re.gsub: replacement must be a string, table or function", 2)
    end
    if replacement == nil or replacement == false then replacement = whole end
    out[#out + 1] = s:sub(position, found[1] - 1)
    out[#out + 1] = tostring(replacement)
    count = count + 1
    if found[2] >= found[1] then
      position = found[2] + 1
    else
      local after = next_position(s, found[2])
      out[#out + 1] = s:sub(found[1], after - 1)
      position = after
    end
  end
  out[#out + 1] = s:sub(position)
  return table.concat(out), count
end

local function block(kind) return function(text) return { type = kind, text = text } end end
local lede = readonly({
  version = host.version,
  log = { info = host.log_info, warn = host.log_warn },
  text = {
    lower = host.text_lower, upper = host.text_upper, trim = host.text_trim,
    split = host.text_split, words = host.text_words, sentences = host.text_sentences,
  },
  re = { find = re_find, match = re_match, gmatch = re_gmatch, gsub = re_gsub },
  json = { encode = host.json_encode, decode = host.json_decode },
  date = { parse = host.date_parse },
  Paragraph = block("paragraph"),
  Quote = block("quote"),
  Preformatted = block("preformatted"),
  Heading = function(text, level) return { type = "heading", text = text, level = level or 2 } end,
  List = function(items) return { type = "list", items = items, text = table.concat(items, "\n") } end,
  Figure = function(caption, credit) return { type = "figure", text = caption or "", caption = caption, credit = credit } end,
}, "lede")

-- Tags, with offsets converted from Lua's bytes to JSON's Unicode scalars.
local current_by, pending = "?", {}
-- utf8.len(text, 1, s - 1, true), counted on from the last position asked for in the same
-- text when it can be: a tagger going through a block in order does not re-read the block
-- from its start for every tag.
local last_text, last_byte, last_count = nil, 1, 0
local function scalars_before(text, s)
  if text == last_text and s >= last_byte then
    local n = utf8len(text, last_byte, s - 1, true)
    if n then
      last_byte, last_count = s, last_count + n
      return last_count
    end
  end
  local n = utf8len(text, 1, s - 1, true)
  if n then last_text, last_byte, last_count = text, s, n end
  return n
end
local Article = {}
Article.__index = Article
function Article.tag(article, spec)
  if type(spec) ~= "table" then error("article:tag expects a table", 2) end
  local kind, value = spec.kind, spec.value
  if type(kind) ~= "string" or kind == "" then error("article:tag: kind must be a non-empty string", 2) end
  if type(value) == "number" then value = tostring(value) end
  if type(value) ~= "string" then error("article:tag: value must be a string", 2) end
  if spec.attrs ~= nil and type(spec.attrs) ~= "table" then error("article:tag: attrs must be a table", 2) end
  local tag = { kind = kind, value = value, attrs = spec.attrs or {}, by = current_by }
  if spec.block ~= nil then
    local index = tointeger(spec.block)
    local body = article.body or {}
    local target = index and body[index]
    if not target then
      error(format("article:tag: block %s is not in article.body (1..%d)", tostring(spec.block), #body), 2)
    end
    tag.block = index - 1
    if spec.start ~= nil or spec.stop ~= nil then
      local text = target.text or ""
      local s, e = tointeger(spec.start), tointeger(spec.stop)
      if not s or not e or s < 1 or e < s - 1 or e > #text then
        error(format("article:tag: start/stop (%s, %s) must be positions in block %d's text (1..%d)",
          tostring(spec.start), tostring(spec.stop), index, #text), 2)
      end
      tag.start = scalars_before(text, s)
      tag["end"] = scalars_before(text, e + 1)
    end
    pending[#pending + 1] = tag
  end
  local tags = rawget(article, "tags")
  if type(tags) ~= "table" then tags = {}; article.tags = tags end
  tags[#tags + 1] = tag
end

-- Sandboxed environments: one per plugin, with copies of the safe libraries.
local function copy(t) local c = {} for k, v in pairs(t) do c[k] = v end return c end
local safe_base = { "assert", "error", "ipairs", "next", "pairs", "pcall", "rawequal", "rawget", "rawlen",
  "rawset", "select", "tonumber", "tostring", "type", "xpcall", "getmetatable", "_VERSION" }
local function safe_setmetatable(t, mt)
  if type(mt) == "table" and rawget(mt, "__gc") ~= nil then
    error("__gc metamethods are not allowed in plugins", 2)
  end
  return setmetatable(t, mt)
end
local function safe_collectgarbage(option)
  if option == nil or option == "collect" or option == "count" or option == "step" then return collectgarbage(option) end
  error("collectgarbage('" .. tostring(option) .. "') is not allowed in plugins", 2)
end

local function make_env(directory, chunk_directory, print_function)
  local env = {}
  for _, name in ipairs(safe_base) do env[name] = _G[name] end
  env.string = copy(string); env.string.dump = nil
  env.table, env.math, env.utf8, env.coroutine = copy(table), copy(math), copy(utf8), copy(coroutine)
  env.lede = lede
  env.print = print_function
  env.setmetatable = safe_setmetatable
  env.collectgarbage = safe_collectgarbage
  env.load = function(chunk, name, _, chunk_env)
    if type(chunk) ~= "string" and type(chunk) ~= "function" then error("load expects a string or a function", 2) end
    return load(chunk, name, "t", chunk_env or env)
  end
  local modules = {}
  env.require = function(name)
    if type(name) ~= "string" or not name:match("^[%w_%-][%w_%.%-]*$") or name:find("..", 1, true) or name:sub(-1) == "." then
      error("require: '" .. tostring(name) .. "' is not a module name", 2)
    end
    if modules[name] ~= nil then return modules[name] end
    local relative = name:gsub("%.", "/") .. ".lua"
    local source, problem = host.read_module(directory .. "/" .. relative)
    if not source then error("require: no module '" .. name .. "' beside the plugin (" .. problem .. ")", 2) end
    local chunk, syntax = load(source, "@" .. chunk_directory .. relative, "t", env)
    if not chunk then error(syntax, 0) end
    local result = chunk(name)
    if result == nil then result = true end
    modules[name] = result
    return result
  end
  env._G = env
  return env
end

local runner, plugins, options = {}, {}, {}

-- A JSON picture of an outlet table for the host to check: functions and other values JSON
-- cannot hold become { ["$type"] = "function" }, so the host can name what it found.
local function picture(value, depth)
  local kind = type(value)
  if kind == "string" or kind == "number" or kind == "boolean" then return value end
  if kind ~= "table" or depth > 8 then return { ["$type"] = kind } end
  local out = {}
  for k, v in pairs(value) do
    if type(k) == "number" or type(k) == "string" then out[k] = picture(v, depth + 1) end
  end
  return out
end

-- Read-only views of the page being matched or fixed up: doc:select(sel) and nodes with
-- tag, :text(), :attr(name), :html(), :select(sel). Handles are the host's, valid during the call.
local doc_select, node_text, node_attr, node_html = host.doc_select, host.node_text, host.node_attr, host.node_html
local handle_of = setmetatable({}, { __mode = "k" })
local Node = { __metatable = false }
Node.__index = Node
local function nodes(list)
  local out = {}
  for i = 1, #list, 2 do
    local node = setmetatable({ tag = list[i + 1] }, Node)
    handle_of[node] = list[i]
    out[#out + 1] = node
  end
  return out
end
local function handle(node, method)
  local h = type(node) == "table" and handle_of[node]
  if not h then error("node:" .. method .. ": call it with ':' on a node", 3) end
  return h
end
function Node.text(node) return node_text(handle(node, "text")) end
function Node.attr(node, name) return node_attr(handle(node, "attr"), name) end
function Node.html(node) return node_html(handle(node, "html")) end
function Node.select(node, selector) return nodes(doc_select(handle(node, "select"), selector)) end
local document = setmetatable({}, {
  __index = { select = function(_, selector) return nodes(doc_select(0, selector)) end },
  __newindex = function() error("doc is read-only", 2) end,
  __metatable = false,
})
local function input_table(url, text, has_doc)
  return { url = url, text = text, doc = has_doc and document or nil }
end
local block_hooks = { "Paragraph", "Heading", "Quote", "List", "Figure", "Preformatted", "Block" }
local hook_of_type = { paragraph = "Paragraph", heading = "Heading", quote = "Quote", list = "List",
  figure = "Figure", preformatted = "Preformatted" }

-- Compiles and runs a plugin file; returns its id and a description of it, or nil and the error.
function runner.load(source, chunk_name, directory, chunk_directory, for_script)
  local env = make_env(directory, chunk_directory, for_script and host.print_stdout or host.print)
  local chunk, syntax = load(source, "@" .. chunk_name, "t", env)
  if not chunk then return nil, syntax, "syntax" end
  if for_script then return chunk end
  budget_reset()
  local ok, plugin = pcall(chunk)
  if not ok then return nil, tostring(plugin), "runtime" end
  if type(plugin) ~= "table" then return nil, chunk_name .. ": returns a " .. type(plugin) .. ", not a plugin table", "shape" end
  local hooks = {}
  for _, name in ipairs(block_hooks) do if type(plugin[name]) == "function" then hooks[#hooks + 1] = name end end
  for _, name in ipairs({ "Article", "Writer", "Header", "Footer" }) do
    if type(plugin[name]) == "function" then hooks[#hooks + 1] = name end
  end
  local declared = {}
  if type(plugin.options) == "table" then
    for key, spec in pairs(plugin.options) do
      if type(spec) == "table" then
        declared[tostring(key)] = { type = spec.type, help = spec.help, default = spec.default }
      else
        declared[tostring(key)] = { type = "invalid" }
      end
    end
  end
  plugins[#plugins + 1] = plugin
  local name, version, description = plugin.name, plugin.version, plugin.description
  return #plugins, {
    name = type(name) == "string" and name or nil, version = type(version) == "string" and version or nil,
    description = type(description) == "string" and description or nil,
    nameType = type(name), versionType = type(version),
    hooks = hooks, options = declared,
    outlet = plugin.outlet ~= nil and picture(plugin.outlet, 0) or nil,
  }
end

function runner.configure(id, opts) options[id] = opts end

-- Runs a pack manifest (pack.lua) in the sandbox; returns its JSON picture, or nil and the error.
function runner.manifest(source, chunk_name, directory, chunk_directory)
  local env = make_env(directory, chunk_directory, host.print)
  local chunk, syntax = load(source, "@" .. chunk_name, "t", env)
  if not chunk then return nil, syntax end
  budget_reset()
  local ok, value = pcall(chunk)
  if not ok then return nil, tostring(value) end
  if type(value) ~= "table" then return nil, chunk_name .. ": returns a " .. type(value) .. ", not a manifest table" end
  return picture(value, 0)
end

local function describe(b, i) return (hook_of_type[b.type] or "Block") .. " #" .. i end
local function is_block(v) return type(v) == "table" and type(v.type) == "string" end
local function message_of(e) return type(e) == "string" and e or tostring(e) end

local function run_block_hooks(plugin, article, opts, by)
  local body = article.body
  if type(body) ~= "table" then return true end
  local out, moved = {}, {}
  for i = 1, #body do
    local b = body[i]
    local hook = type(b) == "table" and (plugin[hook_of_type[b.type] or ""] or plugin.Block)
    if not hook then
      moved[i] = #out + 1
      out[#out + 1] = b
    else
      b.index = i
      budget_reset()
      local ok, result = pcall(hook, b, article, opts)
      b.index = nil
      if not ok then return false, message_of(result), describe(b, i) end
      if result == nil then
        moved[i] = #out + 1
        out[#out + 1] = b
      elseif is_block(result) then
        result.index = nil
        moved[i] = #out + 1
        out[#out + 1] = result
      elseif type(result) == "table" and next(result) == nil then
        local removed = article.removed or {}
        removed[#removed + 1] = { text = b.text or "", reason = "deleted by filter", by = by }
        article.removed = removed
      elseif type(result) == "table" then
        moved[i] = #out + 1
        for j = 1, #result do
          if not is_block(result[j]) then
            return false, format("%s returned a list whose item %d is not a block", hook_of_type[b.type] or "Block", j), describe(b, i)
          end
          result[j].index = nil
          out[#out + 1] = result[j]
        end
      else
        return false, format("%s returned a %s; return nothing, a block, a list of blocks, or {} to delete",
          hook_of_type[b.type] or "Block", type(result)), describe(b, i)
      end
    end
  end
  article.body = out
  for _, tag in ipairs(pending) do
    local target = moved[tag.block + 1]
    if target then tag.block = target - 1 else tag.block, tag.start, tag["end"] = nil, nil, nil end
  end
  return true
end

-- Runs one plugin's hooks over an article. Returns "ok", article | "dropped" | "error", message, element.
function runner.filter(id, article, by)
  local plugin, opts = plugins[id], options[id] or {}
  current_by, pending = by, {}
  setmetatable(article, Article)
  local ok, problem, element = run_block_hooks(plugin, article, opts, by)
  pending = {}
  if not ok then return "error", problem, element end
  if plugin.Article then
    budget_reset()
    local done, result = pcall(plugin.Article, article, opts)
    if not done then return "error", message_of(result), "Article" end
    if result == false then return "dropped" end
    if result ~= nil then
      if type(result) ~= "table" then
        return "error", "Article returned a " .. type(result) .. "; return nothing, an article, or false", "Article"
      end
      article = setmetatable(result, Article)
    end
  end
  return "ok", article
end

-- An outlet rule's match(input): "ok", true/false | "error", message.
function runner.match(id, url, text, has_doc)
  local outlet = plugins[id].outlet
  budget_reset()
  local ok, result = pcall(outlet.match, input_table(url, text, has_doc))
  if not ok then return "error", message_of(result) end
  return "ok", result and true or false
end

-- An outlet rule's fixup(article, input): "ok", article | "error", message, "fixup".
function runner.fixup(id, article, url, text, has_doc, by)
  local outlet = plugins[id].outlet
  current_by, pending = by, {}
  setmetatable(article, Article)
  budget_reset()
  local ok, result = pcall(outlet.fixup, article, input_table(url, text, has_doc))
  if not ok then return "error", message_of(result), "fixup" end
  if result == nil then return "ok", article end
  if type(result) ~= "table" then return "error", "fixup returned a " .. type(result) .. "; return nothing or an article", "fixup" end
  return "ok", result
end

-- Calls a writer hook: Writer(article, opts), Header(opts) or Footer(opts).
function runner.write(id, hook, article, by)
  local plugin, opts = plugins[id], options[id] or {}
  current_by = by
  budget_reset()
  local ok, result
  if article then
    ok, result = pcall(plugin[hook], setmetatable(article, Article), opts)
  else
    ok, result = pcall(plugin[hook], opts)
  end
  if not ok then return "error", message_of(result), hook end
  if result == nil and hook ~= "Writer" then return "ok", "" end
  if type(result) ~= "string" then return "error", hook .. " returned a " .. type(result) .. ", expected a string", hook end
  return "ok", result
end

return runner
"""#
}
