-- Remember 80 90 (remember8090.it), WordPress theme: the post in article > .contSingle >
-- div.entry-content, after an ad block (.g); the headline is header.entry-header h1.entry-title.
-- Related posts are embedded in the text as a "Leggi anche" paragraph followed by the other
-- post's h1.entry-title link.
-- Fixes: the generic extractor stops at the first embedded related post, losing the rest
-- of the story.
return {
  name = "remember8090",
  version = "1.0.0",
  description = "Remember 80 90: the whole post text, without its embedded related posts.",
  outlet = {
    domains = { "remember8090.it" },
    html = {
      body = "article div.entry-content",
      strip = {
        "div.entry-content .g",
        -- An embedded related post: its title (an h1.entry-title inside the text) and the
        -- "Leggi anche" paragraph just above it.
        "div.entry-content h1.entry-title",
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' entry-content ')]"
          .. "/p[following-sibling::*[1][self::h1[contains(@class, 'entry-title')]]]",
      },
      headline = "header.entry-header h1.entry-title",
    },
  },
}
