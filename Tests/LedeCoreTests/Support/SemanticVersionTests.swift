@testable import LedeCore
import Testing

@Suite struct SemanticVersionTests {
    @Test func parsesTheThreeNumbersPrereleaseAndBuild() throws {
        let version = try #require(SemanticVersion("1.20.3-beta.2+exp.sha.5114f85"))
        #expect(version.major == 1 && version.minor == 20 && version.patch == 3)
        #expect(version.prerelease == ["beta", "2"])
        #expect(version.build == ["exp", "sha", "5114f85"])
        #expect(version.isPrerelease)
        #expect(version.description == "1.20.3-beta.2+exp.sha.5114f85")
        #expect(SemanticVersion("0.0.0")?.description == "0.0.0")
        #expect(SemanticVersion("1.0.0+001")?.build == ["001"])
        #expect(SemanticVersion("1.0.0-x-y-z.--")?.prerelease == ["x-y-z", "--"])
    }

    @Test(arguments: [
        "", "1", "1.2", "1.2.3.4", "01.2.3", "1.02.3", "1.2.03", "v1.2.3", "1.2.3-", "1.2.3+", "1.2.3-beta..1",
        "1.2.3-01", "1.2.3-beta_1", "-1.2.3", "1.-2.3", " 1.2.3", "1.2.3 ", "1.x.3", "99999999999999999999.0.0",
    ])
    func strictParsingRejects(_ text: String) {
        #expect(SemanticVersion(text) == nil)
    }

    @Test func partialParsingFillsMissingPartsWithZeros() {
        #expect(SemanticVersion(partial: "1")?.description == "1.0.0")
        #expect(SemanticVersion(partial: "1.2")?.description == "1.2.0")
        #expect(SemanticVersion(partial: "1.2.3-rc.1")?.description == "1.2.3-rc.1")
        // A pre-release or build needs all three numbers; leading zeros stay wrong.
        for text in ["1.2-rc.1", "1+build", "01", "1.", "1.2.3.4", "x"] {
            #expect(SemanticVersion(partial: text) == nil, "\(text)")
        }
    }

    /// The precedence example list of semver 2.0.0, §11, plus the numeric part and release order.
    @Test func precedenceFollowsTheSpecExample() throws {
        let ordered = [
            "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11",
            "1.0.0-rc.1", "1.0.0", "1.0.1", "1.1.0", "1.9.0", "1.10.0", "2.0.0", "10.0.0",
        ]
        let versions = try ordered.map { try #require(SemanticVersion($0)) }
        for (lower, higher) in zip(versions, versions.dropFirst()) {
            #expect(lower < higher, "\(lower) < \(higher)")
            #expect(!(higher < lower), "\(higher) < \(lower)")
        }
        #expect(versions.shuffled().sorted() == versions)
    }

    @Test func numericIdentifiersSortBeforeAlphanumericAndByValue() throws {
        let numeric = try #require(SemanticVersion("1.0.0-9"))
        let alpha = try #require(SemanticVersion("1.0.0-a"))
        let big = try #require(SemanticVersion("1.0.0-100000000000000000000000"))
        #expect(numeric < alpha)
        #expect(numeric < big)
        #expect(big < alpha)
        let upper = try #require(SemanticVersion("1.0.0-B")), lower = try #require(SemanticVersion("1.0.0-a"))
        #expect(upper < lower)  // ASCII order
    }

    @Test func buildMetadataIsIgnoredByComparison() throws {
        let one = try #require(SemanticVersion("1.0.0+build.1"))
        let other = try #require(SemanticVersion("1.0.0+build.2"))
        #expect(one == other)
        #expect(!(one < other) && !(other < one))
        #expect(Set([one, other]).count == 1)
        #expect(one.description != other.description)
    }
}
