-- Imported by 'lede rules import-ftr' from the FiveFilters site config example.com.txt.
-- test page: https://www.example.com/2024/05/01/council-votes-budget
--   which should contain: The council voted
return {
  name = "example-com",
  version = "1.0.0",
  description = "Imported from FiveFilters site config example.com",
  outlet = {
    domains = { "example.com" },
    html = {
      headline = "//h1[@class='headline']",
      -- also in the site config: title: //meta[@property='og:title']/@content (line 3)
      body = "//div[@id='story-body']",
      -- also in the site config: body: //article (line 5)
      strip = {
        "//div[contains(@class,'share-tools')]",
        "//aside[@title=\"a]]b\\c\"]",
        "//*[contains(@class,'newsletter') or contains(@id,'newsletter')]",
        "//*[contains(@class,\"o'clock\") or contains(@id,\"o'clock\")]",
        "//img[contains(@src,'/tracking/pixel')]",
      },
      authors = "//span[@class='byline-name']",
      date = "//time[@class='published']/@datetime",
    },
  },
}
