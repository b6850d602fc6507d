/// A hash table from short byte strings to numbers, for the parser's names and entities:
/// found straight from the page's bytes, with no String made per tag, attribute or `&name;`.
///
/// Open addressing over a power-of-two slot array, FNV-1a hashes computed by the caller
/// while it scans the bytes anyway; each entry keeps its hash, so a probe compares bytes only
/// when the hashes agree.
struct ByteStringTable {
    struct Entry {
        var hash: UInt32
        var start: Int32
        var length: Int32
    }

    static let hashSeed: UInt32 = 0x811C_9DC5
    @inline(__always) static func hash(_ hash: UInt32, _ byte: UInt8) -> UInt32 { (hash ^ UInt32(byte)) &* 0x0100_0193 }

    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var value = hashSeed
        for byte in bytes { value = hash(value, byte) }
        return value
    }

    /// The keys, back to back; entry `i`'s is `keys[entries[i].start ..< start + length]`.
    private(set) var keys: [UInt8] = []
    private(set) var entries: [Entry] = []
    /// Entry numbers, -1 for an empty slot; never more than half full.
    private var slots: [Int32]

    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
    }

    var count: Int { entries.count }

    /// The number of the entry whose key is `key` (hashed to `hash`), if any.
    @inline(__always)
    func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int32? {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        return slots.withUnsafeBufferPointer { slots in
            entries.withUnsafeBufferPointer { entries in
                keys.withUnsafeBufferPointer { keys in
                    while true {
                        let number = slots[slot]
                        if number < 0 { return nil }
                        let entry = entries[Int(number)]
                        if entry.hash == hash, Int(entry.length) == key.count {
                            // Names are short: a loop beats memcmp's call.
                            var offset = 0
                            let start = Int(entry.start)
                            while offset < key.count, keys[start &+ offset] == key[offset] { offset &+= 1 }
                            if offset == key.count { return number }
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// Adds a key that `find` did not find; returns its entry number.
    @discardableResult
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int32 {
        if (entries.count + 1) * 2 > slots.count { grow() }
        let number = Int32(entries.count)
        entries.append(Entry(hash: hash, start: Int32(keys.count), length: Int32(key.count)))
        keys.append(contentsOf: key)
        place(number, hash: hash)
        return number
    }

    /// The key of entry `number`.
    func key(_ number: Int32) -> ArraySlice<UInt8> {
        let entry = entries[Int(number)]
        return keys[Int(entry.start)..<Int(entry.start + entry.length)]
    }

    private mutating func place(_ number: Int32, hash: UInt32) {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = number
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        for number in entries.indices { place(Int32(number), hash: entries[number].hash) }
    }
}
