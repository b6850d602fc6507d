-- A `lede lua` script: arguments arrive as `...`, print writes to standard output.
local first, second = ...
print("args:", first, second)
print("words:", #lede.text.words("al-Qaeda's fighters, 100 of them"))
print("find:", lede.re.find("Café au lait", "au (\\w+)"))
print("date:", lede.date.parse("Thu 8 Feb 2018 10.32 GMT"))
lede.log.warn("to stderr, with the line")
print("io:", io)
error("stops here")
