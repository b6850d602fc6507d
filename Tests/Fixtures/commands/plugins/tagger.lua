-- Tags every "é" word and every "Syria", to check byte-to-scalar offsets and block numbers.
return {
  name = "tagger", version = "0.3.0",
  Block = function(block, article)
    for s, word, e in block.text:gmatch("()(%a*\195\169%a*)()") do
      article:tag{ kind = "accented", value = word, block = block.index, start = s, stop = e - 1 }
    end
    local s, e = block.text:find("Syria", 1, true)
    if s then article:tag{ kind = "place", value = "Syria", block = block.index, start = s, stop = e, attrs = { type = "country" } } end
  end,
  Article = function(article) article:tag{ kind = "count", value = tostring(#(article.tags or {})) } end,
}
