import Foundation

/// The arithmetic Vale's metric rules write in `formula` and `condition` (Vale evaluates them
/// with the Tengo scripting language): numbers, variables, `+ - * / %`, parentheses, comparisons,
/// `&&`, `||`, `!`, and `math.` functions. Everything is computed in `Double`, which is what Vale's
/// variables are.
struct MetricFormula: Sendable {
    indirect enum Expression: Sendable {
        case number(Double)
        case variable(String)
        case unary(String, Expression)
        case binary(String, Expression, Expression)
        case call(String, [Expression])
    }

    struct SyntaxError: Error, Equatable {
        var message: String
        var offset: Int
    }

    let expression: Expression
    /// Every variable the formula reads.
    let variables: Set<String>

    init(_ source: String) throws(SyntaxError) {
        var parser = Parser(Array(source.unicodeScalars))
        expression = try parser.parse()
        variables = parser.variables
    }

    /// - Returns: the value, or an error naming an unknown variable or function.
    func evaluate(_ values: [String: Double]) throws(SyntaxError) -> Double {
        try Self.evaluate(expression, values)
    }

    private static func evaluate(_ expression: Expression, _ values: [String: Double]) throws(SyntaxError) -> Double {
        switch expression {
        case .number(let value):
            return value
        case .variable(let name):
            guard let value = values[name] else { throw SyntaxError(message: "unresolved reference '\(name)'", offset: 0) }
            return value
        case .unary(let op, let operand):
            let value = try evaluate(operand, values)
            return op == "-" ? -value : (op == "!" ? (value == 0 ? 1 : 0) : value)
        case .binary(let op, let left, let right):
            let lhs = try evaluate(left, values)
            if op == "&&" { return lhs != 0 ? (try evaluate(right, values) != 0 ? 1 : 0) : 0 }
            if op == "||" { return lhs != 0 ? 1 : (try evaluate(right, values) != 0 ? 1 : 0) }
            let rhs = try evaluate(right, values)
            switch op {
            case "+": return lhs + rhs
            case "-": return lhs - rhs
            case "*": return lhs * rhs
            case "/": return lhs / rhs
            case "%": return lhs.truncatingRemainder(dividingBy: rhs)
            case "<": return lhs < rhs ? 1 : 0
            case "<=": return lhs <= rhs ? 1 : 0
            case ">": return lhs > rhs ? 1 : 0
            case ">=": return lhs >= rhs ? 1 : 0
            case "==": return lhs == rhs ? 1 : 0
            case "!=": return lhs != rhs ? 1 : 0
            default: throw SyntaxError(message: "unknown operator '\(op)'", offset: 0)
            }
        case .call(let name, let arguments):
            let values = try arguments.map { (argument) throws(SyntaxError) -> Double in try evaluate(argument, values) }
            switch (name, values.count) {
            case ("math.sqrt", 1): return values[0].squareRoot()
            case ("math.abs", 1): return abs(values[0])
            case ("math.log", 1): return Foundation.log(values[0])
            case ("math.log10", 1): return Foundation.log10(values[0])
            case ("math.log2", 1): return Foundation.log2(values[0])
            case ("math.exp", 1): return Foundation.exp(values[0])
            case ("math.floor", 1): return values[0].rounded(.down)
            case ("math.ceil", 1): return values[0].rounded(.up)
            case ("math.round", 1): return values[0].rounded(.toNearestOrAwayFromZero)
            case ("math.pow", 2): return Foundation.pow(values[0], values[1])
            case ("math.max", 2): return Swift.max(values[0], values[1])
            case ("math.min", 2): return Swift.min(values[0], values[1])
            default: throw SyntaxError(message: "unknown function '\(name)' with \(values.count) argument(s)", offset: 0)
            }
        }
    }

    private struct Parser {
        let scalars: [Unicode.Scalar]
        var index = 0
        var variables: Set<String> = []

        init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

        mutating func skipSpace() {
            while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
        }

        mutating func parse() throws(SyntaxError) -> Expression {
            let expression = try binary(0)
            skipSpace()
            guard index == scalars.count else { throw SyntaxError(message: "unexpected '\(scalars[index])'", offset: index) }
            return expression
        }

        static let levels: [[String]] = [["||"], ["&&"], ["==", "!=", "<=", ">=", "<", ">"], ["+", "-"], ["*", "/", "%"]]

        mutating func matchOperator(_ candidates: [String]) -> String? {
            skipSpace()
            for candidate in candidates {
                let ops = Array(candidate.unicodeScalars)
                if index + ops.count <= scalars.count, Array(scalars[index..<index + ops.count]) == ops {
                    index += ops.count
                    return candidate
                }
            }
            return nil
        }

        mutating func binary(_ level: Int) throws(SyntaxError) -> Expression {
            guard level < Self.levels.count else { return try unary() }
            var left = try binary(level + 1)
            while let op = matchOperator(Self.levels[level]) {
                left = .binary(op, left, try binary(level + 1))
            }
            return left
        }

        mutating func unary() throws(SyntaxError) -> Expression {
            if let op = matchOperator(["-", "+", "!"]) { return .unary(op, try unary()) }
            return try primary()
        }

        mutating func primary() throws(SyntaxError) -> Expression {
            skipSpace()
            guard index < scalars.count else { throw SyntaxError(message: "unexpected end of formula", offset: index) }
            let scalar = scalars[index]
            if scalar == "(" {
                index += 1
                let inner = try binary(0)
                guard matchOperator([")"]) != nil else { throw SyntaxError(message: "expected ')'", offset: index) }
                return inner
            }
            if ("0"..."9").contains(scalar) || scalar == "." {
                let start = index
                while index < scalars.count, ("0"..."9").contains(scalars[index]) || scalars[index] == "." { index += 1 }
                let text = String(String.UnicodeScalarView(scalars[start..<index]))
                guard let value = Double(text) else { throw SyntaxError(message: "invalid number '\(text)'", offset: start) }
                return .number(value)
            }
            if scalar.properties.isAlphabetic || scalar == "_" {
                let start = index
                while index < scalars.count, scalars[index].properties.isAlphabetic || ("0"..."9").contains(scalars[index])
                    || scalars[index] == "_" || scalars[index] == "." {
                    index += 1
                }
                let name = String(String.UnicodeScalarView(scalars[start..<index]))
                if matchOperator(["("]) != nil {
                    var arguments: [Expression] = []
                    if matchOperator([")"]) == nil {
                        repeat { arguments.append(try binary(0)) } while matchOperator([","]) != nil
                        guard matchOperator([")"]) != nil else { throw SyntaxError(message: "expected ')'", offset: index) }
                    }
                    return .call(name, arguments)
                }
                variables.insert(name)
                return .variable(name)
            }
            throw SyntaxError(message: "unexpected '\(scalar)'", offset: index)
        }
    }
}
