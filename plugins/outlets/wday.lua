-- WDay (wday.ru), article layout of its Vue front end: header.article__header with
-- h1.article__title, the lead p.article__lead-paragraph and the "Текст: ..." author line
-- (.article-info__authors); the story in div.article__content (itemprop="articleBody") as
-- .article__block blocks of text, pictures (with .image-caption credits) and sliders.
-- Fixes: the generic extractor drops the opening text block (it stands apart from the
-- later blocks, after the lead), and takes the page's <title> form of the headline
-- ("...: новости, фото 2018") and a commenter's name for the author.
return {
  name = "wday",
  version = "1.0.0",
  description = "WDay: the article's text blocks, headline and author line.",
  outlet = {
    domains = { "wday.ru" },
    html = {
      body = "div.article__content",
      strip = {
        "div.article__content .image-caption",
        "div.article__content .article__scroll-indicator",
      },
      headline = "h1.article__title",
      description = "p.article__lead-paragraph",
      authors = ".article-info__authors",
    },
    -- The author line is labelled "Текст: " (text by), which the byline parser keeps.
    fixup = function(article)
      local authors = {}
      for _, name in ipairs(article.authors or {}) do
        local person = name:gsub("^Текст:%s*", "")
        if person ~= "" then authors[#authors + 1] = person end
      end
      article.authors = authors
      return article
    end,
  },
}
