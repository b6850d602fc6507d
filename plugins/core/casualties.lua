-- casualties: claims of people killed, wounded, dead, injured or missing.
--
--   "more than 100 Syrian pro-regime forces were killed"   (number, group, status)
--   "which killed as many as 100 pro-Assad regime fighters" (status verb, number, group)
--   "Scores were killed"                                    (uncounted: attrs.approximate)
--   "left two soldiers dead", "30 injured", "the death toll rose to 40"
--
-- Each claim becomes a tag: kind "casualty", value = the status phrase ("were killed",
-- "wounded"), start/stop = the claim's words, attrs = { count, status, group, claimant,
-- qualifier, approximate }. count is absent for uncounted claims ("scores", "dozens",
-- "hundreds"), which carry the word in attrs.approximate instead; "as many as 100" gives
-- count = 100 and qualifier = "as many as". The claimant is the speaker of the quotation the
-- claim sits in (found with quotes.lua, beside this file), else "according to X" or
-- "X said …" in the same sentence. A pronoun claimant ("he said 25 were hurt") is resolved
-- to the previous speaker, of a quotation or of a claim (kept in attrs.claimant_pronoun).
--
-- Not claims: "killed the bill" (no number of people), "25 fighters joined", years,
-- numbers of things ("killed three birds").

local quotes = require("quotes")

local byte, find, gmatch, gsub, lower, match, sub = string.byte, string.find, string.gmatch, string.gsub,
  string.lower, string.match, string.sub
local max, min = math.max, math.min

local function set(list)
  local t = {}
  for _, v in ipairs(list) do t[v] = true end
  return t
end

