import Foundation

/// Syllable counts by the rules Vale uses for readability (twine's `summarize.Syllables`, itself
/// after the `syllable` npm package): known exceptions, prefixes and suffixes that add
/// syllables, vowel groups, then regex adjustments for silent and split vowels.
enum Syllables {
    /// Counts are cached across files: each costs seven regex searches, and prose repeats words.
    private static let cache = SyllableCache()

    static func count(_ word: String) -> Int {
        if let known = cache.value(for: word) { return known }
        let counted = compute(word)
        cache.store(counted, for: word)
        return counted
    }

    private static func compute(_ word: String) -> Int {
        let length = word.unicodeScalars.count
        if length < 1 { return 0 }
        if length < 3 { return 1 }
        let lower = word.lowercased()
        if let known = cornerCases[lower] { return known }
        var (text, count) = clean(lower)
        count += matches(vowels, text)
        count -= matches(monosyllabicOne, text)
        count -= matches(monosyllabicTwo, text)
        count += matches(doubleSyllabicOne, text)
        count += matches(doubleSyllabicTwo, text)
        count += matches(doubleSyllabicThree, text)
        count += matches(doubleSyllabicFour, text)
        return max(count, 1)
    }

    private static func matches(_ regex: NSRegularExpression, _ text: String) -> Int {
        regex.numberOfMatches(in: text, range: NSRange(location: 0, length: text.utf16.count))
    }

    private static func clean(_ word: String) -> (String, Int) {
        var text = word
        var count = 0
        for (offset, group) in prefixGroups.enumerated() {
            if let prefix = group.first(where: { text.hasPrefix($0) }) {
                text.removeFirst(prefix.count)
                count += prefixGroups.count - offset
                break
            }
        }
        for (offset, group) in suffixGroups.enumerated() {
            if let suffix = group.first(where: { text.hasSuffix($0) }) {
                text.removeLast(suffix.count)
                count += suffixGroups.count - offset
                break
            }
        }
        return (text, count)
    }

    private static func regex(_ pattern: String) -> NSRegularExpression {
        try! NSRegularExpression(pattern: pattern)
    }

    private static let vowels = regex("[aeiouy]+")
    private static let monosyllabicOne = regex(
        "cia(l|$)|tia|cius|cious|[^aeiou]giu|[aeiouy][^aeiouy]ion|iou|sia$|eous$|[oa]gue$|.[^aeiuoycgltdb]{2,}ed$|.ely$|^jua|uai|eau|^busi$|"
            + "([aeiouy](b|c|ch|dg|f|g|gh|gn|k|l|lch|ll|lv|m|mm|n|nc|ng|nch|nn|p|r|rc|rn|rs|rv|s|sc|sk|sl|squ|ss|th|v|y|z)ed$)|"
            + "([aeiouy](b|ch|d|f|gh|gn|k|l|lch|ll|lv|m|mm|n|nch|nn|p|r|rn|rs|rv|s|sc|sk|sl|squ|ss|st|t|th|v|y)es$)")
    private static let monosyllabicTwo = regex(
        "[aeiouy](b|c|ch|d|dg|f|g|gh|gn|k|l|ll|lv|m|mm|n|nc|ng|nn|p|r|rc|rn|rs|rv|s|sc|sk|sl|squ|ss|st|t|th|v|y|z)e$")
    private static let doubleSyllabicOne = regex(
        "(?:[^aeiouy]ie(r|st|t)|[aeiouym]bl|eo|ism|asm|thm|dnt|uity|dea|gean|oa|ua|eings?|[aeiouy]sh?e[rsd])$")
    private static let doubleSyllabicTwo = regex("[^gq]ua[^auieo]|[aeiou]{3}|^(ia|mc|coa[dglx].)")
    private static let doubleSyllabicThree = regex(
        "[^aeiou]y[ae]|[^l]lien|riet|dien|iu|io|ii|uen|real|iell|eo[^aeiou]|[aeiou]y[aeiou]")
    private static let doubleSyllabicFour = regex("[^s]ia")

    private static let prefixGroups: [[String]] = [
        ["above", "anti", "ante", "counter", "hyper", "afore", "agri", "infra", "intra", "inter", "over", "semi", "ultra", "under",
         "extra", "dia", "micro", "mega", "kilo", "pico", "nano", "macro"],
        ["un", "fore", "ware", "none", "non", "out", "post", "sub", "pre", "pro", "dis", "side"],
    ]
    private static let suffixGroups: [[String]] = [
        ["ology", "ologist", "onomy", "onomist"],
        ["fully", "berry", "woman", "women"],
        ["ly", "less", "some", "ful", "er", "ers", "ness", "cian", "cians", "ment", "ments", "ette", "ettes", "ville", "villes",
         "ships", "ship", "side", "sides", "port", "ports", "shire", "shires", "tion", "tioned"],
    ]

    private static let cornerCases: [String: Int] = [
        "abalone": 4, "abare": 3, "abed": 2, "abruzzese": 4, "abbruzzese": 4, "aborigine": 5, "aborigines": 5, "acreage": 3,
        "adame": 3, "adieu": 2, "adobe": 3, "anemone": 4, "apache": 3, "aphrodite": 4, "apostrophe": 4, "ariadne": 4, "cafe": 2,
        "cafes": 2, "calliope": 4, "catastrophe": 4, "chile": 2, "chloe": 2, "circe": 2, "coyote": 3, "epitome": 4, "facsimile": 4,
        "forever": 3, "gethsemane": 4, "guacamole": 4, "hyperbole": 4, "jesse": 2, "jukebox": 2, "karate": 3, "machete": 3,
        "maybe": 2, "people": 2, "recipe": 3, "sesame": 3, "shoreline": 2, "simile": 3, "syncope": 3, "tamale": 3, "yosemite": 4,
        "daphne": 2, "eurydice": 4, "euterpe": 3, "hermione": 4, "penelope": 4, "persephone": 4, "phoebe": 2, "zoe": 2,
    ]
}

/// A bounded, thread-safe memo of syllable counts.
private final class SyllableCache: @unchecked Sendable {
    private let lock = NSLock()
    private var counts: [String: Int] = [:]

    func value(for word: String) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        return counts[word]
    }

    func store(_ count: Int, for word: String) {
        lock.lock()
        defer { lock.unlock() }
        if counts.count > 200_000 { counts.removeAll(keepingCapacity: true) }
        counts[word] = count
    }
}
