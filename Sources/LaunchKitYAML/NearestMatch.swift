/// "Did you mean" suggestions: the candidate closest to what a person typed, if it is close enough
/// to be a plausible typo.
public enum NearestMatch {
    /// - Parameters:
    ///   - input: what was written.
    ///   - candidates: the valid spellings.
    /// - Returns: the closest candidate by case-insensitive edit distance, or nil when none is within
    ///   a third of the input's length (at least 1, at most 3 edits). Of equally close candidates,
    ///   the one that sorts first, so a `Set` or a dictionary's keys (whose order changes from run to
    ///   run) always give the same suggestion.
    public static func find(_ input: String, in candidates: some Sequence<String>) -> String? {
        let typed = Array(input.lowercased())
        let budget = min(3, max(1, typed.count / 3))
        var best: (candidate: String, distance: Int)?
        for candidate in candidates where candidate != input {
            let distance = editDistance(typed, Array(candidate.lowercased()))
            guard distance <= budget else { continue }
            if let best, distance > best.distance || (distance == best.distance && candidate >= best.candidate) { continue }
            best = (candidate, distance)
        }
        return best?.candidate
    }

    /// Edit distance where swapping two neighbouring letters counts as one edit ("teir" → "tier"),
    /// the commonest typo (optimal string alignment distance).
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousRow = [Int](repeating: 0, count: b.count + 1)
        var row = Array(0...b.count)
        for i in 1...a.count {
            let twoRowsUp = previousRow
            previousRow = row
            row[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                row[j] = min(previousRow[j] + 1, row[j - 1] + 1, previousRow[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    row[j] = min(row[j], twoRowsUp[j - 2] + 1)
                }
            }
        }
        return row[b.count]
    }
}
