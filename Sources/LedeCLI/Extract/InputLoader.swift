import Foundation
import LedeCore

/// Reads an input item's bytes, turning file-system failures into input errors.
public struct InputLoader {
    public init() {}

    public func load(_ item: InputItem) throws(InputError) -> InputDocument {
        switch item {
        case .failed(_, let error):
            throw error
        case .standardInput:
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return InputDocument(bytes: [UInt8](data), path: nil)
        case .file(let path):
            guard FileManager.default.isReadableFile(atPath: path) else {
                throw InputError(.unreadable, "permission denied")
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw InputError(.unreadable, "could not be read")
            }
            return InputDocument(bytes: [UInt8](data), path: path)
        }
    }
}
