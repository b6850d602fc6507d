return {
  name = "bad-selector",
  version = "1.0.0",
  outlet = {
    domains = { "bad.example" },
    html = {
      headline = "h1",
      body = "div.story >> p",
    },
  },
}
