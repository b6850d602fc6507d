return {
  name = "typo-rule",
  version = "1.0.0",
  outlet = {
    domains = { "typo.example" },
    html = {
      body = "article",
      headlin = "h1",
    },
  },
}
