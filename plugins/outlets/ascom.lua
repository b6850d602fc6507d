-- Ascom (ascom.com) press releases, "ws-press" layout: headline h1.ws-press__container__title,
-- date .ws-press__container__date, standfirst .ws-press__container__quote, the release's text
-- in .ws-press__container__content; its last text block, set off by a rule (<hr>), is the
-- "About Ascom" company boilerplate.
-- Fixes: the boilerplate taken into the body. The pages have no canonical link, so the rule
-- also matches by the site's content path.
return {
  name = "ascom",
  version = "1.0.0",
  description = "Ascom press releases: the release text without the About Ascom boilerplate.",
  outlet = {
    domains = { "ascom.com" },
    -- Saved pages carry no canonical link or og:url: the site's Adobe Experience Manager
    -- content path (meta name="path") and the press-release container mark the layout.
    match = function(input)
      return input.doc ~= nil
        and #input.doc:select("meta[name=path][content^='/content/ascom/']") > 0
        and #input.doc:select("div.ws-press__container__content") > 0
    end,
    html = {
      body = "div.ws-press__container__content",
      strip = {
        -- The company boilerplate: the text block that opens with a horizontal rule.
        "//div[contains(@class, 'ws-press__container__content')]//div[hr]",
      },
      headline = "h1.ws-press__container__title",
      description = "div.ws-press__container__quote",
      date = { selector = "div.ws-press__container__date", format = "MMMM d, yyyy" },
    },
  },
}
