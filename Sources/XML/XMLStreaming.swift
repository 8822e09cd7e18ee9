import CLibXML2

/// The libxml2 version this build links, as libxml2 reports it ("20914").
public var libxml2Version: String {
    LIBXML_DOTTED_VERSION
}
