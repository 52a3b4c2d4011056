import Foundation
import TestSupport
import Testing

@Suite("CI examples and CI reports of the built tool")
struct CIExamplesTests {
    static let base = "Tests/RuleDiffTests/Fixtures/base.json"

    @Test("the GitHub workflow is valid against check-jsonschema's GitHub workflow schema")
    func githubWorkflow() throws {
        let workflow = Golden.packageRoot.appendingPathComponent(".github/workflows/rules.yml")
        let run = try ExternalValidator.checkJSONSchema(builtin: "vendor.github-workflows", files: [workflow])
        #expect(run.status == 0, "\(run.output)")
    }

    @Test("the GitLab CI example is valid against check-jsonschema's GitLab CI schema")
    func gitlabExample() throws {
        let example = Golden.packageRoot.appendingPathComponent("examples/.gitlab-ci.yml")
        let run = try ExternalValidator.checkJSONSchema(builtin: "vendor.gitlab-ci", files: [example])
        #expect(run.status == 0, "\(run.output)")
    }

    @Test("the workflow uploads the SARIF report it writes to code scanning")
    func workflowUploadsSARIF() throws {
        let text = try String(contentsOf: Golden.packageRoot.appendingPathComponent(".github/workflows/rules.yml"), encoding: .utf8)
        #expect(text.contains("--format sarif --fail-on never \"${accept[@]}\" > rule-changes.sarif"))
        #expect(text.contains("uses: github/codeql-action/upload-sarif@v3"))
        #expect(text.contains("sarif_file: rule-changes.sarif"))
        #expect(text.contains("security-events: write"))
    }

    @Test("the GitLab example hands both reports it writes to GitLab")
    func gitlabReportsAreArtifacts() throws {
        let text = try String(contentsOf: Golden.packageRoot.appendingPathComponent("examples/.gitlab-ci.yml"), encoding: .utf8)
        #expect(text.contains("--format gitlab --fail-on never $accept > gl-code-quality-report.json"))
        #expect(text.contains("codequality: gl-code-quality-report.json"))
        #expect(text.contains("--format junit --fail-on breaking $accept > rule-changes.junit.xml"))
        #expect(text.contains("junit: rule-changes.junit.xml"))
    }

    @Test("with the compiled rule book as head, reports point at lines of content/rules.json that hold the rule")
    func compiledHeadPointsAtCommittedSnapshot() throws {
        let run = try ToolRun.run(["rules", "diff", Self.base, "--format", "gitlab", "--fail-on", "never"])
        #expect(run.exitCode == 0, "\(run.standardError)")
        let issues = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [[String: Any]])
        #expect(!issues.isEmpty)
        let committed = try String(contentsOf: Golden.packageRoot.appendingPathComponent("content/rules.json"), encoding: .utf8)
        let lines = committed.split(separator: "\n", omittingEmptySubsequences: false)
        for issue in issues {
            let location = try #require(issue["location"] as? [String: Any])
            #expect(location["path"] as? String == "content/rules.json")
            let begin = try #require((location["lines"] as? [String: Any])?["begin"] as? Int)
            #expect(begin >= 1 && begin <= lines.count)
        }
        // A rule that the compiled book has and the fixture base lacks is found on its own id's line.
        let added = try #require(issues.first { ($0["check_name"] as? String) == "rule-added" })
        let fingerprint = try #require(added["fingerprint"] as? String)
        let id = String(fingerprint.dropFirst("rule-added:".count))
        let begin = try #require(((added["location"] as? [String: Any])?["lines"] as? [String: Any])?["begin"] as? Int)
        #expect(lines[begin - 1].contains("\"id\": \"\(id)\""))
    }

    @Test("the tool's SARIF for the compiled rule book is valid against the OASIS schema")
    func compiledHeadSARIFIsValid() throws {
        let run = try ToolRun.run(["rules", "diff", Self.base, "--format", "sarif", "--fail-on", "never"])
        #expect(run.exitCode == 0, "\(run.standardError)")
        let folder = try makeTemporaryDirectory("sarif")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("rules.sarif")
        try Data(run.standardOutput.utf8).write(to: file)
        let validation = try ExternalValidator.checkJSONSchema(schema: try ExternalValidator.sarifSchema(), files: [file])
        #expect(validation.status == 0, "\(validation.output)")
    }

    @Test("JUnit at --fail-on breaking exits 1 and still writes the whole report")
    func junitExitStatus() throws {
        let run = try ToolRun.run(["rules", "diff", Self.base, "Tests/RuleDiffTests/Fixtures/head.json", "--format", "junit"])
        #expect(run.exitCode == 1)
        #expect(run.standardOutput.hasSuffix("</testsuites>\n"))
        #expect(run.standardError.contains("--fail-on breaking"))
    }
}
