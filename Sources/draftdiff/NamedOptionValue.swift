import ArgumentParser

/// An option's value named by its raw value (`--format json`). Its values are listed for the help from
/// `allCases` directly: swift-argument-parser's default reaches them through a key path, which costs every
/// run a scan of the executable's protocol conformances (about 0.25 M instructions) per type.
protocol NamedOptionValue: ExpressibleByArgument, CaseIterable, RawRepresentable where RawValue == String {}

extension NamedOptionValue {
    public static var allValueStrings: [String] { allCases.map { $0.rawValue } }
}
