#if canImport(Glibc)
import CMalloc

/// glibc's allocator, set for one short burst of work over large drafts.
///
/// By default every buffer above about 128 KB (a draft's bytes, a part inflated, the text of a report
/// being written) gets a mapping of its own, whose pages the kernel faults in and zeroes one by one and
/// takes back at `free`; the next such buffer starts again. A comparison of two long resolutions then
/// spends a third of its time in page faults. Large buffers come from the heap instead, which keeps what
/// is freed for the next one, and the heap grows by 64 MB at a time.
enum MemoryTuning {
    static func apply() {
        _ = mallopt(M_MMAP_THRESHOLD, 256 << 20)
        _ = mallopt(M_TRIM_THRESHOLD, 1 << 30)
        _ = mallopt(M_TOP_PAD, 64 << 20)
    }
}
#else
enum MemoryTuning {
    static func apply() {}
}
#endif
