local re = lede.re
-- find: Lua's byte offsets, also after multi-byte characters
local s, e, a, b = re.find("Café au lait", "(au) (l\\w+)")
assert(s == 7 and e == 13 and a == "au" and b == "lait", table.concat({ tostring(s), tostring(e), tostring(a), tostring(b) }, ","))
assert(("Café au lait"):sub(s, e) == "au lait")
assert(re.find("abc", "x") == nil)
assert(re.find("aXbX", "x", 3, "i") == 4, "init and the i flag")
local _, _, optional = re.find("ab", "a(z)?b")
assert(optional == false, "a group that did not take part is false")
-- alternation and Unicode classes, which Lua patterns lack
assert(re.match("Syrian and Iraqi forces", "\\b(Syrian|Iraqi)\\b") == "Syrian")
assert(re.match("Ελλάδα 2024", "\\p{L}+") == "Ελλάδα")
assert(re.match("abc", "b") == "b")
-- gmatch
local found = {}
for number in re.gmatch("x=1, y=22, z=333", "\\d+") do found[#found + 1] = number end
assert(table.concat(found, ",") == "1,22,333")
local pairs_found = {}
for key, value in re.gmatch("a=1;b=2", "(\\w)=(\\d)") do pairs_found[#pairs_found + 1] = key .. value end
assert(table.concat(pairs_found, ",") == "a1,b2")
local empty = 0
for _ in re.gmatch("ééé", "") do empty = empty + 1 end
assert(empty == 4, "empty matches step over whole characters: " .. empty)
-- gsub with strings, tables and functions
assert(select(1, re.gsub("one two", "(\\w+)", "[$1]")) == "[one] [two]")
assert(select(2, re.gsub("one two", "(\\w+)", "[$1]")) == 2)
assert(re.gsub("a1b22", "\\d+", function(d) return "<" .. d .. ">" end) == "a<1>b<22>")
assert(re.gsub("cat dog", "\\w+", { cat = "CAT" }) == "CAT dog")
assert(re.gsub("aaa", "a", "b", 2) == "bba")
assert(re.gsub("Hello", "l", "L", nil, "i") == "HeLLo")
assert(re.gsub("héllo", "", "-") == "-h-é-l-l-o-")
local ok, message = pcall(re.find, "x", "(")
assert(not ok and message:find("invalid regular expression"), message)
ok, message = pcall(re.find, "x", "x", 1, "q")
assert(not ok and message:find("unknown regex flag"), message)
