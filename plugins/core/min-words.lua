-- min-words: drops articles whose body is too short to be an article (a stub, a gallery,
-- a paywall teaser). Dropped articles are recorded, never silent.
return {
  name = "min-words",
  version = "1.0.0",
  description = "Drops articles whose body has fewer than `min` words.",
  options = {
    min = { type = "number", default = 50, help = "the fewest body words an article may have" },
  },

  Article = function(article, opts)
    local count = 0
    for _, block in ipairs(article.body or {}) do
      if block.type ~= "figure" then
        count = count + #lede.text.words(block.text or "")
      end
    end
    article.meta.wordCount = count
    if count < opts.min then return false end
  end,
}
