-- Article returns a new article table: it replaces the one it was given.
return {
  name = "replace-article", version = "1.0.0",
  Article = function(article)
    return {
      schema = article.schema, id = article.id, source = article.source,
      headline = "Replaced: " .. (article.headline or ""),
      authors = { "Desk" },
      body = { lede.Paragraph("Only this paragraph is left.") },
      meta = { original_blocks = #article.body },
    }
  end,
}
