import Testing
@testable import DraftWriting

/// A long JSON text kept in chunks (`JSONPieces` writes each piece of a report so): the chunks joined are the
/// text written whole, and each chunk fits the room made for it.
@Suite("JSON stream in chunks")
struct JSONStreamChunkTests {
    /// Writes the same values, with strings of every length up to 300 bytes (some with escapes), to `stream`.
    private func writeValues(_ stream: inout JSONStream) {
        stream.beginArray()
        for index in 0..<2_000 {
            stream.beginObject()
            stream.key("index"); stream.int(index)
            stream.key("text"); stream.string(String(repeating: index % 7 == 0 ? "é\"" : "mot ", count: index % 75))
            stream.end()
        }
        stream.end()
    }

    @Test(arguments: [64, 1_000, 4_096])
    func chunksJoinedAreTheTextWrittenWhole(chunkSize: Int) {
        var whole = JSONStream(indent: 4)
        writeValues(&whole)
        var chunked = JSONStream(indent: 4, chunkSize: chunkSize)
        writeValues(&chunked)
        let chunks = chunked.finishedChunks()
        #expect(chunks.count > 10)
        #expect(Array(chunks.joined()) == whole.finished())
        for chunk in chunks {
            #expect(!chunk.isEmpty)
            // No array grew past the chunk size (give or take the allocator's rounding), unless a string
            // longer than that was written into it.
            #expect(chunk.capacity <= max(chunkSize, chunk.count) + 32)
        }
        // A chunk closes when its next bytes (at most 300 here) do not fit in an array of half the chunk
        // size or more.
        for chunk in chunks.dropLast() { #expect(chunk.count >= chunkSize / 2 - 300) }
    }
}
