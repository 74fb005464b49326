/// Lists as a sentence says them: "'cfo'", "'cfo' and 'ciso'", "'cfo', 'ciso' and 'devops-lead'".
enum EnglishList {
    static func quoted(_ items: [String]) -> String {
        joined(items.map { "'\($0)'" })
    }

    static func joined(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
        }
    }
}
