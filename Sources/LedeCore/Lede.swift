/// Facts about this build of lede.
public enum Lede {
    /// The version `lede --version` prints and packs are checked against.
    public static let version = "0.1.0"
}
