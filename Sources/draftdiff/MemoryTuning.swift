#if canImport(Glibc)
import CMalloc
import Glibc

/// glibc's allocator, set for one short burst of work over large drafts.
///
/// By default every buffer above about 128 KB (a draft's bytes, a part inflated, the text of a report
/// being written) gets a mapping of its own, whose pages the kernel faults in and zeroes one by one and
/// takes back at `free`; the next such buffer starts again. A comparison of two long resolutions then
/// spends a third of its time in page faults. Large buffers come from the heap instead, which keeps what
/// is freed for the next one, and the heap grows by 64 MB at a time.
///
/// And as many arenas as cores (glibc's default is eight per core): reading two .docx files at once starts
/// a dozen short threads (parts inflated, supporting parts read), each of which took an arena of its own
/// that the others could not reuse. The 1,127-paragraph .docx pair then peaked at 39 MB instead of 30.
enum MemoryTuning {
    static func apply() {
        _ = mallopt(M_MMAP_THRESHOLD, 256 << 20)
        _ = mallopt(M_TRIM_THRESHOLD, 1 << 30)
        _ = mallopt(M_TOP_PAD, 64 << 20)
        _ = mallopt(M_ARENA_MAX, Int32(max(2, min(sysconf(Int32(_SC_NPROCESSORS_ONLN)), 64))))
    }

    /// Inputs from this size on (all files together, a .docx counted four times: it holds about four
    /// times its size in XML) get the heap in huge pages.
    static let hugePageInputs = 4 << 20

    /// For large inputs, asks for the heap in 2 MB pages (`MADV_HUGEPAGE`, what glibc's
    /// `glibc.malloc.hugetlb=1` does): reading a 6 MB draft otherwise takes some 7,500 page faults, a
    /// tenth of its time. The heap is grown by 128 MB of address space now (nothing is touched), and
    /// that range is marked. Small inputs keep 4 KB pages: a huge page would round their memory up.
    static func preferHugePages(forInputs paths: [String]) {
        var total = 0
        for path in paths {
            var status = stat()
            guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { continue }
            total += Int(status.st_size) * (path.lowercased().hasSuffix(".docx") ? 4 : 1)
        }
        guard total >= hugePageInputs, let block = malloc(128 << 20) else { return }
        free(block)
        let start = (Int(bitPattern: block) + hugePage - 1) & ~(hugePage - 1)
        let end = Int(bitPattern: sbrk(0)) & ~(hugePage - 1)
        guard end > start, let region = UnsafeMutableRawPointer(bitPattern: start) else { return }
        _ = madvise(region, end - start, MADV_HUGEPAGE)
        adviseSecondArena(mainHeap: start..<end)
    }

    private static let hugePage = 2 << 20

    /// glibc's largest heap of an arena other than the main one (`HEAP_MAX_SIZE`: twice the largest mmap
    /// threshold), which it maps aligned to that size.
    private static let arenaHeapSize = 64 << 20

    /// The same advice for the heap of the other arena, which the threads working beside the main one
    /// allocate from (the second draft of a comparison is read there): made now, on a thread of its own, by
    /// its first allocation, and marked whole (glibc reserves all of it and opens it as it grows).
    private static func adviseSecondArena(mainHeap: Range<Int>) {
        var thread = pthread_t()
        let made = pthread_create(&thread, nil, { _ in
            guard let block = malloc(64) else { return nil }
            defer { free(block) }
            return UnsafeMutableRawPointer(bitPattern: Int(bitPattern: block) & ~(MemoryTuning.arenaHeapSize - 1))
        }, nil)
        var heap: UnsafeMutableRawPointer?
        guard made == 0, pthread_join(thread, &heap) == 0, let heap,
              !mainHeap.contains(Int(bitPattern: heap)) else { return }
        _ = madvise(heap, arenaHeapSize, MADV_HUGEPAGE)
    }
}
#else
enum MemoryTuning {
    static func apply() {}
    static func preferHugePages(forInputs paths: [String]) {}
}
#endif
