-- MoreBikes (morebikes.co.uk, Mortons Media), WordPress theme: the post in
-- article div.entry-content, which also holds the advert slots and the Facebook comments
-- box (both in <center> blocks), a Jetpack slideshow's no-script notice, the publisher's
-- Motor Cycle Monthly subscription promo (a paragraph linking classicmagazines.co.uk) and,
-- on kit reviews, an unrendered "[button ...]" shortcode. Headline h1.entry-title; byline
-- .entry-meta .author.
-- Fixes: the promo, the shortcode, the comments heading "Tell us what YOU think..." and the
-- notification bar's subscription line taken into the body; the publication time an hour
-- early (from the metadata).
return {
  name = "morebikes",
  version = "1.0.0",
  description = "MoreBikes: the post text without adverts, promos and comments.",
  outlet = {
    domains = { "morebikes.co.uk" },
    html = {
      body = "article div.entry-content",
      strip = {
        "div.entry-content center",
        "div.entry-content .jetpack-slideshow-noscript",
        "div.entry-content .fb-comments",
        -- The subscription promo: a paragraph linking the publisher's magazine shop.
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' entry-content ')]/p[a[contains(@href, 'classicmagazines.co.uk')]]",
        -- A shortcode the site leaves unrendered: "[button link=...]...[/button]".
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' entry-content ')]/p[starts-with(normalize-space(.), '[button')]",
      },
      headline = "article h1.entry-title",
      authors = "article .entry-meta .author",
      -- The post's time element agrees with the time shown ("10:41 am"); the page's
      -- article:published_time metadata gives the UTC clock time with the BST offset.
      date = { selector = "article .entry-meta time.published", attr = "datetime" },
    },
  },
}
