@testable import LedeCore
import Testing

@Suite struct CaptionTests {
    @Test(arguments: [
        ("Protesters gather in Tahrir Square on Friday. [AFP]", "Protesters gather in Tahrir Square on Friday.", "AFP"),
        ("Rescue workers search the rubble (Reuters)", "Rescue workers search the rubble", "Reuters"),
        ("A man walks past a mural in Beirut (AP Photo/Jane Doe)", "A man walks past a mural in Beirut", "AP Photo/Jane Doe"),
        ("Smoke rises over the city. Credit: Getty Images", "Smoke rises over the city.", "Getty Images"),
        ("Mourners at the funeral on Tuesday. Photograph: Jane Doe/Reuters", "Mourners at the funeral on Tuesday.", "Jane Doe/Reuters"),
        ("Troops in Kyiv – Photograph: AFP via Getty Images", "Troops in Kyiv", "AFP via Getty Images"),
        ("Flooded streets in Dhaka, Image credit: Reuters", "Flooded streets in Dhaka", "Reuters"),
        ("Photo: Smoke rises over Gaza City [AFP]", "Smoke rises over Gaza City", "AFP"),
        ("Aid trucks at the Rafah crossing [Mohammed Salem/Reuters]", "Aid trucks at the Rafah crossing", "Mohammed Salem/Reuters"),
    ])
    func captionWithCredit(line: String, caption: String, credit: String) {
        #expect(Caption.parse(line) == Caption(caption: caption, credit: credit))
    }

    @Test func labelledCaptionWithoutCredit() {
        #expect(Caption.parse("Photo: Smoke rises over the city") == Caption(caption: "Smoke rises over the city", credit: nil))
        #expect(Caption.parse("Pictured: the new bridge at dawn") == Caption(caption: "the new bridge at dawn", credit: nil))
    }

    @Test(arguments: [
        ("Photo: Getty Images", "Getty Images"),
        ("Image: AFP", "AFP"),
        ("Photograph: Jane Doe/Reuters", "Jane Doe/Reuters"),
        ("[AFP]", "AFP"),
        ("(Reuters)", "Reuters"),
    ])
    func creditOnly(line: String, credit: String) {
        #expect(Caption.parse(line) == Caption(caption: nil, credit: credit))
    }

    @Test(arguments: [
        "He said it was fine (for now).",
        "He said it was fine (for now)",
        "The Ministry of Defence (MoD).",
        "[click to enlarge]",
        "See the photo: it shows the whole square.",
        "The talks resumed on Thursday.",
        "Prices rose sharply (by 12 per cent, officials said)",
        "",
    ])
    func linesThatAreNotCaptions(line: String) {
        #expect(Caption.parse(line) == nil)
    }

    @Test func overlongLineIsNotACaption() {
        let line = String(repeating: "word ", count: 80) + "[AFP]"
        #expect(line.count > 400)
        #expect(Caption.parse(line) == nil)
    }

    @Test(arguments: [
        ("AFP", true),
        ("Getty Images", true),
        ("AP Photo/Jane Doe", true),
        ("Jane Doe for Reuters", true),
        ("Acme Photos Inc.", true),
        ("Reuters.", false),
        ("for now", false),
        ("One Two Three Four Five Six Seven", false),
    ])
    func credits(text: String, isCredit: Bool) {
        #expect(Caption.isCredit(text) == isCredit)
    }
}
