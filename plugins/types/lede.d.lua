---@meta
-- LuaLS definitions for lede plugins: point your editor's Lua language server at this folder
-- (e.g. `"Lua.workspace.library": ["<lede>/plugins/types"]`) for completion and checks.
-- This file is never loaded by lede itself.

---@alias lede.BlockType "paragraph"|"heading"|"quote"|"list"|"figure"|"preformatted"

---@class lede.Block
---@field type lede.BlockType
---@field text string
---@field level? integer        headings: 1-6
---@field items? string[]       lists
---@field caption? string       figures
---@field credit? string        figures
---@field index? integer        in block hooks: the block's 1-based position in article.body

---@class lede.Tag
---@field kind string
---@field value string
---@field block? integer        0-based in JSON
---@field start? integer        0-based Unicode scalar offset in JSON
---@field end? integer          0-based, end-exclusive
---@field attrs table<string, any>
---@field by string             name@version, set by lede

---@class lede.TagSpec
---@field kind string
---@field value string
---@field block? integer        1-based index into article.body
---@field start? integer        1-based byte offset, as string.find returns
---@field stop? integer         1-based inclusive byte offset
---@field attrs? table<string, any>

---@class lede.Image
---@field url? string
---@field caption? string
---@field credit? string

---@class lede.Removal
---@field text string
---@field reason string
---@field by string

---@class lede.Article
---@field schema string
---@field id string
---@field source { path?: string, url?: string, format: "text"|"html" }
---@field outlet? string
---@field headline? string
---@field description? string
---@field authors string[]
---@field datePublished? string
---@field dateModified? string
---@field section? string
---@field language? string
---@field readingTimeMinutes? integer
---@field image? lede.Image
---@field body lede.Block[]
---@field notes string[]
---@field removed lede.Removal[]
---@field tags lede.Tag[]
---@field meta table<string, any>
---@field diagnostics { stage: string, message: string }[]
local Article = {}

--- Adds a stand-off annotation; `by` is set by lede.
---@param spec lede.TagSpec
function Article:tag(spec) end

---@class lede.OptionSpec
---@field type "string"|"number"|"boolean"|"list"
---@field default? any
---@field help? string

--- What a plugin file returns.
---@class lede.Plugin
---@field name string
---@field version string
---@field description? string
---@field options? table<string, lede.OptionSpec>
---@field Paragraph? fun(block: lede.Block, article: lede.Article, opts: table): lede.Block|lede.Block[]|nil
---@field Heading? fun(block: lede.Block, article: lede.Article, opts: table): lede.Block|lede.Block[]|nil
---@field Quote? fun(block: lede.Block, article: lede.Article, opts: table): lede.Block|lede.Block[]|nil
---@field List? fun(block: lede.Block, article: lede.Article, opts: table): lede.Block|lede.Block[]|nil
---@field Figure? fun(block: lede.Block, article: lede.Article, opts: table): lede.Block|lede.Block[]|nil
---@field Preformatted? fun(block: lede.Block, article: lede.Article, opts: table): lede.Block|lede.Block[]|nil
---@field Block? fun(block: lede.Block, article: lede.Article, opts: table): lede.Block|lede.Block[]|nil
---@field Article? fun(article: lede.Article, opts: table): lede.Article|false|nil
---@field Writer? fun(article: lede.Article, opts: table): string
---@field Header? fun(opts: table): string
---@field Footer? fun(opts: table): string

---@class lede
lede = {}

---@type string
lede.version = ""

lede.log = {}
---@param message string
function lede.log.info(message) end
---@param message string
function lede.log.warn(message) end

lede.text = {}
---@param s string
---@return string
function lede.text.lower(s) end
---@param s string
---@return string
function lede.text.upper(s) end
---@param s string
---@return string
function lede.text.trim(s) end
---@param s string
---@param sep string plain text, not a pattern
---@return string[]
function lede.text.split(s, sep) end
---@param s string
---@return string[]
function lede.text.words(s) end
---@param s string
---@return string[]
function lede.text.sentences(s) end

--- ICU regular expressions; offsets are Lua's (1-based, inclusive, bytes).
--- Flags: "i" case-insensitive, "m" multi-line, "s" dot matches newline, "x" extended.
lede.re = {}
---@param s string
---@param re string
---@param init? integer
---@param flags? string
---@return integer? start, integer? stop, string|false ... captures
function lede.re.find(s, re, init, flags) end
---@param s string
---@param re string
---@param init? integer
---@param flags? string
---@return string|false|nil ...
function lede.re.match(s, re, init, flags) end
---@param s string
---@param re string
---@param flags? string
---@return fun(): string|false|nil ...
function lede.re.gmatch(s, re, flags) end
---@param s string
---@param re string
---@param repl string|table|fun(...: string): string?
---@param n? integer
---@param flags? string
---@return string, integer
function lede.re.gsub(s, re, repl, n, flags) end

lede.json = {}
---@param value any
---@param pretty? boolean
---@return string
function lede.json.encode(value, pretty) end
---@param text string
---@return any
function lede.json.decode(text) end

lede.date = {}
--- ISO 8601 text, or nil. `format` is a Unicode TR35 pattern (locale en_US_POSIX).
---@param s string
---@param format? string
---@return string?
function lede.date.parse(s, format) end

---@param text string
---@return lede.Block
function lede.Paragraph(text) end
---@param text string
---@param level? integer
---@return lede.Block
function lede.Heading(text, level) end
---@param text string
---@return lede.Block
function lede.Quote(text) end
---@param items string[]
---@return lede.Block
function lede.List(items) end
---@param caption? string
---@param credit? string
---@return lede.Block
function lede.Figure(caption, credit) end
---@param text string
---@return lede.Block
function lede.Preformatted(text) end
