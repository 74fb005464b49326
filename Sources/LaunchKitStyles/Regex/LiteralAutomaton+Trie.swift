extension LiteralAutomaton {
    /// The trie of the literals with its failure links, as flat arrays, while the automaton is built.
    ///
    /// Inserting the literals in sorted order means a new literal shares a path with the previous
    /// one for exactly their common prefix, and each node's children appear in unit order; so
    /// the edges come out grouped and sorted without any dictionary of edges.
    struct Trie {
        private(set) var stateCount = 1
        private var parent: [Int32] = [-1]
        private var label: [UInt16] = [0]
        private var depth: [Int32] = [0]
        private(set) var output: [Int32] = [-1]
        private(set) var edgeStart: [Int32] = []
        private(set) var edgeUnits: [UInt16] = []
        private(set) var edgeTargets: [Int32] = []
        private(set) var fail: [Int32] = []
        private(set) var outputLink: [Int32] = []

        init(literals: [[UInt16]]) {
            let order = literals.indices.sorted { literals[$0].lexicographicallyPrecedes(literals[$1]) }
            let total = literals.reduce(0) { $0 + $1.count } + 1
            parent.reserveCapacity(total)
            label.reserveCapacity(total)
            depth.reserveCapacity(total)
            output.reserveCapacity(total)
            // path[d]: the state for the first d units of the previous literal.
            var path: [Int32] = [0]
            var previous: [UInt16] = []
            for id in order {
                let literal = literals[id]
                guard !literal.isEmpty else { continue }
                var shared = 0
                while shared < literal.count, shared < previous.count, literal[shared] == previous[shared] { shared += 1 }
                path.removeSubrange((shared + 1)...)
                for position in shared..<literal.count {
                    let state = Int32(stateCount)
                    stateCount += 1
                    parent.append(path[path.count - 1])
                    label.append(literal[position])
                    depth.append(Int32(position + 1))
                    output.append(-1)
                    path.append(state)
                }
                // Distinct literals end at distinct states; keep the first if one is repeated.
                if output[Int(path[literal.count])] < 0 { output[Int(path[literal.count])] = Int32(id) }
                previous = literal
            }
            groupEdges()
        }

        /// Lays the edges out per state (children were created in unit order).
        private mutating func groupEdges() {
            var counts = [Int32](repeating: 0, count: stateCount + 1)
            for state in 1..<max(1, stateCount) { counts[Int(parent[state]) + 1] += 1 }
            for state in 0..<stateCount { counts[state + 1] += counts[state] }
            edgeStart = counts
            var next = counts
            edgeUnits = [UInt16](repeating: 0, count: stateCount - 1)
            edgeTargets = [Int32](repeating: 0, count: stateCount - 1)
            for state in 1..<max(1, stateCount) {
                let slot = Int(next[Int(parent[state])])
                next[Int(parent[state])] += 1
                edgeUnits[slot] = label[state]
                edgeTargets[slot] = Int32(state)
            }
        }

        func edgeCount(_ state: Int) -> Int { Int(edgeStart[state + 1] - edgeStart[state]) }

        func child(_ state: Int32, _ unit: UInt16) -> Int32? {
            var low = Int(edgeStart[Int(state)])
            let end = Int(edgeStart[Int(state) + 1])
            var high = end
            while low < high {
                let middle = (low + high) >> 1
                if edgeUnits[middle] < unit { low = middle + 1 } else { high = middle }
            }
            return low < end && edgeUnits[low] == unit ? edgeTargets[low] : nil
        }

        /// Failure links and output links, breadth first (states ordered by depth).
        mutating func computeFailureLinks() {
            fail = [Int32](repeating: 0, count: stateCount)
            outputLink = [Int32](repeating: -1, count: stateCount)
            for state in statesByDepth() where state != 0 {
                let from = parent[Int(state)]
                let unit = label[Int(state)]
                var target: Int32 = 0
                if from != 0 {
                    var fallback = fail[Int(from)]
                    while true {
                        if let next = child(fallback, unit) {
                            target = next
                            break
                        }
                        if fallback == 0 { break }
                        fallback = fail[Int(fallback)]
                    }
                }
                fail[Int(state)] = target
                outputLink[Int(state)] = output[Int(target)] >= 0 ? target : outputLink[Int(target)]
            }
        }

        private func statesByDepth() -> [Int32] {
            let maximum = Int(depth.max() ?? 0)
            var starts = [Int](repeating: 0, count: maximum + 2)
            for value in depth { starts[Int(value) + 1] += 1 }
            for level in 0...maximum { starts[level + 1] += starts[level] }
            var ordered = [Int32](repeating: 0, count: stateCount)
            for state in 0..<stateCount {
                let level = Int(depth[state])
                ordered[starts[level]] = Int32(state)
                starts[level] += 1
            }
            return ordered
        }

        /// The goto function with failure links: where the automaton goes from `state` on `unit`.
        func transition(from state: Int32, _ unit: UInt16) -> Int32 {
            var current = state
            while true {
                if let next = child(current, unit) { return next }
                if current == 0 { return 0 }
                current = fail[Int(current)]
            }
        }
    }
}
