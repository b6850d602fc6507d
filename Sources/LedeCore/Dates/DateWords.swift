/// The English words dates are printed with.
enum DateWords {
    static let months: [String: Int] = {
        var months: [String: Int] = [:]
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        for (index, name) in names.enumerated() {
            months[name] = index + 1
            months[String(name.prefix(3))] = index + 1
        }
        months["sept"] = 9
        return months
    }()

    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]

    /// Words that may stand around a date without changing it.
    static let fillers: Set<String> = [
        "at", "on", "of", "the", "t", "published", "updated", "posted", "modified", "last", "first", "date", "time",
    ]

    /// Zone abbreviations that stand for more than one offset (`IST` is India's and Ireland's,
    /// `ET` is EST or EDT by season): accepted, with the time kept without an offset.
    static let ambiguousZones: Set<String> = ["et", "pt", "ct", "mt", "ist", "ast", "cst", "sst", "gst", "amt", "bt"]

    /// Zone abbreviations with one unambiguous offset, in minutes east of UTC. Ambiguous ones
    /// (`ET`, `IST`, `AST`, ...) are left out: the time is kept without an offset instead.
    static let zones: [String: Int] = [
        "utc": 0, "gmt": 0, "z": 0, "wet": 0, "bst": 60, "cet": 60, "wat": 60, "west": 60, "cest": 120, "eet": 120,
        "sast": 120, "cat": 120, "eest": 180, "msk": 180, "eat": 180, "trt": 180, "pkt": 300, "wib": 420, "ict": 420,
        "hkt": 480, "sgt": 480, "awst": 480, "jst": 540, "kst": 540, "aest": 600, "aedt": 660, "nzst": 720, "nzdt": 780,
        "est": -300, "edt": -240, "cdt": -300, "mst": -420, "mdt": -360, "pst": -480, "pdt": -420, "akst": -540,
        "akdt": -480, "hst": -600,
    ]
}

extension DateWords {
    /// Month names and their usual abbreviations in English, German, French, Spanish, Italian,
    /// Portuguese and Dutch, and month names as dates print them in the Scandinavian languages,
    /// Indonesian, Russian, Ukrainian, Polish, Czech, Turkish and Arabic, lowercased, for finding
    /// dates in page text (`DateScanner`). Kept apart from `months`, which the English readers of
    /// whole date texts rely on.
    static let monthsInManyLanguages: [String: Int] = {
        let names: [[String]] = [
            ["january", "jan", "januar", "jänner", "jaenner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro", "januari"],
            ["february", "feb", "februar", "feber", "février", "fevrier", "févr", "fevr", "febrero", "febbraio", "fevereiro", "fev", "februari"],
            ["march", "mar", "märz", "maerz", "mär", "mrz", "mars", "marzo", "março", "marco", "maart", "mrt"],
            ["april", "apr", "avril", "avr", "abril", "abr", "aprile"],
            ["may", "mai", "mayo", "maggio", "mag", "maio", "mei"],
            ["june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho"],
            ["july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho"],
            ["august", "aug", "août", "aout", "agosto", "ago", "augustus"],
            ["september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "set", "setembro"],
            ["october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out"],
            ["november", "nov", "novembre", "noviembre", "novembro"],
            ["december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre", "dezembro"],
        ]
        // Other languages: Scandinavian, Indonesian, Russian, Ukrainian, Polish, Czech, Turkish, Arabic.
        let moreNames: [[String]] = [
            ["января", "январь", "січня", "stycznia", "ledna", "ocak", "يناير", "كانون الثاني"],
            ["февраля", "февраль", "лютого", "lutego", "února", "şubat", "فبراير", "شباط"],
            ["marts", "maret", "марта", "март", "березня", "marca", "března", "mart", "مارس", "آذار"],
            ["апреля", "апрель", "квітня", "kwietnia", "dubna", "nisan", "أبريل", "إبريل", "نيسان"],
            ["maj", "мая", "май", "травня", "maja", "května", "mayıs", "مايو", "أيار"],
            ["июня", "июнь", "червня", "czerwca", "června", "haziran", "يونيو", "يونيه", "حزيران"],
            ["июля", "июль", "липня", "lipca", "července", "temmuz", "يوليو", "يوليه", "تموز"],
            ["augusti", "agustus", "августа", "август", "серпня", "sierpnia", "srpna", "ağustos", "أغسطس", "آب"],
            ["сентября", "сентябрь", "вересня", "września", "září", "eylül", "سبتمبر", "أيلول"],
            ["октября", "октябрь", "жовтня", "października", "října", "ekim", "أكتوبر", "اكتوبر", "تشرين الأول"],
            ["ноября", "ноябрь", "листопада", "listopada", "listopadu", "kasım", "نوفمبر", "تشرين الثاني"],
            ["desember", "декабря", "декабрь", "грудня", "grudnia", "prosince", "aralık", "ديسمبر", "كانون الأول"],
        ]
        var months: [String: Int] = [:]
        for (index, words) in zip(names, moreNames).map({ $0 + $1 }).enumerated() {
            for word in words { months[word] = index + 1 }
        }
        return months
    }()

    /// The names in `monthsInManyLanguages` that are all ASCII (lowercase), as bytes.
    static let asciiMonthNames: [[UInt8]] = monthsInManyLanguages.keys.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { Array($0.utf8) }
}
