@testable import LedeCore
import Testing

@Suite struct BylineTests {
    @Test(arguments: [
        ("By Jane Doe", ["Jane Doe"], [String]()),
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"], []),
        ("By Jane Doe & John Roe", ["Jane Doe", "John Roe"], []),
        ("By Jane Doe, John Roe and Ali Khan", ["Jane Doe", "John Roe", "Ali Khan"], []),
        ("By Jane Doe, Reuters", ["Jane Doe"], ["Reuters"]),
        ("By Jane Doe; AFP", ["Jane Doe"], ["AFP"]),
        ("By Jane Doe in Beirut", ["Jane Doe"], ["in Beirut"]),
        ("By Jane Doe and John Roe in Cairo", ["Jane Doe", "John Roe"], ["in Cairo"]),
        ("By JANE DOE", ["JANE DOE"], []),
        ("By Ahmed al-Masri", ["Ahmed al-Masri"], []),
        ("By Ludwig van Beethoven", ["Ludwig van Beethoven"], []),
        ("By Jean-Luc O'Neill", ["Jean-Luc O'Neill"], []),
        ("By Jane Doe, Senior Correspondent", ["Jane Doe"], ["Senior Correspondent"]),
        ("By Jane Doe, Middle East Editor", ["Jane Doe"], ["Middle East Editor"]),
        ("By Jane Doe.", ["Jane Doe"], []),
        ("By: Jane Doe", ["Jane Doe"], []),
        ("by Jane Doe", ["Jane Doe"], []),
        ("Written by Jane Doe", ["Jane Doe"], []),
        ("Reported by Jane Doe in Kyiv", ["Jane Doe"], ["in Kyiv"]),
        ("By Reuters", [], ["Reuters"]),
        ("By The Associated Press", [], ["The Associated Press"]),
        ("By AFP staff", [], ["AFP staff"]),
        ("By محمد علي", ["محمد علي"], []),
    ])
    func readsBylines(text: String, authors: [String], affiliations: [String]) {
        #expect(Byline.parse(text) == Byline(authors: authors, affiliations: affiliations))
    }

    @Test(arguments: [
        "By the numbers: how the vote went",
        "By the numbers",
        "By air and by sea, the aid arrived",
        "By Friday, the talks had collapsed and both delegations had gone home",
        "Bypass closed after crash",
        "Jane Doe",
        "By",
        "By ",
        "Standby for updates",
    ])
    func rejectsLinesThatAreNotBylines(text: String) {
        #expect(Byline.parse(text) == nil)
    }

    @Test func overlongLineIsNotAByline() {
        let text = "By Jane Doe, " + String(repeating: "Reuters, ", count: 20)
        #expect(text.count > 160)
        #expect(Byline.parse(text) == nil)
    }

    @Test(arguments: [
        ("Jane Doe", true),
        ("JANE DOE", true),
        ("Ahmed al Masri", true),
        ("Anna de la Cruz", true),
        ("Jane doe", false),
        ("al", false),
        ("van der", false),
        ("Jane Doe 2", false),
        ("One Two Three Four Five Six", false),
        ("the numbers", false),
    ])
    func personNames(text: String, isName: Bool) {
        #expect(Byline.isPersonName(text) == isName)
    }
}
