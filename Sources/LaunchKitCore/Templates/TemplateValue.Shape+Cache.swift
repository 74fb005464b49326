import Foundation

extension TemplateValue.Shape {
    /// The shapes found so far in this process, by type.
    ///
    /// Finding a type's shape costs tens of microseconds the first time (the runtime scans every
    /// protocol conformance of the binary for each protocol a cast asks about, and a struct's
    /// layout is read field by field); a build renders dozens of pages from the same few dozen
    /// types. Only shapes every value of the type has are stored (`isFixed(for:)`), and a type's
    /// shape never changes, so the cache is never invalidated.
    final class Cache: @unchecked Sendable {
        static let shared = Cache()

        private let lock = NSLock()
        private var shapes: [ObjectIdentifier: TemplateValue.Shape] = [:]

        subscript(type: ObjectIdentifier) -> TemplateValue.Shape? {
            get { lock.withLock { shapes[type] } }
            set { lock.withLock { shapes[type] = newValue } }
        }
    }
}
