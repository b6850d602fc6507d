import CLua
import LedeCore

/// Moving values between JSON and Lua: objects become tables with string keys, arrays become
/// sequences, `null` becomes nil. Back from Lua, a table whose keys are exactly 1...n is an
/// array, an empty table is an empty array (readers accept it where an object is expected),
/// and any other table is an object.
extension LuaState {
    public func push(_ value: JSONValue) {
        withHostAccess { pushValue(value) }
    }

    private func pushValue(_ value: JSONValue) {
        switch value {
        case .null: lua_pushnil(pointer)
        case .bool(let flag): lua_pushboolean(pointer, flag ? 1 : 0)
        case .int(let number): lua_pushinteger(pointer, lua_Integer(number))
        case .double(let number): lua_pushnumber(pointer, number)
        case .string(let text): push(text)
        case .array(let elements):
            // Each nesting level needs stack slots of its own; Lua guarantees only 20.
            guard lua_checkstack(pointer, 3) != 0 else { return lua_pushnil(pointer) }
            lua_createtable(pointer, Int32(elements.count), 0)
            for (index, element) in elements.enumerated() {
                pushValue(element)
                lua_rawseti(pointer, -2, lua_Integer(index + 1))
            }
        case .object(let object):
            guard lua_checkstack(pointer, 3) != 0 else { return lua_pushnil(pointer) }
            lua_createtable(pointer, 0, Int32(object.count))
            for (key, element) in object {
                push(key)
                pushValue(element)
                lua_rawset(pointer, -3)
            }
        }
    }

    /// The value at `index` as JSON; `path` names it in errors (`$.meta.x: cannot convert a function`).
    public func json(at index: Int32, path: String = "$") throws(LuaError) -> JSONValue {
        let absolute = lua_absindex(pointer, index)
        do {
            return try withHostAccess { () throws(ConversionFailure) in try value(at: absolute, depth: 0) }
        } catch {
            throw LuaError.runtime("\(path)\(error.location): \(error.problem)")
        }
    }

    /// A value that cannot become JSON; the location is built on the way out, so the common
    /// case pays nothing for paths.
    struct ConversionFailure: Error {
        var location = ""
        let problem: String
    }

    private func value(at index: Int32, depth: Int) throws(ConversionFailure) -> JSONValue {
        switch lua_type(pointer, index) {
        case LUA_TNIL: return .null
        case LUA_TBOOLEAN: return .bool(lua_toboolean(pointer, index) != 0)
        case LUA_TNUMBER:
            if lede_isinteger(pointer, index) != 0 { return .int(Int(lede_tointeger(pointer, index))) }
            let number = lede_tonumber(pointer, index)
            guard number.isFinite else { throw ConversionFailure(problem: "cannot convert \(number) to JSON") }
            return .double(number)
        case LUA_TSTRING: return .string(string(at: index) ?? "")
        case LUA_TTABLE:
            guard depth < 100 else { throw ConversionFailure(problem: "nested more than 100 levels (a cycle?)") }
            return try table(at: index, depth: depth + 1)
        default:
            throw ConversionFailure(problem: "cannot convert a \(typeName(at: index)) to JSON")
        }
    }

    private func table(at index: Int32, depth: Int) throws(ConversionFailure) -> JSONValue {
        guard lua_checkstack(pointer, 3) != 0 else { throw ConversionFailure(problem: "nested too deeply") }
        var entries: [(key: String, value: JSONValue)] = []
        var numbers: [Int] = []
        var allNumbers = true
        lua_pushnil(pointer)
        while lua_next(pointer, index) != 0 {
            let key: String
            var number: Int?
            switch lua_type(pointer, -2) {
            case LUA_TSTRING:
                key = string(at: -2) ?? ""
                allNumbers = false
            case LUA_TNUMBER where lede_isinteger(pointer, -2) != 0:
                number = Int(lede_tointeger(pointer, -2))
                key = String(number!)
                numbers.append(number!)
            default:
                let type = typeName(at: -2)
                lede_pop(pointer, 2)
                throw ConversionFailure(problem: "a table key of type \(type) cannot be converted to JSON")
            }
            do {
                entries.append((key, try value(at: lua_gettop(pointer), depth: depth)))
            } catch {
                lede_pop(pointer, 2)
                throw ConversionFailure(location: (number.map { "[\($0)]" } ?? ".\(key)") + error.location, problem: error.problem)
            }
            lede_pop(pointer, 1)
        }
        if allNumbers {
            // The array part comes out of lua_next in order, so a sequence rarely needs sorting.
            if numbers.indices.allSatisfy({ numbers[$0] == $0 + 1 }) { return .array(entries.map(\.value)) }
            let order = numbers.indices.sorted { numbers[$0] < numbers[$1] }
            if order.enumerated().allSatisfy({ numbers[$0.element] == $0.offset + 1 }) {
                return .array(order.map { entries[$0].value })
            }
        }
        entries.sort { $0.key < $1.key }
        // String keys alone are distinct; only 1 and "1" in one table can give the same name.
        return .object(numbers.isEmpty ? JSONObject(distinct: entries) : JSONObject(entries.map { ($0.key, $0.value) }))
    }
}
