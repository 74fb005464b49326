import Foundation
import LaunchKitYAML

/// What an external stage answers on stdout: findings about the kit, files to add to the packet,
/// readiness checks and lines to show the user. Every key is optional; `{}` is a valid answer.
///
/// Decoding is strict, as for the config: an unknown key is an error with the nearest known key,
/// so a typo (`finding:`) fails loudly instead of silently dropping the stage's work.
public struct ExternalStageOutput: Decodable, Sendable, Equatable {
    /// A finding, in the shape of the kit's own ``Diagnostic``.
    public struct Finding: Decodable, Sendable, Equatable {
        public var severity: Diagnostic.Severity
        public var message: String
        /// Defaults to the stage id.
        public var rule: String?
        public var suggestion: String?
        /// A kit-relative file (or an absolute path) and an optional 1-based line and column.
        public var location: Location?
        public var subject: Subject?

        enum CodingKeys: String, CodingKey, CaseIterable {
            case severity, message, rule, suggestion, location, subject
        }

        public init(from decoder: any Decoder) throws {
            try decoder.rejectUnknownKeys(CodingKeys.self)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let severity = try container.decode(String.self, forKey: .severity)
            guard let value = Diagnostic.Severity(rawValue: severity) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .severity, in: container, debugDescription: "expected 'error', 'warning' or 'suggestion', found '\(severity)'")
            }
            self.severity = value
            message = try container.decode(String.self, forKey: .message)
            rule = try container.decodeIfPresent(String.self, forKey: .rule)
            suggestion = try container.decodeIfPresent(String.self, forKey: .suggestion)
            location = try container.decodeIfPresent(Location.self, forKey: .location)
            subject = try container.decodeIfPresent(StrictSubject.self, forKey: .subject)?.subject
        }
    }

    public struct Location: Decodable, Sendable, Equatable {
        public var file: String
        public var line: Int?
        public var column: Int?

        enum CodingKeys: String, CodingKey, CaseIterable {
            case file, line, column
        }

        public init(from decoder: any Decoder) throws {
            try decoder.rejectUnknownKeys(CodingKeys.self)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            file = try container.decode(String.self, forKey: .file)
            line = try container.decodeIfPresent(Int.self, forKey: .line)
            column = try container.decodeIfPresent(Int.self, forKey: .column)
        }
    }

    /// A file for the packet. The path is checked like every stage's (``PacketPath``).
    public struct NewArtifact: Decodable, Sendable, Equatable {
        public var path: String
        public var content: String
        /// Defaults to the stage id.
        public var kind: String?
        /// Defaults to the path.
        public var title: String?
        public var subject: Subject?

        enum CodingKeys: String, CodingKey, CaseIterable {
            case path, content, kind, title, subject
        }

        public init(from decoder: any Decoder) throws {
            try decoder.rejectUnknownKeys(CodingKeys.self)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            path = try container.decode(String.self, forKey: .path)
            content = try container.decode(String.self, forKey: .content)
            kind = try container.decodeIfPresent(String.self, forKey: .kind)
            title = try container.decodeIfPresent(String.self, forKey: .title)
            subject = try container.decodeIfPresent(StrictSubject.self, forKey: .subject)?.subject
        }
    }

    /// A readiness check; it counts towards the readiness score of a later `readiness-packet`.
    public struct Check: Decodable, Sendable, Equatable {
        public var id: String
        public var title: String
        public var passed: Bool
        /// Defaults to 1.
        public var weight: Double?
        public var detail: String?
        /// Defaults to false.
        public var blocking: Bool?
        public var subject: Subject?

        enum CodingKeys: String, CodingKey, CaseIterable {
            case id, title, passed, weight, detail, blocking, subject
        }

        public init(from decoder: any Decoder) throws {
            try decoder.rejectUnknownKeys(CodingKeys.self)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decode(String.self, forKey: .id)
            title = try container.decode(String.self, forKey: .title)
            passed = try container.decode(Bool.self, forKey: .passed)
            weight = try container.decodeIfPresent(Double.self, forKey: .weight)
            detail = try container.decodeIfPresent(String.self, forKey: .detail)
            blocking = try container.decodeIfPresent(Bool.self, forKey: .blocking)
            subject = try container.decodeIfPresent(StrictSubject.self, forKey: .subject)?.subject
        }
    }

    /// The version the stage says it speaks; nil when it does not say (then version 1 is assumed).
    public var protocolVersion: Int?
    public var findings: [Finding]
    public var artifacts: [NewArtifact]
    public var checks: [Check]
    /// Lines to show the user after the stage ran (a string is one or more lines).
    public var log: [String]

    enum CodingKeys: String, CodingKey, CaseIterable {
        case protocolVersion = "protocol"
        case findings, artifacts, checks, log
    }

    public init(findings: [Finding] = [], artifacts: [NewArtifact] = [], checks: [Check] = [], log: [String] = []) {
        protocolVersion = ExternalStageProtocol.version
        self.findings = findings
        self.artifacts = artifacts
        self.checks = checks
        self.log = log
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        protocolVersion = try container.decodeIfPresent(Int.self, forKey: .protocolVersion)
        if let version = protocolVersion, version != ExternalStageProtocol.version {
            throw DecodingError.dataCorruptedError(
                forKey: .protocolVersion, in: container,
                debugDescription: "the stage speaks protocol version \(version); this launchkit speaks version \(ExternalStageProtocol.version)")
        }
        findings = try container.decodeIfPresent([Finding].self, forKey: .findings) ?? []
        artifacts = try container.decodeIfPresent([NewArtifact].self, forKey: .artifacts) ?? []
        checks = try container.decodeIfPresent([Check].self, forKey: .checks) ?? []
        if let text = try? container.decodeIfPresent(String.self, forKey: .log) {
            log = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        } else {
            log = try container.decodeIfPresent([String].self, forKey: .log) ?? []
        }
    }

    /// Decodes a stage's stdout.
    ///
    /// - Throws: ``ExternalStageOutput/Problem`` saying what is wrong and where, in words meant
    ///   for the stage's author.
    public static func decode(_ bytes: [UInt8]) throws(Problem) -> ExternalStageOutput {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw Problem(message: "it wrote nothing on stdout", hint: "an external stage answers with a JSON object on stdout, '{}' at the least")
        }
        let data = Data(bytes)
        do {
            return try JSONDecoder().decode(ExternalStageOutput.self, from: data)
        } catch let error as DecodingError {
            // A top-level complaint is either malformed JSON or one of ours (an unknown key).
            if case .dataCorrupted(let context) = error, context.codingPath.isEmpty,
               (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) == nil {
                throw Problem(syntaxErrorIn: bytes)
            }
            throw Problem(error)
        } catch {
            throw Problem(syntaxErrorIn: bytes)
        }
    }

    /// Why a stage's stdout was refused.
    public struct Problem: Error, Sendable, Equatable {
        public var message: String
        public var hint: String?

        static let stdoutHint = "write only the JSON answer on stdout; print progress and debugging to stderr"

        init(message: String, hint: String?) {
            self.message = message
            self.hint = hint
        }

        /// Where the JSON breaks, as a line and column with the line's text: JSONDecoder does not
        /// say, JSONSerialization gives a byte offset.
        init(syntaxErrorIn bytes: [UInt8]) {
            var position = ""
            do {
                _ = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
            } catch {
                let text = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? ""
                if let range = text.range(of: "around character "),
                   let offset = Int(text[range.upperBound...].prefix { $0.isNumber }), offset <= bytes.count {
                    let (line, column) = InputFile.position(ofByte: offset, in: bytes[...])
                    let lineText = String(decoding: bytes[...].split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
                        .dropFirst(line - 1).first ?? [], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                    position = " at line \(line), column \(column)" + (lineText.isEmpty ? "" : ": '\(lineText.truncatedForMessage)'")
                }
            }
            self.init(message: "its stdout is not valid JSON\(position)", hint: Self.stdoutHint)
        }

        init(_ error: DecodingError) {
            switch error {
            case .dataCorrupted(let context):
                self.init(message: Self.at(context.codingPath, Self.sentence(context.debugDescription)), hint: nil)
            case .keyNotFound(let key, let context):
                self.init(message: Self.at(context.codingPath, "missing key '\(key.stringValue)'"), hint: nil)
            case .typeMismatch(let type, let context):
                self.init(message: Self.at(context.codingPath, "expected \(Self.name(of: type))"), hint: nil)
            case .valueNotFound(let type, let context):
                self.init(message: Self.at(context.codingPath, "expected \(Self.name(of: type)), found null"), hint: nil)
            @unknown default:
                self.init(message: "its stdout is not valid: \(error)", hint: nil)
            }
        }

        private static func at(_ path: [any CodingKey], _ text: String) -> String {
            path.isEmpty ? "its answer: \(text)" : "its answer at '\(dotted(path))': \(text)"
        }

        /// `findings[2].severity`.
        static func dotted(_ path: [any CodingKey]) -> String {
            var text = ""
            for key in path {
                if let index = key.intValue {
                    text += "[\(index)]"
                } else {
                    text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
                }
            }
            return text
        }

        private static func name(of type: Any.Type) -> String {
            switch type {
            case is String.Type: "text"
            case is Bool.Type: "true or false"
            case is Int.Type: "an integer"
            case is Double.Type: "a number"
            case is [Any].Type: "a list"
            default: String(describing: type).hasPrefix("Array") ? "a list" : "an object"
            }
        }

        /// Foundation's messages in the house style: lower-case start, no trailing period.
        private static func sentence(_ text: String) -> String {
            var text = text.trimmingCharacters(in: .whitespaces)
            if text.hasSuffix(".") { text.removeLast() }
            guard let first = text.first else { return text }
            return first.lowercased() + text.dropFirst()
        }
    }
}

