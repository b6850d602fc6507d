return {
  name = "bad-writer", version = "1.0.0",
  Writer = function(article)
    if (article.headline or ""):find("Syria") then error("cannot write this one") end
    return article.id .. "\n"
  end,
}
