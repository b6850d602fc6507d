-- The lookup tables of the places tagger, read from places_data.lua as they are needed.
--
-- scripts/build-places-data resolves the names (clashes between places, stop phrases, the
-- stoplist) and writes the finished tables, grouped by the first word of the names (a
-- "family"), as long strings. Compiling a few strings costs far less than compiling or
-- building thousands of table entries, and a run only needs the families of the words its
-- articles hold: `first` reads a family the first time its word is looked up. The check step
-- of the script compares the tables read here with what places.lua used to build at load time
-- (scripts/places-tables.lua).

local data = require("places_data")

local find, sub, byte, match, gmatch = string.find, string.sub, string.byte, string.match,
  string.gmatch

local keys = {}       -- normalised name -> place id, or 0 for a phrase that is never tagged
local regionAlt = {}  -- normalised name -> id of a region of that name, when keys holds a
                      -- city or country ("Washington" -> Washington state)
local prefixes = {}   -- the first k words of a name of more than k words (normalised)

-- Reads the family of word w into keys, regionAlt and prefixes; returns the most words in a
-- name starting with w, or false when none does. A family is a line of data.families[bucket]:
-- w, that count, then fields "<id><rest>" (a name: w and rest), "R<id><rest>" (the name's
-- region alternative) and "P<rest>" (a prefix), all after tabs. An id is the offset of the
-- place's record in data.places, in base 36 (0: never tagged); rest is empty or starts with a
-- separator.
--
-- The buckets go by the last byte and the length of the word, so that the lines of a bucket
-- mostly start with other bytes than w: a plain find for w stops only where the first byte of
-- w appears, and the first hit between a line start and a tab is the family.
local function read_family(w)
  local n = #w
  local text = data.families[byte(w, -1) * 64 + (n < 63 and n or 63)]
  if not text then return false end
  local s = find(text, w, 2, true)
  while s and (byte(text, s - 1) ~= 10 or byte(text, s + n) ~= 9) do
    s = find(text, w, s + 1, true)
  end
  if not s then return false end
  local line = sub(text, s + n + 1, find(text, "\n", s, true) - 1)
  local count = tonumber(match(line, "^%d+"))
  for marker, id, rest in gmatch(line, "\t([RP]?)([%l%d]*)([^\t]*)") do
    if marker == "" then
      keys[w .. rest] = tonumber(id, 36)
    elseif marker == "R" then
      regionAlt[w .. rest] = tonumber(id, 36)
    else
      prefixes[w .. rest] = true
    end
  end
  return count
end

-- first word -> most words in a name starting with it, or false. Words that start no name
-- are remembered too, up to a bound, so that a long run does not grow the table without end.
local MAX_MISSES = 100000
local misses = 0
local first = setmetatable({}, { __index = function(t, w)
  local count = read_family(w)
  if not count then
    misses = misses + 1
    if misses > MAX_MISSES then
      for k, v in pairs(t) do
        if v == false then t[k] = nil end
      end
      misses = 1
    end
  end
  t[w] = count
  return count
end })

-- country code -> name
local countries = setmetatable({}, { __index = function(t, code)
  local name = match(data.countries, "\n" .. code .. " ([^\n]*)")
  t[code] = name
  return name
end })

local KIND = { c = "country", t = "city", r = "region", d = "demonym" }

-- id -> { value, type, code, country, capital }, from the record at byte id of data.places
-- ("name|kind|code" or "name|kind|code|capital"), made when first asked for
local places = setmetatable({}, { __index = function(t, id)
  local value, kind, code, capital = match(data.places, "^([^|\n]*)|(%a)|(%u%u)(|?)", id)
  if value == nil then return nil end
  local place = { value = value, type = KIND[kind], code = code, country = countries[code],
    capital = capital ~= "" }
  t[id] = place
  return place
end })

local function set(list)
  local s = {}
  for _, item in ipairs(list) do s[item] = true end
  return s
end

return {
  first = first,
  keys = keys,
  regionAlt = regionAlt,
  prefixes = prefixes,
  places = places,
  -- names that are also common first names or surnames ("Jordan", "Chad")
  personal = set(data.personal),
  -- whether the scan may visit only capitalised and non-ASCII words (see places.lua); the
  -- first words of names that start otherwise, and the words that may follow them
  sparse = data.sparse,
  lowerFirst = set(data.lowerFirst),
  afterLower = set(data.afterLower),
}
