-- The Jerusalem Post (jpost.com), article layout of 2019 (also its Breaking-News pages): the
-- story is the element marked itemprop="articleBody"; the headline is h1.article-title; the
-- byline and date line sit in .article-subline.
-- Fixes: the generic extractor takes the whole page column for breaking news (the header's
-- "JPOST Digital Library" link, the ticker of other breaking news, the customer-service
-- footer), which more than doubles the text of a short story.
return {
  name = "jpost",
  version = "1.0.0",
  description = "The Jerusalem Post: the articleBody element only.",
  outlet = {
    domains = { "jpost.com" },
    html = {
      body = "div[itemprop=articleBody]",
      headline = "h1.article-title",
    },
  },
}
