-- A test tagger: tags "Syria" and "US" with attrs that need CSV quoting.
return {
  name = "csv-test-tagger", version = "1.0.0",
  Paragraph = function(block, article)
    for _, word in ipairs({ "Syria", "US" }) do
      local s, e = block.text:find(word, 1, true)
      if s then
        article:tag{ kind = "place", value = word, block = block.index, start = s, stop = e,
          attrs = { note = 'said "here", twice' } }
      end
    end
  end,
  Article = function(article) article:tag{ kind = "count", value = "n=" .. #(article.tags or {}) } end,
}
