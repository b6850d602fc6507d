return {
  name = "order-b", version = "2.1.0",
  options = {
    suffix = { type = "string", default = "b", help = "what to append" },
    times = { type = "number", default = 1, help = "how many times" },
    loud = { type = "boolean", default = false, help = "upper-case it" },
    tags = { type = "list", default = {}, help = "extra meta tags" },
  },
  Article = function(article, opts)
    local s = string.rep(opts.suffix, opts.times)
    if opts.loud then s = s:upper() end
    article.meta.order = (article.meta.order or "") .. s
    article.meta.tags = opts.tags
  end,
}
