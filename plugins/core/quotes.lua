-- quotes: direct quotations, with who said them and how.
--
-- Finds quoted text in paragraphs (straight "..." and curly “...” marks) and the attribution
-- around it:
--
--   "…," X said.           "…," said X.          X said: "…"         X told AFP: "…"
--   "…," X said. "…"       (a second quote in the paragraph continues the first speaker)
--   "…  /  "…," X said.    (news style: every paragraph of a long quote opens with a mark,
--                            only the last one closes; the chain shares one speaker)
--
-- Each quotation becomes a tag: kind "quote", value = the quoted text without its marks (a
-- trailing comma that only leads into the attribution is dropped), start/stop = the span
-- including the marks, attrs = { speaker, verb }. A pronoun speaker ("it", "he", "she",
-- "they") is resolved to the previous quotation's speaker and kept in attrs.pronoun. A
-- quotation that takes its speaker from the rest of its chain carries attrs.continued.
-- Short scare quotes ("defensive") and quoted fragments inside a sentence get
-- attrs.partial = true. Quoted titles and nicknames are not tagged.
--
-- Only the string library is used, so the core also runs in a plain Lua 5.4 interpreter.
-- casualties.lua requires this file for the quotation scan and the attribution helpers; they
-- are reachable through the returned table's metatable (see the end of the file).

local byte, find, gmatch, gsub, lower, match, reverse, sub = string.byte, string.find, string.gmatch,
  string.gsub, string.lower, string.match, string.reverse, string.sub
local max, min = math.max, math.min

local function set(list)
  local t = {}
  for _, v in ipairs(list) do t[v] = true end
  return t
end

-- Speech verbs, as written (lower case only: "States" in "United States" is no verb).
local SPEECH = set {
  "said", "says", "say", "told", "tells", "added", "adds", "claimed", "claims", "stated", "states",
  "warned", "warns", "insisted", "insists", "explained", "explains", "asked", "asks", "wrote", "writes",
  "tweeted", "tweets", "noted", "notes", "argued", "argues",
}
-- Present-tense forms that are also plural nouns ("the claims", "Gulf states said").
local NOUNISH = set { "states", "claims", "notes", "tweets", "says", "say", "writes", "asks" }
-- Verbs that take an object before the attribution ends ("told AFP", "asked reporters").
local OBJECT_VERBS = set { "told", "tells", "asked", "asks" }
local DETERMINERS = set {
  "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "these", "those", "this",
  "that", "whose", "such", "it", "he", "she", "they", "we", "i", "there", "no",
}
local PRONOUNS = set { "it", "he", "she", "they" }
-- Words that end a verb-first speaker ("said Smith on Monday", "said the regime in a letter").
local SPEAKER_STOPS = set {
  "in", "on", "at", "during", "after", "before", "while", "when", "as", "via", "from", "last",
  "this", "yesterday", "today", "tonight", "earlier", "later", "who", "which", "adding", "and",
}
-- Dropped from the start or the end of a speaker.
local LEADING_FILLER = set { "and", "but", "while", "as", "so", "then", "yet", "or", "also" }
local TRAILING_FILLER = set {
  "has", "have", "had", "was", "were", "is", "are", "also", "later", "then", "previously", "earlier",
  "again", "once", "would", "will", "could", "recently", "further", "separately", "reportedly",
  "himself", "herself", "itself", "themselves", "simply", "only", "just", "subsequently",
}
-- A word right before the opening mark that makes the quotation a title or a nickname.
local NAME_CUES = set {
  "nicknamed", "dubbed", "alias", "aka", "titled", "entitled", "headlined", "named", "called",
  "book", "books", "film", "films", "movie", "novel", "song", "album", "documentary", "series",
  "programme", "program", "show", "play", "poem", "memoir", "column", "report", "article",
  "campaign", "operation", "slogan", "hashtag", "codenamed", "code-named", "nickname", "newspaper",
}
-- Lower-case words allowed inside a Title Case title.
local SMALL_WORDS = set {
  "a", "an", "the", "of", "in", "on", "and", "or", "for", "to", "at", "from", "with", "by", "as", "vs",
  "but", "nor", "is", "into",
}
-- Abbreviations whose full stop does not end a sentence.
local ABBREVIATIONS = set {
  "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Col", "Lt", "Sgt", "Capt", "Maj", "Cpl", "Sen", "Rep",
  "Gov", "Pres", "Prof", "Jr", "Sr", "Rev", "Hon", "No", "Mt", "Ft", "Jan", "Feb", "Mar", "Apr",
  "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "vs", "etc", "approx", "Inc", "Ltd", "Co", "Corp",
  "Adm", "Brig", "Cmdr", "Insp", "Supt", "Fr",
}

