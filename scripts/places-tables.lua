-- The check step of scripts/build-places-data: builds the lookup tables of the places tagger
-- from the raw names the way plugins/core/places/places.lua did at load time (the code below
-- is that plugin's, as it was), and compares them with the tables places_index.lua reads
-- from the written places_data.lua. Prints the differences and exits 1 when there are any.
--
-- Usage: lua5.4 scripts/places-tables.lua RAW_DATA PLACES_DATA PLACES_INDEX
--   RAW_DATA: a chunk returning { countries =, places =, names =, stopPhrases =, stoplist =,
--   personal = }, as places_data.lua was written before it held the finished tables.

local data = dofile(arg[1])

local find, sub, byte, gmatch, gsub = string.find, string.sub, string.byte, string.gmatch,
  string.gsub

local KIND = { c = "country", t = "city", r = "region", d = "demonym" }
local RANK = { country = 1, demonym = 1, city = 2, region = 3 }
local dataPlaces = data.places

local SEPARATOR = {
  [" "] = " ", ["-"] = " ", ["\194\160"] = " ",
  ["'"] = "'", ["\226\128\153"] = "'",
  ["."] = ".", [". "] = ". ", [".\194\160"] = ". ",
}

-- Scratch arrays, reused for every block: word start, word stop, word text.
local ts, te, tw = {}, {}, {}

-- Adds the words of text[s..e], a run of word bytes that holds punctuation characters, to
-- the arrays; returns the new count.
local function split_run(text, s, e, n)
  local pos = s
  while pos <= e do
    local a1, b1 = find(text, "\194[\128-\191]", pos)
    local a2, b2 = find(text, "\226[\128\129][\128-\191]", pos)
    if a1 and a1 > e then a1 = nil end
    if a2 and a2 > e then a2 = nil end
    local a, b
    if a1 and (not a2 or a1 < a2) then a, b = a1, b1 else a, b = a2, b2 end
    if not a then
      a, b = e + 1, e
    end
    if a > pos then
      n = n + 1
      ts[n], te[n], tw[n] = pos, a - 1, sub(text, pos, a - 1)
    end
    pos = b + 1
  end
  return n
end

local function tokenize(text)
  local n = 0
  local special = find(text, "[\194\226]") ~= nil
  for s, w, e in gmatch(text, "()([%w\128-\255]+)()") do
    if special and find(w, "[\194\226]") then
      n = split_run(text, s, e - 1, n)
    else
      n = n + 1
      ts[n], te[n], tw[n] = s, e - 1, w
    end
  end
  return n
end

-- The normalised separator between words i and i+1 of text, or false.
local function sep(text, i, n)
  if i >= n then return false end
  return SEPARATOR[sub(text, te[i] + 1, ts[i + 1] - 1)] or false
end

-- The shape of a name without the sequences that split words: its words replaced by "w"
-- ("w w", "w-w", "w.w."). A shape is valid when the name starts with a word, its separators
-- are ones a name can span and it ends with a word or a "."; SHAPES caches, for each shape
-- seen, false or { count = words, hyphen = a "-" separator (normalised to " ") }.
local SHAPES = {}

local function parse_shape(shape)
  if byte(shape, 1) ~= 119 then return false end   -- "w"
  local count, hyphen, pos = 0, false, 1
  while true do
    count = count + 1
    local nxt = find(shape, "w", pos + 1, true)
    local between = sub(shape, pos + 1, (nxt or #shape + 1) - 1)
    if not nxt then
      if between == "" or between == "." then return { count = count, hyphen = hyphen } end
      return false
    end
    if not SEPARATOR[between] then return false end
    if between == "-" then hyphen = true end
    pos = nxt
  end
end

-- The normalised form of a name, as the scanner would build it from text; nil if the name
-- cannot be matched as one unit. Also returns the number of words.
local function normalise(name)
  if find(name, "^%w+$") then return name, 1 end   -- one ASCII word: its own key
  if not find(name, "\194", 1, true) and not find(name, "\226", 1, true) then
    -- words are plain runs of word bytes, and only "-" separators change ("-" is never
    -- part of a word)
    local shape = gsub(name, "[%w\128-\255]+", "w")
    local info = SHAPES[shape]
    if info == nil then
      info = parse_shape(shape)
      SHAPES[shape] = info
    end
    if not info then return nil end
    if info.hyphen then return (gsub(name, "-", " ")), info.count end
    return name, info.count
  end
  local n = tokenize(name)
  if n == 0 or ts[1] ~= 1 then return nil end
  local parts = { tw[1] }
  for i = 1, n - 1 do
    local s = sep(name, i, n)
    if not s then return nil end
    parts[#parts + 1] = s
    parts[#parts + 1] = tw[i + 1]
  end
  local tail = sub(name, te[n] + 1)
  if tail == "." then
    parts[#parts + 1] = "."
  elseif tail ~= "" then
    return nil
  end
  return table.concat(parts), n
end

local keys = {}         -- normalised name -> place id, or 0 for a phrase that is never tagged
local regionAlt = {}    -- normalised name -> id of a region of that name, when keys holds
                        -- a city or country ("Washington" -> Washington state)
local first = {}        -- first word -> most words in a name starting with it
local prefixes = {}     -- the first k words of a name of more than k words (normalised)
local lowerFirst = {}   -- first words that start with neither A-Z nor a non-ASCII byte
local afterLower = {}   -- the second words of names whose first word is one of those
local lowerWord = false -- whether a one-word name starts so

-- Notes the first word of a key of count words, and its word prefixes. (The words of a key
-- are the runs of word bytes in it: its separators are " ", "'", "." and ". ".)
local function note_key(key, count)
  local _, e = find(key, "^[%w\128-\255]+")
  local w = e == #key and key or sub(key, 1, e)
  if (first[w] or 0) < count then first[w] = count end
  local b = byte(w, 1)
  local lower_start = not (b >= 65 and b <= 90 or b >= 128)
  if count == 1 then
    if lower_start then lowerWord = true end
    return
  end
  prefixes[w] = true
  if lower_start then
    lowerFirst[w] = true
    local s2, e2 = find(key, "[%w\128-\255]+", e + 1)
    afterLower[sub(key, s2, e2)] = true
  end
  for _ = 2, count - 1 do
    local _, e2 = find(key, "[%w\128-\255]+", e + 1)
    prefixes[sub(key, 1, e2)] = true
    e = e2
  end
end

-- Notes a name made of runs of word bytes (no \194 or \226) and spaces, starting with a
-- word byte; returns it, its own key, when its spaces are single and inside it.
local function note_spaced(name)
  local sp = find(name, " ", 1, true)
  if not sp then
    if not first[name] then first[name] = 1 end
    local b = byte(name, 1)
    if not (b >= 65 and b <= 90 or b >= 128) then lowerWord = true end
    return name
  end
  if byte(name, -1) == 32 or find(name, "  ", sp, true) then return nil end
  local w = sub(name, 1, sp - 1)
  prefixes[w] = true
  local count = 2
  local nxt = find(name, " ", sp + 1, true)
  local b = byte(w, 1)
  if not (b >= 65 and b <= 90 or b >= 128) then
    lowerFirst[w] = true
    afterLower[sub(name, sp + 1, (nxt or #name + 1) - 1)] = true
  end
  while nxt do
    prefixes[sub(name, 1, nxt - 1)] = true
    count = count + 1
    nxt = find(name, " ", nxt + 1, true)
  end
  if (first[w] or 0) < count then first[w] = count end
  return name
end

for _, phrase in ipairs(data.stopPhrases) do
  local key, count = normalise(phrase)
  if key then
    note_key(key, count)
    keys[key] = 0
  end
end

do
  local names = data.names
  for i = 1, #names, 2 do
    local name = names[i]
    local key
    if find(name, "^[A-Z]%w*$") then
      -- most names: one capitalised ASCII word, its own key
      key = name
      if not first[key] then first[key] = 1 end
    elseif not find(name, "\194", 1, true) and not find(name, "\226", 1, true)
        and find(name, "^[%w\128-\255][%w\128-\255 ]*$") then
      key = note_spaced(name)
    else
      local count
      key, count = normalise(name)
      if key then note_key(key, count) end
    end
    if key then
      local id = names[i + 1]
      local old = keys[key]
      if old == nil then
        keys[key] = id
      elseif old ~= 0 and old ~= id then
        local new, was = KIND[dataPlaces[id][2]], KIND[dataPlaces[old][2]]
        if RANK[new] < RANK[was] then
          keys[key] = id
          if was == "region" and not regionAlt[key] then regionAlt[key] = old end
        elseif new == "region" and was ~= "region" and not regionAlt[key] then
          regionAlt[key] = id
        end
      end
    end
  end
end

for _, word in ipairs(data.stoplist) do
  local key = normalise(word)
  if key and keys[key] ~= 0 then keys[key] = nil end
end

local personal = {}
for _, word in ipairs(data.personal) do
  personal[word] = true
end

-- The sets the scan uses: LOWER_FIRST, AFTER_LOWER and whether the scan may skip to
-- capitals (both sets are then empty when it may not).
local LOWER_FIRST, AFTER_LOWER = {}, {}
local sparse = not lowerWord
for w in pairs(lowerFirst) do
  LOWER_FIRST[w] = true
  if keys[w] ~= nil or keys[w .. "."] ~= nil then sparse = false end
end
for x in pairs(afterLower) do
  local b = byte(x, 1)
  if b >= 65 and b <= 90 or b >= 128 then AFTER_LOWER[x] = true else sparse = false end
end
if not sparse then LOWER_FIRST, AFTER_LOWER = {}, {} end

-- The tables read by places_index.lua, all families read: every word the built table has
-- and every word the data has.
package.preload.places_data = function() return dofile(arg[2]) end
local index = dofile(arg[3])
local written = require("places_data")
local newFirst = {}
for w in pairs(first) do newFirst[w] = index.first[w] or nil end
for _, text in pairs(written.families) do
  for w in text:gmatch("\n([^\t\n]+)\t") do newFirst[w] = index.first[w] or nil end
end

-- Places compare by what the plugin reads of them.
local function old_place(id)
  if id == 0 then return "0" end
  local p = dataPlaces[id]
  return table.concat({ p[1], KIND[p[2]], p[3], data.countries[p[3]], tostring(p[4] == true) }, "|")
end
local function new_place(id)
  if id == 0 then return "0" end
  local p = index.places[id]
  if p == nil then return "no place at " .. tostring(id) end
  return table.concat({ p.value, p.type, p.code, tostring(p.country), tostring(p.capital) }, "|")
end
local function same(a, b) return a == b end
local function same_place(a, b) return old_place(a) == new_place(b) end

local differences = 0
local function compare(label, old, new, equal)
  for k, v in pairs(old) do
    if new[k] == nil or not equal(v, new[k]) then
      differences = differences + 1
      print(label .. "[" .. k .. "]: " .. tostring(v) .. " was built, " .. tostring(new[k]) .. " decoded")
    end
  end
  for k, v in pairs(new) do
    if old[k] == nil then
      differences = differences + 1
      print(label .. "[" .. k .. "]: nil was built, " .. tostring(v) .. " decoded")
    end
  end
end
compare("keys", keys, index.keys, same_place)
compare("regionAlt", regionAlt, index.regionAlt, same_place)
compare("first", first, newFirst, same)
compare("prefixes", prefixes, index.prefixes, same)
compare("personal", personal, index.personal, same)
compare("lowerFirst", LOWER_FIRST, index.lowerFirst, same)
compare("afterLower", AFTER_LOWER, index.afterLower, same)
if sparse ~= index.sparse then
  differences = differences + 1
  print("sparse: " .. tostring(sparse) .. " was built, " .. tostring(index.sparse) .. " decoded")
end
if differences > 0 then
  print(differences .. " differences")
  os.exit(1)
end
