import Testing
@testable import EnablementSheets