local MAX_BEFORE = 400 -- bytes of a sentence read before an opening mark
local MAX_AFTER = 300  -- bytes read after a closing mark
local MAX_SPEAKER_WORDS = 12

-- Byte classes, as the pattern classes see them (for scans from the end of a string, which
-- patterns anchored with '$' only do by trying every start position).
local ALL_BYTES
do
  local b = {}
  for i = 0, 255 do b[i + 1] = i end
  ALL_BYTES = string.char(table.unpack(b))
end
local function byte_set(class)
  local t = {}
  for p in gmatch(ALL_BYTES, "()" .. class) do t[p - 1] = true end
  return t
end
local IS_SPACE = byte_set("%s")
local IS_ALPHA = byte_set("%a")
local IS_UPPER = byte_set("%u")
local IS_NAME_CHAR = byte_set("[%w'%-]")     -- what "%u[%w'%-]*" runs over
local IS_CUE_CHAR = byte_set("[%a%-]")
local IS_CUE_TAIL = byte_set("[%s,:]")
local IS_FINAL_MARK = byte_set("[.,;!?]")
local IS_SPEAKER_EDGE = byte_set("[%s,;:%-]")
local IS_SENTENCE_MARK = byte_set("[.!?]")

-- s without the white space at either end (what match(s, "^%s*(.-)%s*$") captures).
local function trim(s)
  local a = find(s, "%S")
  if not a then return "" end
  local e = #s
  while IS_SPACE[byte(s, e)] do e = e - 1 end
  return sub(s, a, e)
end

-- Replaces each U+2000-U+200A and U+202F (\226\128[\128-\138\175]) with three spaces.
local function blank_spaces(text)
  local p = find(text, "\226\128", 1, true)
  local parts, n, from = nil, 0, 1
  while p do
    local c = byte(text, p + 2)
    if c and (c >= 128 and c <= 138 or c == 175) then
      parts = parts or {}
      parts[n + 1], parts[n + 2] = sub(text, from, p - 1), "   "
      n = n + 2
      from = p + 3
      p = find(text, "\226\128", p + 3, true)
    else
      p = find(text, "\226\128", p + 1, true)
    end
  end
  if not parts then return text end
  parts[n + 1] = sub(text, from)
  return table.concat(parts)
end

-- White space other than ASCII becomes ASCII spaces of the same byte length, so that byte
-- offsets into the result are offsets into the original: U+00A0 (2 bytes), U+2000-U+200A and
-- U+202F (3 bytes).
local function normalise(text)
  if find(text, "\194\160", 1, true) then text = gsub(text, "\194\160", "  ") end
  return blank_spaces(text)
end

-- Is the character at p ('.', '!' or '?') the end of a sentence?
local function is_break(t, p)
  local q = p + 1
  local nb = byte(t, q)
  if nb == 34 or nb == 41 or nb == 93 or nb == 39 then
    q = q + 1
  elseif nb == 226 and byte(t, q + 1) == 128 and (byte(t, q + 2) == 157 or byte(t, q + 2) == 153) then
    q = q + 3
  end
  nb = byte(t, q)
  if nb == nil then return true end
  if nb ~= 32 and nb ~= 10 and nb ~= 9 then return false end
  if byte(t, p) == 46 then
    -- the letters right before the full stop (at most 8 bytes back)
    local k, lo = p - 1, max(1, p - 8)
    while k >= lo and IS_ALPHA[byte(t, k)] do k = k - 1 end
    if k == p - 2 or k < p - 2 and ABBREVIATIONS[sub(t, k + 1, p - 1)] then return false end
  end
  return true
