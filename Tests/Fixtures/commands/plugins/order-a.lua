return {
  name = "order-a", version = "1.0.0",
  Article = function(article) article.meta.order = (article.meta.order or "") .. "a" end,
}
