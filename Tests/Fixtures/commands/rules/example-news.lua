-- A test rule for the made-up outlet of inputs/example-story.html.
return {
  name = "example-news",
  version = "2.1.0",
  outlet = {
    domains = { "example.com" },
    html = {
      headline = "h1.story-title",
      body = "div.story-body",
      strip = { ".promo", "//aside" },
      authors = "span.byline a",
      date = { selector = "time", attr = "datetime" },
      description = "meta[name=description]@content",
    },
    fixup = function(article, input)
      local links = input.doc:select("span.byline a")
      article.meta.staff_pages = {}
      for i, node in ipairs(links) do article.meta.staff_pages[i] = node:attr("href") end
      article.meta.first_link_tag = links[1] and links[1].tag
    end,
  },
}