end

-- Where the clause starting at the front of s ends: the last byte before the first sentence
-- end (or ';' or ':'), or #s.
local function clause_end(s)
  -- the next ';', ':', '.', '!' and '?' (plain searches are much cheaper than a class)
  local ps, pc = find(s, ";", 1, true), find(s, ":", 1, true)
  local p = ps
  if pc and (not p or pc < p) then p = pc end
  local stop = p and p - 1 or #s     -- ';' and ':' always end the clause
  local pd, pe, pq = find(s, ".", 1, true), find(s, "!", 1, true), find(s, "?", 1, true)
  while true do
    p = pd
    if pe and (not p or pe < p) then p = pe end
    if pq and (not p or pq < p) then p = pq end
    if not p or p > stop then return stop end
    if is_break(s, p) then return p - 1 end
    if p == pd then
      pd = find(s, ".", p + 1, true)
    elseif p == pe then
      pe = find(s, "!", p + 1, true)
    else
      pq = find(s, "?", p + 1, true)
    end
  end
end

-- The text of s from the start of its last sentence.
local function last_sentence(s)
  -- the last sentence end: the '.', '!' and '?' of s from the back (plain searches in the
  -- reversed text are much cheaper than a character class from the front)
  local r, len = reverse(s), #s
  local qd, qe, qq = find(r, ".", 1, true), find(r, "!", 1, true), find(r, "?", 1, true)
  while true do
    local q = qd
    if qe and (not q or qe < q) then q = qe end
    if qq and (not q or qq < q) then q = qq end
    if not q then return s, 1 end
    local p = len - q + 1
    if is_break(s, p) then return sub(s, p + 1), p + 1 end
    if q == qd then
      qd = find(r, ".", q + 1, true)
    elseif q == qe then
      qe = find(r, "!", q + 1, true)
    else
      qq = find(r, "?", q + 1, true)
    end
  end
end

local function words(s)
  local ws, n = {}, 0
  for a, w, b in gmatch(s, "()(%a[%w'%-]*)()") do
    n = n + 1
    ws[n] = { s = a, e = b - 1, w = w }
  end
  return ws, n
end

-- The same, into scratch arrays (start, stop, text) without a table per word: one set per
-- use that can be live at once. Only entries 1..n of a fill are valid.
local WS, WE, WW = {}, {}, {}       -- attribution_before, attribution_after
local RS, RW = {}, {}               -- the rest after an attribution

local function fill_words(s, ss, se, sw, most)
  local n = 0
  most = most or math.huge
  for a, w, b in gmatch(s, "()(%a[%w'%-]*)()") do
    if n >= most then break end
    n = n + 1
    ss[n], sw[n] = a, w
    if se then se[n] = b - 1 end
  end
  return n
end

-- Is word k (of n, in ww) a speech verb? Returns the verb ("according to" for the phrase).
local function verb_in(ww, n, k, verbs)
  local w = ww[k]
  if w == "according" or w == "According" then
    if k < n and ww[k + 1] == "to" then return "according to" end
    return nil
  end
  if not verbs[w] then return nil end
  if NOUNISH[w] then
    if (k > 1 and DETERMINERS[lower(ww[k - 1])]) or (k < n and verbs[ww[k + 1]]) then return nil end
  end
  return w
end

local function word_count(s)
  local _, n = gsub(s, "%S+", "")
  return n
end

-- min(word_count(s), most).
local function count_words(s, most)
  local n, pos = 0, 1
  while n < most do
    local _, e = find(s, "%S+", pos)
    if not e then break end
    n = n + 1
    pos = e + 1
  end
  return n
