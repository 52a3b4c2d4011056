import Diagnostics
import Foundation
import MigrationRules
import Yams

/// Where the guide goes in a hosted help center (`site.yaml`): the Zendesk section or Intercom collection, the
/// platform's locale code for each of our languages, and how its article addresses look.
///
/// Ids of the platform's objects come from the team's account, so they live in a file the team edits, never in
/// the tool; `examples/site.yaml` is a commented starting point.
public struct HelpCenterConfiguration: Sendable, Hashable {
    public var zendesk: Zendesk?
    public var intercom: Intercom?

    public init(zendesk: Zendesk? = nil, intercom: Intercom? = nil) {
        self.zendesk = zendesk
        self.intercom = intercom
    }

    /// `zendesk:` in `site.yaml`.
    public struct Zendesk: Sendable, Hashable {
        /// The section every article is created in.
        public var sectionID: Int
        /// Who may edit and publish the articles (Zendesk requires one on create).
        public var permissionGroupID: Int
        /// Who may read them; nil is everyone.
        public var userSegmentID: Int?
        /// The help center locale per language (`pt-br`, `en-us`, `es` unless configured).
        public var locales: [Language: String]
        /// How an article's address looks, with `{locale}` and `{article_id}`.
        public var articleURL: String
        /// Create the articles as drafts, to review before they go live.
        public var draft: Bool

        public static let defaultLocales: [Language: String] = [.ptBR: "pt-br", .en: "en-us", .es: "es"]
        public static let defaultArticleURL = "/hc/{locale}/articles/{article_id}"
    }

    /// `intercom:` in `site.yaml`.
    public struct Intercom: Sendable, Hashable {
        /// The collection every article is created in.
        public var collectionID: Int
        /// The teammate who is the articles' author (the API requires one).
        public var authorID: Int
        /// The workspace locale per language (`pt-BR`, `en`, `es` unless configured); the workspace's default
        /// language must be pt-BR's, because the article's own title and body are the source language's.
        public var locales: [Language: String]
        /// How an article's address looks, with `{locale}` and `{article_id}`.
        public var articleURL: String
        /// `published` or `draft`.
        public var state: String

        public static let defaultLocales: [Language: String] = [.ptBR: "pt-BR", .en: "en", .es: "es"]
        public static let defaultArticleURL = "https://intercom.help/{workspace}/{locale}/articles/{article_id}"
    }

    /// Reads `site.yaml`; every problem is reported with its line, all at once.
    ///
    /// - Throws: `.inputMissing` when the file is not there, `.invalidData` with every problem otherwise.
    public static func load(path: String) throws(DiagnosticsError) -> HelpCenterConfiguration {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DiagnosticsError(
                Diagnostic(
                    path: path, message: "no site configuration here; the zendesk and intercom formats need one.",
                    hint: "copy examples/site.yaml, fill in your section or collection id, and pass it with --config."),
                status: .inputMissing)
        }
        let text = try UTF8Text.decode(data, path: path)
        let root: Node?
        do {
            root = try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch {
            throw DiagnosticsError(Diagnostic(path: path, message: "the site configuration is not valid YAML: \(error)."))
        }
        var reader = ConfigurationReader(path: path)
        let configuration = reader.configuration(root)
        guard reader.diagnostics.isEmpty else { throw DiagnosticsError(reader.diagnostics) }
        return configuration
    }
}

/// Walks `site.yaml`'s nodes, collecting located diagnostics.
private struct ConfigurationReader {
    let path: String
    var diagnostics: [Diagnostic] = []

    init(path: String) { self.path = path }

    mutating func configuration(_ root: Node?) -> HelpCenterConfiguration {
        guard let mapping = root?.mapping else {
            report(root, "the site configuration must be a mapping with 'zendesk:' and/or 'intercom:' sections.")
            return HelpCenterConfiguration()
        }
        var configuration = HelpCenterConfiguration()
        for (key, value) in mapping {
            switch key.string {
            case "zendesk": configuration.zendesk = zendesk(value)
            case "intercom": configuration.intercom = intercom(value)
            default: report(key, "unknown section '\(key.string ?? "")'; the sections are zendesk and intercom.")
            }
        }
        return configuration
    }

