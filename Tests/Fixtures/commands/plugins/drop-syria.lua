return {
  name = "drop-syria", version = "1.0.0",
  Article = function(article)
    if (article.headline or ""):find("Syria") then return false end
  end,
}