end

-- Tidies a speaker phrase; nil when it does not look like one.
local function clean_speaker(s)
  if not s then return nil end
  s = gsub(s, "%s+", " ")
  -- without white space, ',', ';', ':' and '-' at either end
  local a = find(s, "[^%s,;:%-]")
  if a then
    local e = #s
    while IS_SPEAKER_EDGE[byte(s, e)] do e = e - 1 end
    s = sub(s, a, e)
  else
    s = ""
  end
  while true do
    local w, rest = match(s, "^(%a+) (.+)$")
    if w and LEADING_FILLER[lower(w)] then s = rest else break end
  end
  while true do
    local rest, w = match(s, "^(.+) (%a+)$")
    if w and TRAILING_FILLER[w] then s = rest else break end
  end
  if s == "" or not find(s, "%a") or find(s, '"', 1, true) or find(s, "\226\128\156", 1, true)
      or find(s, "\226\128\157", 1, true) then
    return nil
  end
  local first = lower(match(s, "^%a+") or "")
  if first == "which" or first == "who" or first == "that" or first == "what" or first == "when" then return nil end
  if count_words(s, MAX_SPEAKER_WORDS + 1) > MAX_SPEAKER_WORDS then return nil end
  return s
end

-- Cuts a verb-first speaker at the first word that starts a new phrase.
local function cut_speaker(s)
  local k = 0
  for a, w in gmatch(s, "()(%a[%w'%-]*)") do
    k = k + 1
    if k >= 2 and SPEAKER_STOPS[w] then return sub(s, 1, a - 1) end
  end
  return s
end

-- The speaker in the text before a speech verb: the last comma-separated part that reads
-- as one. "In a statement, the ministry said", "The union's leader, Helen Okafor, said",
-- "Smith, who is 40, said".
local RELATIVE = set { "which", "who", "whom", "whose", "that", "where", "when", "what" }

local function speaker_before_verb(head)
  -- where the ',', ';' and ':' of head are, in order
  local marks, nm = {}, 0
  local pc, ps, pn = find(head, ",", 1, true), find(head, ";", 1, true), find(head, ":", 1, true)
  while true do
    local p = pc
    if ps and (not p or ps < p) then p = ps end
    if pn and (not p or pn < p) then p = pn end
    if not p then break end
    nm = nm + 1
    marks[nm] = p
    if p == pc then
      pc = find(head, ",", p + 1, true)
    elseif p == ps then
      ps = find(head, ";", p + 1, true)
    else
      pn = find(head, ":", p + 1, true)
    end
  end
  local stop = #head
  local first = true
  while stop > 0 do
    local from = 1
    -- the last ',', ';' or ':' up to stop
    while nm > 0 and marks[nm] > stop do nm = nm - 1 end
    local c = nm > 0 and marks[nm] or nil
    if c then from = c + 1 end
    local part = sub(head, from, stop)
    -- "The statement, which the ministry said was final": the verb is in a relative clause
    if first and RELATIVE[lower(match(part, "^%s*(%a*)"))] then return nil end
    first = false
    local speaker = clean_speaker(part)
    if speaker or not c then return speaker end
    stop = c - 1
  end
  return nil
end

-- Attribution before a quotation. p is the text from the start of the sentence to the
-- opening mark. Returns speaker, verb, and the number of words between the verb (or, for
-- "according to X", X) and the mark; nil when no speech verb is found.
local function attribution_before(p, verbs)
  verbs = verbs or SPEECH
  local n = fill_words(p, WS, WE, WW)
  local k, verb
  for i = n, 1, -1 do
    verb = verb_in(WW, n, i, verbs)
    if verb then k = i; break end
  end
  if not k then return nil end
  if verb == "according to" then
    if k + 2 > n then return nil end
    local rest = sub(p, WE[k + 1] + 1)
    local spk, tail = match(rest, "^%s*([^,;:]+)(.*)$")
    local speaker = clean_speaker(cut_speaker(spk or ""))
    if not speaker then return nil end
    return speaker, verb, word_count(gsub(tail or "", "[%p]", " "))
  end
  local speaker = speaker_before_verb(sub(p, 1, WS[k] - 1))
  if not speaker then return nil end
  return speaker, verb, n - k
