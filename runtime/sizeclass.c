/* sizeclass.c — gc's malloc size classes, reproduced so that cap() after append (which gc
 * rounds up to the size class) is the same in golc programs as in gc ones.
 *
 * The class sizes are gc's documented table (runtime/sizeclasses.go lists them with their
 * waste); we only need the sizes themselves. */
#include "runtime/gc_internal.h"

const int32_t gc_class_size[GC_NUM_CLASSES] = {
    0,     8,     16,    24,    32,    48,    64,    80,    96,    112,   128,   144,
    160,   176,   192,   208,   224,   240,   256,   288,   320,   352,   384,   416,
    448,   480,   512,   576,   640,   704,   768,   896,   1024,  1152,  1280,  1408,
    1536,  1792,  2048,  2304,  2688,  3072,  3200,  3456,  4096,  4864,  5376,  6144,
    6528,  6784,  6912,  8192,  9472,  9728,  10240, 10880, 12288, 13568, 14336, 16384,
    18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768,
};

/* Two lookup tables like gc's: by 8-byte steps up to 1024, then by 128-byte steps. Built on
 * first use from the class sizes, so they cannot disagree with them. */
static uint8_t class_by8[1024 / 8 + 1];
static uint8_t class_by128[(GC_MAX_SMALL - 1024) / 128 + 1];
static bool tables_built;

static void build_tables(void) {
    int c = 1;
    for (int i = 0; i <= 1024 / 8; i++) {
        int size = i * 8;
        while (gc_class_size[c] < size) c++;
        class_by8[i] = (uint8_t)c;
    }
    for (int i = 0; i <= (GC_MAX_SMALL - 1024) / 128; i++) {
        int size = 1024 + i * 128;
        while (gc_class_size[c] < size) c++;
        class_by128[i] = (uint8_t)c;
    }
    class_by8[0] = 1;
    tables_built = true;
}

int gc_size_to_class(int64_t size) {
    if (!tables_built) build_tables();
    if (size <= 1024) return class_by8[(size + 7) >> 3];
    return class_by128[(size - 1024 + 127) >> 7];
}

int64_t gc_roundupsize(int64_t size, bool noscan) {
    const int64_t header = 8, header_threshold = 512;
    if (size <= GC_MAX_SMALL - header) {
        int64_t req = size;
        if (!noscan && req > header_threshold) req += header;
        if (req == 0) return 0;
        return gc_class_size[gc_size_to_class(req)] - (req - size);
    }
    /* Large objects are whole pages; no header (gc keeps their type in the span). */
    uint64_t req = (uint64_t)size + GC_PAGE_SIZE - 1;
    if (req < (uint64_t)size) return size;
    return (int64_t)(req & ~(uint64_t)(GC_PAGE_SIZE - 1));
}
