-- The outlets pack: outlet rules bundled with lede, each with a fixture from a real page.
return {
  name = "outlets",
  version = "0.1.0",
  description = "Outlet rules for The New Arab and news sites where generic extraction needed help.",
  lede = ">=0.1",
  license = "MIT",
}