end

-- Attribution after a quotation. c is the text after the closing mark (up to the next
-- opening mark). strict: the quotation did not end with a comma, '?' or '!', so only a
-- short attribution clause counts ('"…." Smith said.', not '"…." Smith said the war…').
local function attribution_after(c, strict, verbs)
  verbs = verbs or SPEECH
  local lead = match(c, "^[%s,]*")
  if strict and find(lead, ",", 1, true) then strict = false end
  local dash = match(c, "^%-%-?%s*", #lead + 1) or match(c, "^\226\128[\147\148]%s*", #lead + 1)
  if dash then lead = lead .. dash end
  local clause = sub(c, #lead + 1, clause_end(c))
  -- the first speech verb among the first MAX_SPEAKER_WORDS + 1 words; words are read only
  -- as far as needed (word i is looked at once word i + 1, if any, has been read)
  local words_of = gmatch(clause, "()(%a[%w'%-]*)()")
  local n, exhausted = 0, false
  local k, verb
  local i = 0
  while true do
    i = i + 1
    while n <= i and not exhausted do
      local a, w, b = words_of()
      if a then
        n = n + 1
        WS[n], WW[n], WE[n] = a, w, b - 1
      else
        exhausted = true
      end
    end
    if i == 1 and (n == 0 or WS[1] ~= 1) then return nil end
    if i > n or i > MAX_SPEAKER_WORDS + 1 then break end
    verb = verb_in(WW, n, i, verbs)
    if verb then k = i; break end
  end
  if not k then return nil end
  if verb == "according to" and k > 1 and strict then return nil end
  local speaker, rest_from
  if k == 1 or verb == "according to" then
    if verb == "told" or verb == "tells" then return nil end
    local from = verb == "according to" and WE[k + 1] + 1 or WE[1] + 1
    local spk = match(sub(clause, from), "^%s*([^,;:]+)")
    -- without the '.', '!' and '?' it ends with
    spk = spk or ""
    local e = #spk
    while IS_SENTENCE_MARK[byte(spk, e)] do e = e - 1 end
    speaker = clean_speaker(cut_speaker(sub(spk, 1, e)))
    if speaker and PRONOUNS[lower(speaker)] then return nil end
    rest_from = #clause + 1
  else
    local head = sub(clause, 1, WS[k] - 1)
    if strict and find(head, "[,;]") then return nil end
    speaker = speaker_before_verb(head)
    rest_from = WE[k] + 1
  end
  if not speaker then return nil end
  if strict then
    local rest = sub(clause, rest_from)
    local rn = fill_words(rest, RS, nil, RW, 4)
    if rn > 0 then
      local first = lower(RW[1])
      if OBJECT_VERBS[verb] then
        if rn > 3 and not SPEAKER_STOPS[first] then return nil end
      elseif not SPEAKER_STOPS[first] or DETERMINERS[first] then
        return nil
      end
    end
  end
  return speaker, verb
end

-- Quotation marks of t, in order: { p = position, len = bytes, kind = 0 straight, 1 opening
-- curly, 2 closing curly }.
local function marks_of(t)
  local out, n, i = {}, 0, 1
  -- the next '"' and the next \226 at or after i (plain searches are much cheaper than a
  -- character class)
  local nq, nc = find(t, '"', 1, true), find(t, "\226", 1, true)
  while true do
    if nq and nq < i then nq = find(t, '"', i, true) end
    if nc and nc < i then nc = find(t, "\226", i, true) end
    local p = nq
    if not p or (nc and nc < p) then p = nc end
    if not p then break end
    if byte(t, p) == 34 then
      n = n + 1
      out[n] = { p = p, len = 1, kind = 0 }
      i = p + 1
    else
      local b2, b3 = byte(t, p + 1, p + 2)
      if b2 == 128 and (b3 == 156 or b3 == 157) then
        n = n + 1
        out[n] = { p = p, len = 3, kind = b3 == 156 and 1 or 2 }
        i = p + 3
      else
        i = p + 1
      end
    end
  end
  return out, n
end

-- Open space before a mark: start, white space, an opening bracket, a dash.
local OPEN_BEFORE = set { 32, 9, 10, 40, 91, 123, 45, 148, 147 }
-- Open space after a mark: end, white space, punctuation, a closing bracket, a dash.
local OPEN_AFTER = set { 32, 9, 10, 44, 46, 59, 58, 41, 93, 125, 33, 63, 45, 226 }

local function role_of(t, m, inside)
  local before = m.p == 1 or OPEN_BEFORE[byte(t, m.p - 1)] == true
  local after = OPEN_AFTER[byte(t, m.p + m.len) or 32] == true
  if before and not after then return "open" end
  if after and not before then return "close" end
  if m.kind == 1 then return "open" end
  if m.kind == 2 then return "close" end
  return inside and "close" or "open"
end

-- Pairs the marks of a paragraph. continuing: the previous paragraph ended inside a quote.
-- Returns segments { o = opening mark, c = closing mark or nil when still open at the end }.
local function pair_marks(t, marks, nmarks, continuing)
  local segs, open = {}, nil
  for i = 1, nmarks do
    local m = marks[i]
    local role = role_of(t, m, open ~= nil)
    if role == "open" then
      open = m
    elseif open then
      segs[#segs + 1] = { o = open, c = m }
      open = nil
    elseif continuing and #segs == 0 then
      -- a paragraph continuing a quote without its own opening mark
      local first = find(t, "%S") or 1
      segs[1] = { o = { p = first, len = 0, kind = 0 }, c = m }
    end
  end
  if open then segs[#segs + 1] = { o = open } end
  return segs
end

local function is_title_case(s)
  local k = #s
  while IS_SPACE[byte(s, k)] do k = k - 1 end
  if IS_FINAL_MARK[byte(s, k)] then return false end
  local seen = 0
  for w in gmatch(s, "%S+") do
    local letter = match(w, "^[^%w]*(%a)")
    if letter then
      if find(letter, "%u") then
        seen = seen + 1
      elseif seen == 0 or not SMALL_WORDS[lower(match(w, "%a[%a']*"))] then
        return false
      end
    end
  end
  return seen > 0
end

-- A quoted title or nickname: a cue word before it, a name around it, or Title Case.
local function is_name_or_title(t, ce, inner, before)
  -- the last word (letters and '-') of before, ignoring white space, ',' and ':' after it
  local e = #before
  while IS_CUE_TAIL[byte(before, e)] do e = e - 1 end
  local a = e
  while IS_CUE_CHAR[byte(before, a)] do a = a - 1 end
  if a < e then
    local last = sub(before, a + 1, e)
    local lw = lower(last)
    if NAME_CUES[lw] and not (lw == "called" and find(before, "so%-called[%s,:]*$")) then return true end
    if lw == "as" and find(before, "known%s+as[%s,:]*$") then return true end
  end
  -- before ends with a space after a run of word characters holding a capital
  local cap = false
  local n = #before
  if byte(before, n) == 32 then
    local k = n - 1
    while IS_NAME_CHAR[byte(before, k)] do
      if IS_UPPER[byte(before, k)] then cap = true; break end
      k = k - 1
    end
  end
  if cap then
    local nxt = match(sub(t, ce + 1, ce + 40), "^ (%S+)")
    if nxt and (find(nxt, "^%u") or find(nxt, "^[ae][ln]%-") or nxt == "bin" or nxt == "ibn") then return true end
  end
  return is_title_case(inner)
end

local NO_RECORDS = {}   -- (never changed)

-- Finds the quotations of one paragraph. Returns records in order; the last one has
-- .unclosed when the paragraph ends inside a quote.
local function scan_text(raw, index, continuing, partial_words, most_words)
  -- no quotation mark, no quotation (normalising changes no mark)
  if not find(raw, '"', 1, true) and not find(raw, "\226\128\156", 1, true)
      and not find(raw, "\226\128\157", 1, true) then
    return NO_RECORDS
  end
  local t = normalise(raw)
  local marks, nmarks = marks_of(t)
  if nmarks == 0 then return {} end
  local segs = pair_marks(t, marks, nmarks, continuing)
  local recs = {}
  local prev_end = 0
  local first_nonspace = find(t, "%S")
  for si = 1, #segs do
    local sg = segs[si]
    local o = sg.o.p
    local inner_s = o + sg.o.len
    local ce, inner_e
    if sg.c then
      ce = sg.c.p + sg.c.len - 1
      inner_e = sg.c.p - 1
    else
      ce = #t
      while ce > o and IS_SPACE[byte(t, ce)] do ce = ce - 1 end
      inner_e = ce
    end
    local inner = trim(sub(raw, inner_s, inner_e))
    local value = byte(inner, -1) == 44 and sub(inner, 1, -2) or inner
    local nwords = count_words(value, most_words)
    if nwords > 0 then
      -- the sentence before the opening mark, and the clause after the closing one
      local lo = max(prev_end + 1, o - MAX_BEFORE)
      local before = last_sentence(sub(t, lo, o - 1))
      local trimmed = trim(before)
      local after = ""
      if sg.c then
        local nxt = segs[si + 1]
        local hi = min(nxt and nxt.o.p - 1 or #t, ce + MAX_AFTER)
        after = sub(t, ce + 1, hi)
      end
      -- the mark the quotation ends with, before any closing brackets
      local k = #inner
      while byte(inner, k) == 93 or byte(inner, k) == 41 do k = k - 1 end
      local ends = byte(inner, k)
      local strict = not (ends == 44 or ends == 63 or ends == 33)
      local pre_speaker, pre_verb, dist = attribution_before(trimmed)
      local tail = byte(trimmed, -1)
      local colon = tail == 58
      local lead = trimmed == "" or colon
      if not lead and pre_speaker and (tail == 44 or tail == 58) and dist <= 1 then lead = true end
      if not lead and pre_speaker and dist <= 3 and find(inner, "^[%[%u]") then lead = true end
      local speaker, verb
      -- "X said:", "X told AFP:", "X said in a statement on Monday:"
      if pre_speaker and (lead or not sg.c) and dist <= (colon and 8 or 3) then
        speaker, verb = pre_speaker, pre_verb
      end
      if not speaker and sg.c then
        speaker, verb = attribution_after(after, strict)
      end
      if not speaker and not lead and pre_speaker then
        -- a fragment inside reported speech: 'Smith said the attack was "barbaric"'
        speaker, verb = pre_speaker, pre_verb
      end
      local partial = not lead or nwords <= partial_words and not speaker
      local skip = false
      if not speaker and (not lead or nwords <= partial_words) then
        skip = is_name_or_title(t, ce, inner, before)
      end
      if not skip then
        recs[#recs + 1] = {
          block = index, s = o, e = ce, value = value, speaker = speaker, verb = verb,
          own = speaker ~= nil, partial = partial, lead = lead, unclosed = sg.c == nil,
          at_start = si == 1 and o == first_nonspace,
        }
      end
    end
    prev_end = ce
  end
  return recs
end

-- Fills speakers along chains of quotations that continue each other, then resolves
-- pronoun speakers to the previous quotation's speaker.
local function resolve(recs)
  local chains = {}
  local prev
  for _, r in ipairs(recs) do
    local link = false
    if prev and not r.partial then
      if r.block == prev.block then
        link = true
      elseif r.at_start and prev.last_in_block and prev.block == r.prev_block then
        -- continues the previous paragraph's open quote, or, with no attribution of its
        -- own, a new paragraph of quotation right after an attributed one
        link = prev.unclosed or not r.own
      end
    end
    if not r.partial then
      local chain = link and prev.chain
      if not chain then
        chain = {}
        chains[#chains + 1] = chain
      end
      chain[#chain + 1] = r
      r.chain = chain
      prev = r
    end
  end
  for _, ch in ipairs(chains) do
    local cur
    for i = 1, #ch do
      local r = ch[i]
      if r.own then
        cur = r
      elseif cur then
        r.speaker, r.verb, r.continued = cur.speaker, cur.verb, true
      end
    end
    cur = nil
    for i = #ch, 1, -1 do
      local r = ch[i]
      if r.own then
        cur = r
      elseif cur and not r.speaker then
        r.speaker, r.verb, r.continued = cur.speaker, cur.verb, true
      end
    end
  end
  local last
  for _, r in ipairs(recs) do
    local spk = r.speaker
    if spk then
      local p = lower(spk)
      if PRONOUNS[p] then
        r.pronoun = p
        if last then r.speaker = last end
      else
        last = spk
      end
    end
    r.chain = nil
  end
  return recs
end

local TEXT_BLOCKS = { paragraph = true, quote = true }

-- All quotations of an article, in document order, with speakers resolved.
local function scan(article, partial_words)
  partial_words = partial_words or 3
  -- words of a quotation are counted up to one more than partial_words: all the comparisons
  -- need (a negative or NaN partial_words compares false with any count above 0)
  local most_words = math.huge
  if type(partial_words) == "number" then
    most_words = partial_words >= 0 and math.floor(partial_words) + 1 or 1
  end
  local all = {}
  local prev_last, prev_index = nil, nil
  local body = article.body or {}
  for i = 1, #body do
    local b = body[i]
    if TEXT_BLOCKS[b.type] and type(b.text) == "string" and b.text ~= "" then
      local continuing = prev_last ~= nil and prev_last.unclosed and prev_index ~= nil
      local recs = scan_text(b.text, i, continuing, partial_words, most_words)
      local nrecs = #recs
      for j = 1, nrecs do
        local r = recs[j]
        r.prev_block = prev_index
        all[#all + 1] = r
      end
      prev_last = recs[nrecs]
      if prev_last then prev_last.last_in_block = true end
      prev_index = i
    elseif b.type == "heading" then
      prev_last, prev_index = nil, nil
    end
  end
  return resolve(all)
end

local plugin = {
  name = "quotes",
  version = "1.0.0",
  description = "Tags direct quotations with their speaker and speech verb.",
  options = {
    partial = { type = "boolean", default = true, help = "also tag scare quotes and quoted fragments (attrs.partial)" },
    partial_words = {
      type = "number", default = 3,
      help = "a quotation of at most this many words with no attribution is a scare quote",
    },
  },

  Article = function(article, opts)
    local recs = scan(article, opts.partial_words)
    for _, r in ipairs(recs) do
      if opts.partial ~= false or not r.partial then
        local attrs = {}
        if r.speaker then attrs.speaker, attrs.verb = r.speaker, r.verb end
        if r.pronoun then attrs.pronoun = r.pronoun end
        if r.continued then attrs.continued = true end
        if r.partial then attrs.partial = true end
        article:tag { kind = "quote", value = r.value, block = r.block, start = r.s, stop = r.e, attrs = attrs }
      end
    end
  end,
}

-- For casualties.lua (and other plugins beside this one): require("quotes").scan(article) etc.
-- Kept out of the plugin table itself so the host sees only the plugin's own fields.
return setmetatable(plugin, {
  __index = {
    scan = scan,
    normalise = normalise,
    is_break = is_break,
    words = words,
    clean_speaker = clean_speaker,
    attribution_before = attribution_before,
    attribution_after = attribution_after,
    SPEECH = SPEECH,
  },
})
