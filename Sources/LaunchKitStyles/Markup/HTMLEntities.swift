/// HTML character references: the named entities prose actually uses, and numeric ones.
enum HTMLEntities {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "copy": "©", "reg": "®", "trade": "™",
        "hellip": "…", "mdash": "—", "ndash": "–", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "sbquo": "‚",
        "bdquo": "„", "laquo": "«", "raquo": "»", "lsaquo": "‹", "rsaquo": "›", "bull": "•", "middot": "·", "times": "×",
        "divide": "÷", "deg": "°", "plusmn": "±", "para": "¶", "sect": "§", "euro": "€", "pound": "£", "yen": "¥", "cent": "¢",
        "larr": "←", "rarr": "→", "uarr": "↑", "darr": "↓", "harr": "↔", "lArr": "⇐", "rArr": "⇒", "hArr": "⇔", "minus": "−",
        "le": "≤", "ge": "≥", "ne": "≠", "asymp": "≈", "infin": "∞", "check": "✓", "cross": "✗", "star": "☆", "starf": "★",
        "dagger": "†", "Dagger": "‡", "permil": "‰", "prime": "′", "Prime": "″", "frac12": "½", "frac14": "¼", "frac34": "¾",
        "sup1": "¹", "sup2": "²", "sup3": "³", "micro": "µ", "iexcl": "¡", "iquest": "¿", "shy": "\u{AD}", "ensp": "\u{2002}",
        "emsp": "\u{2003}", "thinsp": "\u{2009}", "zwnj": "\u{200C}", "zwj": "\u{200D}", "lrm": "\u{200E}", "rlm": "\u{200F}",
        "auml": "ä", "ouml": "ö", "uuml": "ü", "Auml": "Ä", "Ouml": "Ö", "Uuml": "Ü", "szlig": "ß", "eacute": "é", "egrave": "è",
        "ecirc": "ê", "aacute": "á", "agrave": "à", "acirc": "â", "iacute": "í", "oacute": "ó", "uacute": "ú", "ntilde": "ñ",
        "ccedil": "ç", "Eacute": "É", "aring": "å", "Aring": "Å", "oslash": "ø", "Oslash": "Ø", "aelig": "æ", "AElig": "Æ",
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "pi": "π", "sigma": "σ", "mu": "μ", "lambda": "λ", "Omega": "Ω",
        "vert": "|", "verbar": "|", "lowbar": "_", "ast": "*", "num": "#", "colon": ":", "semi": ";", "comma": ",",
        "period": ".", "excl": "!", "quest": "?", "lpar": "(", "rpar": ")", "lsqb": "[", "rsqb": "]", "lbrack": "[",
        "rbrack": "]", "lcub": "{", "rcub": "}", "lbrace": "{", "rbrace": "}", "sol": "/", "bsol": "\\", "grave": "`",
        "Hat": "^", "dollar": "$", "percnt": "%", "equals": "=", "plus": "+", "commat": "@", "tilde": "˜", "circ": "ˆ",
    ]

    /// Decodes the reference starting at `start` (at a `&`); returns the text and the units used.
    static func decode(_ units: [UInt16], at start: Int) -> (String, Int)? {
        var index = start + 1
        guard index < units.count else { return nil }
        if units[index] == 35 {
            index += 1
            var hex = false
            if index < units.count, units[index] == 120 || units[index] == 88 {
                hex = true
                index += 1
            }
            var value: UInt32 = 0
            var digits = 0
            while index < units.count, digits < (hex ? 6 : 7) {
                let unit = units[index]
                let digit: UInt32?
                switch unit {
                case 48...57: digit = UInt32(unit - 48)
                case 97...102 where hex: digit = UInt32(unit - 87)
                case 65...70 where hex: digit = UInt32(unit - 55)
                default: digit = nil
                }
                guard let digit else { break }
                value = value * (hex ? 16 : 10) + digit
                digits += 1
                index += 1
            }
            guard digits > 0, index < units.count, units[index] == 59 else { return nil }
            let scalar = (value == 0 ? nil : Unicode.Scalar(value)) ?? "\u{FFFD}"
            return (String(scalar), index + 1 - start)
        }
        var name: [UInt16] = []
        while index < units.count, name.count < 32 {
            let unit = units[index]
            guard (48...57).contains(unit) || (65...90).contains(unit) || (97...122).contains(unit) else { break }
            name.append(unit)
            index += 1
        }
        guard !name.isEmpty, index < units.count, units[index] == 59,
              let value = named[String(utf16Units: name[...])] else { return nil }
        return (value, index + 1 - start)
    }
}
