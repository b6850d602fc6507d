-- Autoracing (autoracing.com.br), WordPress theme with the post in div.articleBody
-- (itemprop="articleBody"), which also holds the post's h1 title, its date line
-- ("segunda-feira, 22 de janeiro de 2018 às 0:13"), share buttons, the tag list and the
-- comment-moderation notice; pictures are WordPress .wp-caption blocks.
-- Fixes: the date line, image captions, tags and "ATENÇÃO: Comentários ..." notice taken
-- into the body; "Share this on WhatsApp" at the start of the description.
return {
  name = "autoracing",
  version = "1.0.0",
  description = "Autoracing: the post's text without its title, date line, tags and comment notice.",
  outlet = {
    domains = { "autoracing.com.br" },
    html = {
      body = "div.articleBody",
      strip = {
        "div.articleBody > h1",
        "div.articleBody > span.data",
        "div.articleBody .addthis_toolbox",
        "div.articleBody .wabtn_container",
        -- Image captions here repeat the picture's subject ("StockCar", a driver's name).
        "div.articleBody .wp-caption-text",
        -- The tag list: a <strong> holding the rel=tag links.
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' articleBody ')]/strong[a[@rel='tag']]",
        -- The comment-moderation notice and the rule above the tags: the two styled
        -- paragraphs with a top border closing the post.
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' articleBody ')]/p[contains(@style, 'border-top')]",
      },
      headline = "div.articleBody > h1",
    },
    -- The site's description metadata starts with the WhatsApp button's label.
    fixup = function(article)
      if type(article.description) == "string" then
        article.description = article.description:gsub("^Share this on WhatsApp%s*", "")
      end
      return article
    end,
  },
}
