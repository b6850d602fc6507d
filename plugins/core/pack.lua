-- The core pack: taggers, filters and writers that ship with lede.
return {
  name = "core",
  version = "0.1.0",
  description = "Taggers (quotes, places, casualties), a filter (min-words) and a writer (csv) bundled with lede.",
  lede = ">=0.1",
  license = "MIT",
}
