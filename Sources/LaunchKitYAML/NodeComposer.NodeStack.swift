extension NodeComposer {
    /// The children of every open collection, innermost last, in one buffer that collections are
    /// moved out of when they end.
    ///
    /// An `Array` could only copy a finished collection's children out and then destroy the
    /// originals: a retain and a release for every string of the file. Moving them is a memory
    /// copy, and each collection's own array is allocated once, at its exact size. One composer
    /// owns it; nodes still on it when composing stops (an error, a second document) are freed
    /// with it.
    final class NodeStack {
        private var base: UnsafeMutablePointer<Node>
        private var capacity: Int
        private(set) var count = 0

        init(capacity: Int = 256) {
            self.capacity = capacity
            base = .allocate(capacity: capacity)
        }

        deinit {
            base.deinitialize(count: count)
            base.deallocate()
        }

        func push(_ node: consuming Node) {
            if count == capacity { grow() }
            (base + count).initialize(to: node)
            count += 1
        }

        /// The scalar at `index`, or nil for a collection.
        func scalar(at index: Int) -> Node.Scalar? {
            precondition(index >= 0 && index < count, "index out of range")
            if case .scalar(let scalar) = base[index] { return scalar }
            return nil
        }

        /// Moves the nodes from `start` on into an array, in order.
        func popNodes(from start: Int) -> [Node] {
            precondition(start >= 0 && start <= count, "start out of range")
            let moved = count - start
            let nodes = [Node](unsafeUninitializedCapacity: moved) { buffer, initialized in
                buffer.baseAddress!.moveInitialize(from: base + start, count: moved)
                initialized = moved
            }
            count = start
            return nodes
        }

        /// Moves the nodes from `start` on, alternately key and value, into pairs.
        func popPairs(from start: Int) -> [Node.Mapping.Pair] {
            precondition(start >= 0 && start <= count && (count - start) % 2 == 0, "a key without a value")
            let pairCount = (count - start) / 2
            let pairs = [Node.Mapping.Pair](unsafeUninitializedCapacity: pairCount) { buffer, initialized in
                for index in 0..<pairCount {
                    let key = (base + start + 2 * index).move()
                    let value = (base + start + 2 * index + 1).move()
                    (buffer.baseAddress! + index).initialize(to: Node.Mapping.Pair(key: key, value: value))
                }
                initialized = pairCount
            }
            count = start
            return pairs
        }

        private func grow() {
            let larger = UnsafeMutablePointer<Node>.allocate(capacity: capacity * 2)
            larger.moveInitialize(from: base, count: count)
            base.deallocate()
            base = larger
            capacity *= 2
        }
    }
}