-- Status words: passive or adjectival ("were killed", "two dead") ...
local STATUS_AFTER = {
  killed = "killed", slain = "killed", wounded = "wounded", injured = "injured", hurt = "injured",
  dead = "dead", died = "dead", missing = "missing",
}
-- ... and active verbs followed by the number ("killed 12 civilians").
local STATUS_BEFORE = {
  killed = "killed", killing = "killed", kill = "killed", kills = "killed",
  wounded = "wounded", wounding = "wounded", wound = "wounded", wounds = "wounded",
  injured = "injured", injuring = "injured", injure = "injured", injures = "injured",
}
-- Between the subject and the status word: "were killed", "have reportedly been injured".
local AUX = set {
  "were", "was", "are", "is", "been", "being", "be", "have", "has", "had", "reportedly", "also", "all",
  "later", "now", "still", "feared", "believed", "reported", "confirmed", "left", "remain", "remained",
  "only", "allegedly", "apparently", "presumed", "found", "declared", "pronounced", "either", "or",
  "seriously", "critically", "slightly", "badly", "fatally", "mortally", "lightly",
}
local BE = set { "were", "was", "are", "is", "been", "being", "be" }
-- People: the head word of a group.
local HUMAN = set {
  "people", "persons", "person", "civilians", "civilian", "fighters", "fighter", "soldiers", "soldier",
  "troops", "forces", "militants", "militant", "rebels", "rebel", "children", "child", "women", "woman",
  "men", "man", "members", "member", "officers", "officer", "police", "policemen", "policeman",
  "personnel", "protesters", "protestors", "demonstrators", "workers", "worker", "staff", "residents",
  "villagers", "refugees", "migrants", "patients", "passengers", "journalists", "journalist",
  "combatants", "insurgents", "jihadists", "gunmen", "gunman", "militiamen", "servicemen", "guards",
  "officials", "individuals", "others", "employees", "students", "pilgrims", "worshippers", "sailors",
  "marines", "bystanders", "victims", "babies", "infants", "girls", "boys", "relatives", "recruits",
  "mercenaries", "contractors", "doctors", "nurses", "medics", "paramedics", "volunteers", "inmates",
  "prisoners", "detainees", "hostages", "troopers", "paramilitaries", "loyalists", "commanders",
  "fishermen", "farmers", "miners", "tourists", "visitors", "spectators", "fans", "teenagers",
  "adults", "minors", "residents", "shoppers", "commuters", "firefighters", "rescuers", "crew",
  "crewmen", "pupils", "teachers", "militia", "militias", "jihadis", "kurds", "druze", "bedouin",
  "settlers", "guardsmen", "airmen", "peacekeepers", "policemen", "cadets", "conscripts",
}
-- Number words.
local UNITS = {
  one = 1, two = 2, three = 3, four = 4, five = 5, six = 6, seven = 7, eight = 8, nine = 9, ten = 10,
  eleven = 11, twelve = 12, thirteen = 13, fourteen = 14, fifteen = 15, sixteen = 16, seventeen = 17,
  eighteen = 18, nineteen = 19,
}
local TENS = { twenty = 20, thirty = 30, forty = 40, fifty = 50, sixty = 60, seventy = 70, eighty = 80, ninety = 90 }
local SCALES = { dozen = 12, hundred = 100, thousand = 1000, million = 1000000 }
-- Uncounted amounts: attrs.approximate.
local VAGUE = set { "dozens", "scores", "hundreds", "thousands", "tens", "several", "numerous", "millions" }
-- Words before a number that qualify it, longest first when matched.
local QUALIFIERS = {
  "no fewer than", "no less than", "no more than", "in excess of", "as many as", "more than", "at least", "up to",
  "fewer than", "less than", "an estimated", "at most", "close to", "upwards of", "a further",
  "an additional", "nearly", "almost", "about", "around", "some", "over", "roughly", "approximately",
  "another", "only", "just", "estimated",
}
local QUALIFIER_WORDS = {}
for i, q in ipairs(QUALIFIERS) do
  local ws = {}
  for w in gmatch(q, "%a+") do
    ws[#ws + 1] = w
    QUALIFIER_WORDS[w] = true
  end
  QUALIFIERS[i] = { text = q, words = ws }
end
table.sort(QUALIFIERS, function(a, b) return #a.words > #b.words end)
-- A year after these words is a date, not a count.
local DATE_WORDS = set { "in", "since", "of", "by", "until", "from", "before", "after", "during", "between" }
-- Words that end a group after the number ("killed 12 and wounded 30", "killed 12 in Homs").
local GROUP_STOPS = set {
  "and", "or", "in", "on", "at", "near", "during", "after", "before", "when", "while", "with", "by",
  "from", "as", "including", "among", "across", "inside", "outside", "since", "overnight", "who",
  "that", "which", "were", "was", "are", "is", "have", "has", "had", "to", "into", "for", "over",
}
local ABBREVIATIONS = set {
  "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Col", "Lt", "Sgt", "Capt", "Maj", "Sen", "Rep", "Gov", "No",
}

-- Verbs that attribute a claim: the quotes plugin's speech verbs and a few reporting verbs.
local CLAIM_VERBS = {}
for k in pairs(quotes.SPEECH) do CLAIM_VERBS[k] = true end
for _, k in ipairs { "reported", "reports", "announced", "announces", "confirmed", "confirms", "estimated",
  "estimates", "estimate", "documented", "recorded", "counted" } do
  CLAIM_VERBS[k] = true
end
local PRONOUNS = set { "it", "he", "she", "they" }

-- Same-length normalisation for tokenising: curly double quotes become '"' beside spaces,
-- dashes become " - ", so every byte offset still points into the original text.
local function prepare(text)
  local t = quotes.normalise(text)
  if find(t, "\226", 1, true) then
    -- (each replacement only when there is something to replace: a plain search is much
    -- cheaper than gsub's scan)
    if find(t, "\226\128\156", 1, true) then t = gsub(t, "\226\128\156", '  "') end
    if find(t, "\226\128\157", 1, true) then t = gsub(t, "\226\128\157", '"  ') end
    if find(t, "\226\128\147", 1, true) or find(t, "\226\128\148", 1, true) then
      t = gsub(t, "\226\128[\147\148]", " - ")
    end
  end
  return t
end

-- Words with their byte spans, the punctuation stuck to them, and whether a clause or a
-- sentence ends after them. A word is a run of non-space bytes without the punctuation
-- (%p) at either end; a run that is all punctuation only ends the clause before it.
local PUNCT = {}       -- byte -> true for %p
local TRAIL_BRK = {}   -- trailing punctuation that ends a clause: , ; : . ! ? ( ) [ ] " -
local TRAIL_STOP = {}  -- ... and a sentence: . ! ?
local LEAD_BRK = {}    -- leading punctuation that ends the clause before: ( [ "
for b = 0, 255 do
  local c = string.char(b)
  PUNCT[b] = find(c, "%p") ~= nil
  TRAIL_BRK[b] = find(c, '[,;:.!?()%[%]"%-]') ~= nil
  TRAIL_STOP[b] = find(c, "[.!?]") ~= nil
  LEAD_BRK[b] = find(c, '[(%["]') ~= nil
end

local function tokenize(t)
  local toks, n = {}, 0
  for a, chunk in gmatch(t, "()(%S+)") do
    if not PUNCT[byte(chunk, 1)] and not PUNCT[byte(chunk, -1)] then
      -- no punctuation at either end: the chunk is the word
      n = n + 1
      toks[n] = { s = a, e = a + #chunk - 1, w = chunk, low = lower(chunk), brk = false, stop = false }
    else
      local z = a + #chunk - 1
      local ws = a
      while ws <= z and PUNCT[byte(t, ws)] do ws = ws + 1 end
      if ws > z then
        if n > 0 then toks[n].brk = true end
      else
        local we = z
        while PUNCT[byte(t, we)] do we = we - 1 end
        local w = sub(t, ws, we)
        n = n + 1
        local tok = { s = ws, e = we, w = w, low = lower(w), brk = false, stop = false }
        if we < z then
          local brk, stop = false, false
          for q = we + 1, z do
            local c = byte(t, q)
            if TRAIL_BRK[c] then brk = true end
            if TRAIL_STOP[c] then stop = true end
          end
          if brk then
            tok.brk = true
            if stop then
              local abbreviation = we + 1 == z and byte(t, z) == 46
                and (ABBREVIATIONS[w] or find(w, "^%u$") or find(w, "^%a%.[%a.]*$"))
              tok.stop = not abbreviation
            end
          end
        end
        if n > 1 and ws > a then
          for q = a, ws - 1 do
            if LEAD_BRK[byte(t, q)] then toks[n - 1].brk = true; break end
          end
        end
        toks[n] = tok
      end
    end
  end
  return toks, n
end

local function number_word(low)
  if find(low, "^%d[%d,]*$") then return tonumber((gsub(low, ",", ""))) end
  local v = UNITS[low] or TENS[low]
  if v then return v end
  local a, b = match(low, "^(%a+)%-(%a+)$")
  if a and TENS[a] and UNITS[b] and UNITS[b] < 10 then return TENS[a] + UNITS[b] end
  return nil
end

-- "dozens more", "12 more": the word "more" belongs to the count.
local function more_after(toks, k)
  if not toks[k].brk and toks[k + 1] and toks[k + 1].low == "more" then return k + 1 end
  return k
end

-- A count starting at token j: returns count (or nil), approximate word (or nil), and the
-- index of its last token; nil when token j starts no count.
local function parse_count(toks, n, j)
  local tok = toks[j]
  local low = tok.low
  if VAGUE[low] then
    local k, approx = j, low
    local nx = toks[k + 1]
    if (low == "tens" or low == "hundreds") and not tok.brk and nx and nx.low == "of" and toks[k + 2]
      and (toks[k + 2].low == "thousands" or toks[k + 2].low == "millions") then
      approx = low .. " of " .. toks[k + 2].low
      k = k + 2
    end
    if not toks[k].brk and toks[k + 1] and toks[k + 1].low == "of" then k = k + 1 end
    return nil, approx, more_after(toks, k)
  end
  if (low == "a" or low == "an") and not tok.brk and toks[j + 1] then
    local nx = toks[j + 1].low
    if SCALES[nx] then
      local k = j + 1
      if not toks[k].brk and toks[k + 1] and toks[k + 1].low == "of" then k = k + 1 end
      return SCALES[nx], nil, k
    end
    if nx == "handful" or nx == "few" or nx == "number" then
      local k = j + 1
      if not toks[k].brk and toks[k + 1] and toks[k + 1].low == "of" then k = k + 1 end
      return nil, low .. " " .. nx, k
    end
    return nil
  end
  local v = number_word(low)
  if not v then return nil end
  if j > 1 then
    local pv = toks[j - 1].low
    if pv == "no" then return nil end
    if v >= 1900 and v <= 2100 and find(low, "^%d%d%d%d$") and DATE_WORDS[pv] then return nil end
  end
  local total, cur, k = 0, v, j
  while k < n and not toks[k].brk do
    local nx = toks[k + 1].low
    if SCALES[nx] then
      cur = cur * SCALES[nx]
      if nx ~= "hundred" then total, cur = total + cur, 0 end
      k = k + 1
    elseif nx == "and" and toks[k + 2] and not toks[k + 1].brk and number_word(toks[k + 2].low)
      and not find(toks[k + 2].low, "%d") and SCALES[toks[k].low] then
      cur = cur + number_word(toks[k + 2].low)
      k = k + 2
    elseif number_word(nx) and not find(nx, "%d") and not find(toks[k].low, "%d") and SCALES[toks[k].low] then
      cur = cur + number_word(nx)
      k = k + 1
    else
      break
    end
  end
  if not toks[k].brk and toks[k + 1] and toks[k + 1].low == "of" then k = k + 1 end
  return total + cur, nil, more_after(toks, k)
end

-- Is token k part of a count (for scanning left to the start of "two hundred")?
local function countish(tok)
  local low = tok.low
  return number_word(low) ~= nil or SCALES[low] ~= nil or VAGUE[low] ~= nil
end

-- The qualifier right before token j ("as many as"); returns its text and first index.
local function qualifier_before(toks, j)
  for _, q in ipairs(QUALIFIERS) do
    local len = #q.words
    local from = j - len
    if from >= 1 then
      local ok = true
      for m = 1, len do
        local tok = toks[from + m - 1]
        if tok.low ~= q.words[m] or tok.brk then ok = false; break end
      end
      if ok then return q.text, from end
    end
  end
  return nil, j
end

local function is_human(tok)
  if HUMAN[tok.low] then return true end
  -- demonyms: Syrians, Iraqis, Afghans, Lebanese, Kurds
  return find(tok.w, "^%u%l+i?ans$") ~= nil or find(tok.w, "^%u%l+is$") ~= nil
    or find(tok.w, "^%u%l+ese$") ~= nil
end

-- The subject of a status word, ending at token j: a count and perhaps a group of people.
-- exact: the group's head must be token j (for the first of two joined subjects).
local function subject_ending_at(toks, n, j, exact)
  local k
  for m = j, max(1, j - 7), -1 do
    if m < j and toks[m].brk then break end
    if countish(toks[m]) then k = m; break end
  end
  if not k then return nil end
  while k > 1 and not toks[k - 1].brk and (countish(toks[k - 1]) or
    ((toks[k - 1].low == "a" or toks[k - 1].low == "an") and SCALES[toks[k].low])) do
    k = k - 1
  end
  local count, approx, last = parse_count(toks, n, k)
  if not count and not approx then return nil end
  if last > j then return nil end
  local group
  if last < j then
    -- the group's head is a person word, before any preposition; a short phrase may follow
    -- it ("two men near me were hurt"), but "two days after the soldiers" is no group
    local g = last + 1
    while g < j and (toks[g].low == "the" or toks[g].low == "them") do g = g + 1 end
    local head
    for m = g, j do
      if GROUP_STOPS[toks[m].low] then break end
      if is_human(toks[m]) then head = m end
    end
    if not head or j - head > 3 or (exact and head ~= j) then return nil end
    -- "the 12 people who were killed" is fine; "two men who fled were killed" is not read
    if not (j == head + 1 and (toks[j].low == "who" or toks[j].low == "that")) then
      for m = head + 1, j do
        local w = toks[m].low
        if BE[w] or w == "who" or w == "that" or w == "which" then return nil end
      end
    end
    group = { toks[g].s, toks[head].e }
  elseif exact then
    return nil
  end
  local qualifier, from = qualifier_before(toks, k)
  return { from = from, count = count, approx = approx, qualifier = qualifier, group = group }
end

-- "N GROUP were killed", "Scores were killed", "two soldiers dead", "14 Syrians and three
-- Iranians were killed". i: the status token. Returns a list of claims or nil.
local function claims_before_status(toks, n, i)
  local j = i - 1
  local has_be = false
  while j >= 1 and i - j <= 4 and AUX[toks[j].low] and not toks[j].brk do
    if BE[toks[j].low] then has_be = true end
    j = j - 1
  end
  if j < 1 then return nil end
  if toks[j].brk then
    -- step over an aside: "At least 20 civilians, including five children, were killed"
    local m = j - 1
    while m >= max(1, j - 8) and not toks[m].brk do m = m - 1 end
    if m < max(1, j - 8) or not toks[m + 1] or toks[m + 1].low ~= "including" then return nil end
    j = m
  end
  local status_tok = toks[i]
  if STATUS_BEFORE[status_tok.low] and not has_be and toks[i + 1] and not status_tok.brk then
    -- active voice ("three gunmen killed 30 people", "have killed the bill"): not this form
    local nx = toks[i + 1]
    if countish(nx) or HUMAN[nx.low] or nx.low == "the" or nx.low == "a" or nx.low == "an"
      or nx.low == "his" or nx.low == "her" or nx.low == "their" or nx.low == "its" then
      return nil
    end
  end
  local aux_from = i
  while aux_from > 1 and aux_from > j + 1 and AUX[toks[aux_from - 1].low] do aux_from = aux_from - 1 end
  local subject = subject_ending_at(toks, n, j)
  if not subject then return nil end
  local status, value = STATUS_AFTER[status_tok.low], { toks[aux_from].s, status_tok.e }
  local out = {}
  local from = subject.from
  local joined = from > 2 and toks[from - 1].low == "and" and not toks[from - 2].brk
    and subject_ending_at(toks, n, from - 2, true)
  if joined then
    out[1] = { s = toks[joined.from].s, e = status_tok.e, value = value, status = status, count = joined.count,
      approx = joined.approx, qualifier = joined.qualifier, group = joined.group }
  end
  out[#out + 1] = { s = toks[from].s, e = status_tok.e, value = value, status = status, count = subject.count,
    approx = subject.approx, qualifier = subject.qualifier, group = subject.group }
  return out
end

-- The object of a status verb starting at token j: qualifiers, a count, perhaps a group.
-- need_group: only a count with a group of people counts (the second of two objects).
local function object_at(toks, n, j, need_group)
  local k
  for m = j, min(n, j + 3) do
    if m > j and toks[m - 1].brk then break end
    if countish(toks[m]) or toks[m].low == "a" or toks[m].low == "an" then
      local count, approx = parse_count(toks, n, m)
      if count or approx then k = m; break end
    end
    if not QUALIFIER_WORDS[toks[m].low] then break end
  end
  if not k then return nil end
  local count, approx, last = parse_count(toks, n, k)
  local qualifier, from = qualifier_before(toks, k)
  if from ~= j then return nil end
  local stop, group = last, nil
  if not toks[last].brk and last < n then
    local g = last + 1
    while g < n and (toks[g].low == "the" or toks[g].low == "them" or toks[g].low == "their") and not toks[g].brk do
      g = g + 1
    end
    local head
    for m = g, min(n, g + 4) do
      local tok = toks[m]
      if GROUP_STOPS[tok.low] then break end
      if is_human(tok) then head = m; break end
      if tok.brk then break end
    end
    if head then
      group = { toks[g].s, toks[head].e }
      stop = head
    elseif need_group or not GROUP_STOPS[toks[g].low] then
      return nil -- "killed three birds"
    end
  elseif need_group then
    return nil
  end
  return { from = from, stop = stop, count = count, approx = approx, qualifier = qualifier, group = group }
end

-- "killed as many as 100 pro-Assad regime fighters", "wounded 25 fighters", "killed 14
-- Syrians and three Iranians". i: the verb. Returns a list of claims or nil.
local function claims_after_status(toks, n, i)
  local verb = toks[i]
  if verb.brk or i == n then return nil end
  local object = object_at(toks, n, i + 1, false)
  if not object then return nil end
  local status, value = STATUS_BEFORE[verb.low], { verb.s, verb.e }
  local out = { { s = verb.s, e = toks[object.stop].e, value = value, status = status, count = object.count,
    approx = object.approx, qualifier = object.qualifier, group = object.group } }
  local stop = object.stop
  if object.group and stop + 2 <= n and toks[stop + 1].low == "and" and not toks[stop].brk then
    local second = object_at(toks, n, stop + 2, true)
    if second then
      out[2] = { s = toks[second.from].s, e = toks[second.stop].e, value = value, status = status,
        count = second.count, approx = second.approx, qualifier = second.qualifier, group = second.group }
    end
  end
  return out
end

-- "the death toll rose to 40". i: the token "toll".
local function death_toll(toks, n, i)
  if i < 2 or toks[i - 1].low ~= "death" then return nil end
  for m = i + 1, min(n, i + 7) do
    if toks[m - 1].stop then break end
    local count, approx, last = parse_count(toks, n, m)
    if count or approx then
      local qualifier = qualifier_before(toks, m)
      return {
        s = toks[i - 1].s, e = toks[last].e, value = { toks[i - 1].s, toks[i].e }, status = "dead",
        count = count, approx = approx, qualifier = qualifier,
      }
    end
  end
  return nil
end

-- Who makes the claim: the quotation it sits in, else an attribution in its sentence.
local SENTENCE_REACH = 60 -- tokens searched for the sentence's start and end

local function claimant_of(c, t, toks, n, first, last, q)
  if q and q.s <= c.s and c.e <= q.e and q.speaker then return q.speaker, q.pronoun end
  local ss, se = first, last
  local lo, hi = max(1, first - SENTENCE_REACH), min(n, last + SENTENCE_REACH)
  while ss > lo and not toks[ss - 1].stop do ss = ss - 1 end
  while se < hi and not toks[se].stop do se = se + 1 end
  local before = sub(t, toks[ss].s, c.s - 1)
  local speaker = quotes.attribution_before(before, CLAIM_VERBS)
  if not speaker then
    local after = sub(t, c.e + 1, toks[se].e + 1)
    speaker = quotes.attribution_after(after, false, CLAIM_VERBS)
  end
  return speaker
end

local function claims_in(text, block_quotes)
  local t = prepare(text)
  local toks, n = tokenize(t)
  local out, used = {}, {}
  local qi = 1
  for i = 1, n do
    local low = toks[i].low
    local found
    if STATUS_AFTER[low] then found = claims_before_status(toks, n, i) end
    if not found and STATUS_BEFORE[low] then found = claims_after_status(toks, n, i) end
    if not found and low == "toll" then
      local c = death_toll(toks, n, i)
      found = c and { c }
    end
    for f = 1, found and #found or 0 do
      local c = found[f]
      if not used[c.s] then
        used[c.s] = true
        local first, last
        for m = max(1, i - 20), min(n, i + 20) do
          if toks[m].s == c.s then first = m end
          if toks[m].e == c.e then last = m end
        end
        -- the quotation that may hold the claim (both lists run in text order)
        while block_quotes[qi] and block_quotes[qi].e < c.s do qi = qi + 1 end
        local claimant, pronoun = claimant_of(c, t, toks, n, first or i, last or i, block_quotes[qi])
        c.claimant, c.pronoun = claimant, pronoun
        out[#out + 1] = c
      end
    end
  end
  table.sort(out, function(a, b) return a.s < b.s end)
  return out
end

local TEXT_BLOCKS = { paragraph = true, quote = true, list = true }

-- A claim needs a status word or "toll" among the words of its block, and a word's lower
-- case is a run of the block's lower case: a block whose lower case contains none of these
-- (each status word or "toll", less those containing another) holds no claim.
local NEEDLES = {}
do
  local words = { toll = true }
  for k in pairs(STATUS_AFTER) do words[k] = true end
  for k in pairs(STATUS_BEFORE) do words[k] = true end
  for w in pairs(words) do
    local covered = false
    for o in pairs(words) do
      if o ~= w and find(w, o, 1, true) then covered = true; break end
    end
    if not covered then NEEDLES[#NEEDLES + 1] = w end
  end
  table.sort(NEEDLES)
end

-- The blocks that may hold a claim (a set of indices), or nil when none may. The texts are
-- searched together, lower-cased and joined by "\n" (no needle holds one, so no match spans
-- two blocks): a few plain searches per article rather than a few per block.
local function claim_blocks(body)
  local texts, index, stops, n, size = {}, {}, {}, 0, 0
  for i = 1, #body do
    local b = body[i]
    local text = b.text
    if TEXT_BLOCKS[b.type] and type(text) == "string" and text ~= "" then
      n = n + 1
      texts[n], index[n] = text, i
      size = size + #text + 1
      stops[n] = size -- where the "\n" after text n is, in the joined text
    end
  end
  if n == 0 then return nil end
  local low = lower(table.concat(texts, "\n"))
  local found
  for k = 1, #NEEDLES do
    local needle, j = NEEDLES[k], 1
    local p = find(low, needle, 1, true)
    while p do
      while stops[j] < p do j = j + 1 end
      found = found or {}
      found[index[j]] = true
      p = find(low, needle, stops[j] + 1, true)
    end
  end
  return found
end

return {
  name = "casualties",
  version = "1.0.0",
  description = "Tags claims of people killed, wounded, dead, injured or missing, with count, group and claimant.",

  Article = function(article)
    -- the blocks that may hold a claim; with none, there is nothing to tag (and no need
    -- for the quotations)
    local body = article.body or {}
    local candidates = claim_blocks(body)
    if not candidates then return end
    local by_block, order = {}, quotes.scan(article)
    for _, q in ipairs(order) do
      local list = by_block[q.block]
      if not list then list = {}; by_block[q.block] = list end
      list[#list + 1] = q
    end
    local last_speaker, qi = nil, 1
    for i = 1, #body do
      if candidates[i] then
        local text = body[i].text
        local claims = claims_in(text, by_block[i] or {})
        for _, c in ipairs(claims) do
          -- the last speaker (of a quotation or a claim) before this claim, for pronoun claimants
          while order[qi] and (order[qi].block < i or (order[qi].block == i and order[qi].s < c.s)) do
            local spk = order[qi].speaker
            if spk and not PRONOUNS[lower(spk)] then last_speaker = spk end
            qi = qi + 1
          end
          local claimant, pronoun = c.claimant, c.pronoun
          if claimant and not pronoun and PRONOUNS[lower(claimant)] then
            pronoun = lower(claimant)
            claimant = last_speaker or claimant
          elseif claimant and not pronoun then
            last_speaker = claimant
          end
          local attrs = { status = c.status, count = c.count, approximate = c.approx, qualifier = c.qualifier }
          if c.group then attrs.group = gsub(sub(text, c.group[1], c.group[2]), "%s+", " ") end
          if claimant then attrs.claimant = claimant end
          if pronoun then attrs.claimant_pronoun = pronoun end
          article:tag {
            kind = "casualty", value = sub(text, c.value[1], c.value[2]), block = i, start = c.s, stop = c.e,
            attrs = attrs,
          }
        end
      end
    end
  end,
}
