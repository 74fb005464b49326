/// What a running stage may use besides the kit: its inputs, the run's settings, and where its
/// options were written (for errors about them).
public struct StageContext: Sendable {
    /// The id of the running stage (as written after `uses:` or `id:`).
    public let stageID: String
    /// Reads the kit's input files; the only way a stage should read files.
    public let inputs: InputReader
    public let environment: PipelineEnvironment
    /// The config file, as shown in messages.
    public let configFile: String
    /// Where this stage's entry is written in the config.
    public let entryLocation: SourceLocation?
    /// The built-in templates with the kit's `templates:` folder laid over them, made once per build.
    public let templates: TemplateLibrary
    /// The formats the packet writer will write, so indexes list only files that will exist.
    public let formats: Set<PacketFormat>
    private let logSink: @Sendable (String) -> Void

    /// - Parameter log: receives the lines a stage reports while it runs (an external stage's
    ///   stderr); the command line shows them prefixed with the stage id.
    public init(
        stageID: String, inputs: InputReader, environment: PipelineEnvironment, configFile: String,
        entryLocation: SourceLocation?, templates: TemplateLibrary, formats: Set<PacketFormat> = Set(PacketFormat.allCases),
        log: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.stageID = stageID
        self.inputs = inputs
        self.environment = environment
        self.configFile = configFile
        self.entryLocation = entryLocation
        self.templates = templates
        self.formats = formats
        self.logSink = log
    }

    /// Shows a line to the person running the build, as the stage's own output. Stages must not
    /// print: the command line decides where (and whether) this goes.
    public func log(_ line: String) {
        logSink(line)
    }

    /// Renders a template, turning a template error (a missing value, a user template's syntax)
    /// into a located input error.
    ///
    /// - Parameters:
    ///   - name: the template name, its file name without `.mustache` (`battlecard`).
    ///   - viewModel: the values the template reads (structs, dictionaries, arrays; see ``TemplateLibrary``).
    public func render(_ name: String, _ viewModel: Any) throws(DiagnosticError) -> String {
        do {
            return try templates.render(name, viewModel)
        } catch {
            throw DiagnosticError(Diagnostic(error))
        }
    }
}