    private mutating func zendesk(_ node: Node) -> HelpCenterConfiguration.Zendesk? {
        let keys = ["section_id", "permission_group_id", "user_segment_id", "locales", "article_url", "draft"]
        guard let fields = fields(node, section: "zendesk", allowed: keys) else { return nil }
        let section = integer(fields["section_id"], "zendesk.section_id", in: node)
        let group = integer(fields["permission_group_id"], "zendesk.permission_group_id", in: node)
        let segment = fields["user_segment_id"].flatMap { integer($0, "zendesk.user_segment_id", in: node) }
        let locales = locales(fields["locales"], "zendesk.locales", defaults: HelpCenterConfiguration.Zendesk.defaultLocales)
        let url = articleURL(fields["article_url"], "zendesk.article_url") ?? HelpCenterConfiguration.Zendesk.defaultArticleURL
        let draft = boolean(fields["draft"], "zendesk.draft") ?? false
        guard let section, let group else { return nil }
        return HelpCenterConfiguration.Zendesk(
            sectionID: section, permissionGroupID: group, userSegmentID: segment, locales: locales, articleURL: url, draft: draft)
    }

    private mutating func intercom(_ node: Node) -> HelpCenterConfiguration.Intercom? {
        let keys = ["collection_id", "author_id", "locales", "article_url", "state"]
        guard let fields = fields(node, section: "intercom", allowed: keys) else { return nil }
        let collection = integer(fields["collection_id"], "intercom.collection_id", in: node)
        let author = integer(fields["author_id"], "intercom.author_id", in: node)
        let locales = locales(fields["locales"], "intercom.locales", defaults: HelpCenterConfiguration.Intercom.defaultLocales)
        let url = articleURL(fields["article_url"], "intercom.article_url")
        var state = "draft"
        if let node = fields["state"] {
            if let value = node.scalar?.string, ["draft", "published"].contains(value) {
                state = value
            } else {
                report(node, "intercom.state must be draft or published; found '\(node.scalar?.string ?? "a list or mapping")'.")
            }
        }
        guard let collection, let author else { return nil }
        guard let url else {
            report(node, "intercom.article_url is required: Intercom's article addresses name your workspace, like https://intercom.help/acme/{locale}/articles/{article_id}.")
            return nil
        }
        return HelpCenterConfiguration.Intercom(collectionID: collection, authorID: author, locales: locales, articleURL: url, state: state)
    }

    private mutating func fields(_ node: Node, section: String, allowed: [String]) -> [String: Node]? {
        guard let mapping = node.mapping else {
            report(node, "'\(section):' must be a mapping of \(allowed.joined(separator: ", ")).")
            return nil
        }
        var fields: [String: Node] = [:]
        for (key, value) in mapping {
            let name = key.string ?? ""
            if allowed.contains(name) {
                fields[name] = value
            } else {
                report(key, "unknown key '\(name)' in \(section); the keys are \(allowed.joined(separator: ", ")).")
            }
        }
        return fields
    }

    private mutating func integer(_ node: Node?, _ name: String, in section: Node) -> Int? {
        guard let node else {
            report(section, "\(name) is required; copy it from the platform's admin pages.")
            return nil
        }
        guard let text = node.scalar?.string, let value = Int(text), value > 0 else {
            report(node, "\(name) must be a positive whole number; found '\(node.scalar?.string ?? "a list or mapping")'.")
            return nil
        }
        return value
    }

    private mutating func boolean(_ node: Node?, _ name: String) -> Bool? {
        guard let node else { return nil }
        switch node.scalar?.string {
        case "true": return true
        case "false": return false
        default:
            report(node, "\(name) must be true or false; found '\(node.scalar?.string ?? "a list or mapping")'.")
            return nil
        }
    }

    private mutating func articleURL(_ node: Node?, _ name: String) -> String? {
        guard let node else { return nil }
        guard let text = node.scalar?.string, text.contains("{article_id}") else {
            report(node, "\(name) must contain {article_id} (and may contain {locale}); found '\(node.scalar?.string ?? "a list or mapping")'.")
            return nil
        }
        return text
    }

    private mutating func locales(_ node: Node?, _ name: String, defaults: [Language: String]) -> [Language: String] {
        guard let node else { return defaults }
        guard let mapping = node.mapping else {
            report(node, "\(name) must map our languages (pt-BR, en, es) to the platform's locale codes.")
            return defaults
        }
        var locales = defaults
        for (key, value) in mapping {
            guard let language = key.string.flatMap(Language.init(tag:)) else {
                report(key, "\(name) has an unknown language '\(key.string ?? "")'; the languages are pt-BR, en and es.")
                continue
            }
            guard let code = value.scalar?.string, !code.isEmpty, code.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "-") }) else {
                report(value, "\(name).\(language.tag) must be a locale code of letters and hyphens, like pt-br; found '\(value.scalar?.string ?? "a list or mapping")'.")
                continue
            }
            locales[language] = code
        }
        return locales
    }

    private mutating func report(_ node: Node?, _ message: String) {
        diagnostics.append(Diagnostic(path: path, line: node?.mark.map { $0.line }, column: node?.mark.map { $0.column }, message: message))
    }
}