/// A ``Subject`` as a stage writes it: `{"kind": "message", "id": "m1"}`, strictly.
private struct StrictSubject: Decodable {
    var subject: Subject

    enum CodingKeys: String, CodingKey, CaseIterable {
        case kind, id
    }

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        subject = Subject(Subject.Kind(rawValue: try container.decode(String.self, forKey: .kind)), try container.decode(String.self, forKey: .id))
    }
}

extension Decoder {
    /// Refuses keys the type does not know, naming the nearest known one.
    fileprivate func rejectUnknownKeys<Key: CodingKey & CaseIterable>(_ keys: Key.Type) throws {
        let known = Key.allCases.map(\.stringValue)
        let container = try container(keyedBy: NameKey.self)
        for key in container.allKeys.sorted(by: { $0.stringValue < $1.stringValue }) where !known.contains(key.stringValue) {
            let hint = NearestMatch.find(key.stringValue, in: known).map { ", did you mean '\($0)'?" } ?? "; known keys: \(known.joined(separator: ", "))"
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "unknown key '\(key.stringValue)'\(hint)"))
        }
    }
}

extension String {
    /// One line of at most 40 characters, for quoting a stage's output in a message.
    fileprivate var truncatedForMessage: String {
        count > 40 ? String(prefix(37)) + "..." : self
    }
}
