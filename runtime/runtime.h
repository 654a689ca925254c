/* runtime.h — the runtime's face: the ABI between generated code and the C runtime.
 *
 * Value layout (identical on amd64 and arm64, both LP64 little-endian):
 *   int/uint/uintptr/int64 8 bytes; bool 1 byte (0/1); pointers 8 bytes
 *   string    { const uint8_t *ptr; int64_t len; }
 *   slice     { void *ptr; int64_t len; int64_t cap; }
 *   interface { const GoType *type; void *data; }   (empty interface; `data` points to a boxed
 *             copy of the value, or is the value itself when the type is pointer-shaped)
 *   func      pointer to a closure record whose first word is the code pointer (nil = NULL).
 *             Generated functions take that record as a hidden first parameter `env`.
 *
 * Calling generated → runtime (gort_* functions): arguments are scalars or pointers, and
 * strings/slices passed by value are flattened into their words (ptr, len[, cap]) — never a
 * struct by value, because LLVM aggregates and the C ABI disagree about them. Results are
 * scalars, or a GoString returned by value (two words in registers on both ABIs, which LLVM
 * and C agree on), or written through an out-pointer given as the first argument.
 *
 * Body-less Go functions (stdlib shims) follow the same rules: Go function `F` in package
 * path `p/q` is the C symbol `p_q_F`, taking the flattened parameters in order, no env.
 * Multiple results are written through out-pointers appended after the parameters. */
#ifndef GOLC_RUNTIME_H
#define GOLC_RUNTIME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct GoString { const uint8_t *ptr; int64_t len; } GoString;
typedef struct GoSlice { void *ptr; int64_t len; int64_t cap; } GoSlice;
typedef struct GoType GoType;
typedef struct GoIface { const GoType *type; void *data; } GoIface;

/* Kinds, numbered like Go's reflect.Kind so %v logic can follow Go's documentation. */
enum {
    GOKIND_INVALID, GOKIND_BOOL, GOKIND_INT, GOKIND_INT8, GOKIND_INT16, GOKIND_INT32,
    GOKIND_INT64, GOKIND_UINT, GOKIND_UINT8, GOKIND_UINT16, GOKIND_UINT32, GOKIND_UINT64,
    GOKIND_UINTPTR, GOKIND_FLOAT32, GOKIND_FLOAT64, GOKIND_COMPLEX64, GOKIND_COMPLEX128,
    GOKIND_ARRAY, GOKIND_CHAN, GOKIND_FUNC, GOKIND_INTERFACE, GOKIND_MAP, GOKIND_POINTER,
    GOKIND_SLICE, GOKIND_STRING, GOKIND_STRUCT, GOKIND_UNSAFEPOINTER,
};

typedef struct GoField {
    GoString name;          /* "" never: embedded fields carry the type's name */
    const GoType *type;
    int64_t offset;
    uint8_t embedded;
    uint8_t exported;
} GoField;

/* Type descriptor. Codegen emits one constant per type used at run time, with exactly this
 * layout (codegen/typedesc.c mirrors it field by field — change both together). */
struct GoType {
    int64_t size;
    int64_t align;
    int64_t kind;           /* GOKIND_* */
    int64_t flags;          /* GOTYPE_NAMED | GOTYPE_HAS_POINTERS */
    GoString name;          /* as %T prints it: "int", "main.Point", "[]string", "*main.T" */
    GoString pkgpath;       /* defining package of a named type, else "" */
    const GoType *elem;     /* array/slice/pointer/chan/map value */
    const GoType *key;      /* map key */
    int64_t len;            /* array length; struct: number of fields */
    const GoField *fields;  /* struct fields */
    const struct GoMethod *methods; /* method set of this type (value-receiver methods for T,
                               all for *T), sorted by name; used by fmt (String, Error) */
    int64_t nmethods;
};
/* fn's receiver is the interface data word (see frontend/ir.h, "Interfaces"); it is called as
 * fn(NULL env, data, args...). */
typedef struct GoMethod { GoString name; const void *fn; } GoMethod;
enum { GOTYPE_NAMED = 1, GOTYPE_HAS_POINTERS = 2 };

/* ---- program entry (runtime/main.c): argc/argv saved for os.Args, GC initialised, then
 * golc_program_init() and golc_program_main() emitted by codegen; exit 0 ---- */
void golc_program_init(void *env);
void golc_program_main(void *env);

/* ---- allocation and GC (runtime/gc.c) ---- */
void *gort_alloc(int64_t size, const GoType *type);     /* zeroed; never NULL */
void *gort_alloc_array(int64_t n, int64_t elemsize, const GoType *elem); /* panics on overflow:
                                                            "makeslice: len out of range" */
/* A non-escaping allocation with a run-time count: the caller's GORT_STACK_BUF_BYTES frame
 * buffer (zeroed) when n elements fit, else gort_alloc_array (runtime/heap.c). */
#define GORT_STACK_BUF_BYTES 32
void *gort_alloc_array_buf(int64_t n, int64_t elemsize, const GoType *elem, void *buf);
/* An integer box that escapes (escape/decide.c): a static word for values below 256, else a
 * new heap word holding the value; v widened to 64 bits, masked to the width here. */
void *gort_box_small8(uint64_t v);
void *gort_box_small16(uint64_t v);
void *gort_box_small32(uint64_t v);
void *gort_box_small64(uint64_t v);
/* The allocation fast path (runtime/heap.c, emitted inline by codegen/alloc.c): free lists
 * of zeroed objects, one per (noscan, size bucket); bucket (size + 7) >> 3 for 1 <= size <=
 * GORT_FAST_MAX. A list's objects are zero except their first word, which links to the next
 * one; whoever pops an object clears that word. gort_alloc refills an empty list. */
#define GORT_FAST_MAX 1024
#define GORT_FAST_BUCKETS (GORT_FAST_MAX / 8 + 1)
extern void *gort_freelist[2][GORT_FAST_BUCKETS];   /* [noscan][bucket] */
void gort_gc(void);                                      /* a full collection now */
typedef struct GoMemStats { uint64_t mallocs, frees, total_alloc, heap_alloc, heap_objects, num_gc, pause_total_ns, next_gc; } GoMemStats;
void gort_memstats(GoMemStats *out);

/* ---- panics (runtime/panic.c): print "panic: ..." + "\ngoroutine 1 [running]:\n..." and
 * exit(2) as gc does ---- */
void gort_panic_index(int64_t i, int64_t len) __attribute__((noreturn));
/* which: 0 "slice bounds out of range [:%d] with capacity %d"  (hi > cap, 3rd form: [::%d])
 *        1 "slice bounds out of range [:%d] with length %d"     (hi > len, strings/arrays)
 *        2 "slice bounds out of range [%d:%d]"                  (lo > hi)
 *        3 "slice bounds out of range [::%d] with capacity %d"  (max > cap)
 *        4 "slice bounds out of range [:%d:%d]"                 (hi > max)
 *        5 "slice bounds out of range [%d:%d:]"                 (lo > hi, 3-index) */
void gort_panic_slice(int64_t which, int64_t x, int64_t y) __attribute__((noreturn));
void gort_panic_divide(void) __attribute__((noreturn));          /* integer divide by zero */
void gort_panic_nil(void) __attribute__((noreturn));             /* nil pointer dereference */
void gort_panic_shift(void) __attribute__((noreturn));           /* negative shift amount */
void gort_panic_makeslice_len(void) __attribute__((noreturn));
void gort_panic_makeslice_cap(void) __attribute__((noreturn));
/* unsafe.Slice / unsafe.String argument checks (gc's texts) */
void gort_panic_unsafe_slice_len(void) __attribute__((noreturn));
void gort_panic_unsafe_slice_nil(void) __attribute__((noreturn));
void gort_panic_unsafe_string_len(void) __attribute__((noreturn));
void gort_panic_unsafe_string_nil(void) __attribute__((noreturn));
void gort_gopanic(const GoType *type, void *data) __attribute__((noreturn)); /* panic(v) */
void gort_goexit(void) __attribute__((noreturn));                /* runtime.Goexit */

/* ---- strings (runtime/string.c) ---- */
int64_t gort_strcmp(const uint8_t *ap, int64_t alen, const uint8_t *bp, int64_t blen);
bool gort_streq(const uint8_t *ap, int64_t alen, const uint8_t *bp, int64_t blen);
int64_t gort_intstring(uint8_t *buf, int64_t rune); /* string(rune): UTF-8 into buf[4]; length */
/* range over a string: decodes the rune at s[i]; returns the rune, *next = index after it */
int32_t gort_decoderune(const uint8_t *p, int64_t len, int64_t i, int64_t *next);
int64_t gort_countrunes(const uint8_t *p, int64_t len);       /* []rune(s) length */
int64_t gort_encoderune(uint8_t *dst, int32_t r);             /* writes 1..4 bytes */
/* []rune(s) into dst (length from gort_countrunes) and string(runes) */
void gort_stringtorunes(int32_t *dst, const uint8_t *p, int64_t len);
int64_t gort_runesbytelen(const int32_t *p, int64_t n);
void gort_runestostring(uint8_t *dst, const int32_t *p, int64_t n);

/* ---- slices (runtime/slice.c) ---- */
/* append growth: a new backing array for at least newlen elements, old contents copied;
 * capacity grown exactly as gc's growslice (incl. rounding up to size classes). */
void gort_growslice(GoSlice *out, void *oldptr, int64_t oldlen, int64_t oldcap,
                    int64_t newlen, int64_t elemsize, const GoType *elem);
/* The same for an append whose backing array does not escape (escape/decide.c): the first
 * growth in a call of an empty slice to a length that fits goes to the site's
 * GORT_STACK_BUF_BYTES frame buffer, with every element that fits as capacity (gc's rule);
 * *used then stays set for the rest of the call. */
void gort_growslice_buf(GoSlice *out, void *oldptr, int64_t oldlen, int64_t oldcap, int64_t newlen,
                        int64_t elemsize, const GoType *elem, void *buf, bool *used);

/* ---- print / println builtins (runtime/print.c), to stderr like gc ---- */
void gort_printbool(bool v);
void gort_printint(int64_t v);
void gort_printuint(uint64_t v);
void gort_printfloat(double v);                 /* gc's format: +1.500000e+000 */
void gort_printcomplex(double re, double im);
void gort_printstring(const uint8_t *p, int64_t len);
void gort_printpointer(const void *p);          /* 0xc000012345 */
void gort_printslice(const void *p, int64_t len, int64_t cap); /* [len/cap]0xptr */
void gort_printiface(const GoType *t, void *data);             /* (0xtype,0xdata) */
void gort_printsp(void);
void gort_printnl(void);

/* ---- added by the runtime part (additive) ---- */
/* Start-up (runtime/main.c calls these; unit tests call gort_gc_init with their own stack
 * base, NULL = glibc's __libc_stack_end). gort_gc_init may be called more than once: the
 * highest base wins. gort_alloc initialises the heap lazily if nobody did. */
void gort_gc_init(void *stack_base);
void gort_args_init(int argc, char **argv);
void gort_signals_init(void);   /* SIGSEGV/SIGBUS/SIGFPE → gc's panic messages, exit 2 */
/* Extra conservative root ranges [lo, hi) (goroutine stacks, C-side tables holding Go
 * pointers); removed by their lo. */
void gort_gc_add_roots(const void *lo, const void *hi);
void gort_gc_remove_roots(const void *lo);
/* For the scheduler: the running stack is scanned from the current SP up to `hi` (NULL = the
 * main thread's stack base); other goroutines' stacks, from their saved SP, are registered
 * with gort_gc_add_roots. */
void gort_gc_set_stack_top(const void *hi);

/* More panics. gort_panic_msg prints "panic: <msg>" as is (the caller includes "runtime
 * error: " when gc does, e.g. not for "assignment to entry in nil map" or "interface
 * conversion: ..."); gort_throw prints "fatal error: <msg>" (deadlock etc.). */
void gort_panic_msg(const uint8_t *p, int64_t len) __attribute__((noreturn));
void gort_throw(const char *msg) __attribute__((noreturn));
void gort_panic_index_u(uint64_t i, int64_t len) __attribute__((noreturn)); /* unsigned index */
/* gort_panic_slice also takes which = 6 "slice bounds out of range [::%d] with length %d"
 * (3-index slice of an array/string) and 7 "cannot convert slice with length %d to array or
 * pointer to array with length %d". A negative x prints gc's short forms ("[:-1]", "[-1:]").
 * _u: x is unsigned. */
void gort_panic_slice_u(int64_t which, uint64_t x, int64_t y) __attribute__((noreturn));

/* gort_growslice sets out->len = newlen (like gc's growslice); the caller stores the appended
 * elements at [oldlen, newlen). Go 1.26's println prints floats like
 * strconv.FormatFloat(v, 'g', -1, 64) ("1.5", "+Inf"), and float32s with bitsize 32: */
void gort_printfloat32(float v);
void gort_printcomplex64(float re, float im);

/* strconv.FormatFloat (runtime/ftoa.c): fmt 'e' 'E' 'f' 'g' 'G' 'b' 'x' 'X', prec < 0 =
 * shortest; writes at most cap bytes, returns the full length (retry with a bigger buffer). */
int64_t gort_formatfloat(char *buf, int64_t cap, double v, int64_t fmt, int64_t prec, int64_t bitsize);

/* package os (runtime/os.c) */
void os_runtime_args(GoSlice *out);              /* os.Args as a []string on the GC heap */
void os_Exit(int64_t code) __attribute__((noreturn));
/* write(2) looping over partial writes; returns bytes written, or -errno if none were */
int64_t gort_write(int64_t fd, const uint8_t *p, int64_t n);


/* Added by the codegen part (additive), needed for `==` on interfaces: x and y are the data
 * words of two interfaces whose dynamic type is t (non-nil, the same for both); compares the
 * values as Go's == does (data words directly for pointer-shaped types, else the boxed values
 * member-wise: floats as floats, strings by content, nested interfaces recursively) and panics
 * "runtime error: comparing uncomparable type T" for slices, maps and funcs. */
bool gort_ifaceeq(const GoType *t, void *x, void *y);

/* Added by the maps part (additive): maps (runtime/map.c, runtime/map.h; hashing in hash.c).
 * A map value is a pointer to a header of GORT_MAP_WORDS words (NULL = nil map) that the
 * generated code allocates (an ALLOC_MAKEMAP site: escape analysis decides stack or heap) and
 * gort_makemap initialises; the runtime allocates the slot tables on the GC heap. Keys and
 * values travel by address. Every operation takes the map's type descriptor (kind MAP, with
 * key and elem), because even a nil map must check its key: an interface key whose dynamic
 * type is not comparable panics "hash of unhashable type T" as in gc. */
enum { GORT_MAP_WORDS = 8, GORT_MAPITER_WORDS = 10 };
void gort_makemap(void *h, const GoType *maptype, int64_t hint);  /* hint < 0: ignored (gc) */
int64_t gort_maplen(const void *h);
/* v := m[k]: copies the value (or the zero value) to *val; returns whether k was present */
bool gort_mapaccess(const GoType *maptype, void *h, const void *key, void *val);
/* m[k] = v: the address of k's value slot, a new zeroed entry if k was missing; valid until
 * the next insertion. nil map: panics "assignment to entry in nil map". */
void *gort_mapassign(const GoType *maptype, void *h, const void *key);
void gort_mapdelete(const GoType *maptype, void *h, const void *key);
void gort_mapclear(const GoType *maptype, void *h);
/* range: `it` is GORT_MAPITER_WORDS words. Each gort_mapiternext that returns true leaves the
 * address of the current key in word 0 of `it` and that of its value in word 1. The order is
 * randomised per loop; entries deleted before they are reached are not produced, entries
 * added during the loop may or may not be. Usable from C (fmt prints maps with it). */
void gort_mapiterinit(const GoType *maptype, void *h, void *it);
bool gort_mapiternext(void *it);

/* Added by the goroutines part (additive): goroutines, channels and select (runtime/sched.c,
 * chan.c, select.c, sema.c; internals in runtime/sched.h). The scheduler is M:1 and not
 * preemptive. gort_go starts a goroutine running `closure`, a func() value (the go statement's
 * ALLOC_DEFER record, whose word 0 is the code of a synthesized wrapper). */
void gort_go(void *closure);
int64_t gort_goid(void);                 /* the running goroutine's id (main: 1) */
void **gort_panic_slot(void);            /* the running goroutine's panic state slot; NULL: main */
bool gort_stack_guard_hit(uintptr_t addr); /* a fault at addr overflowed a goroutine's stack */
int64_t gort_numgoroutine(void);
void gort_gosched(void);
void gort_sleep(int64_t ns);
/* A channel is a pointer to a GORT_CHAN_WORDS-word header (an ALLOC_MAKECHAN site) set up
 * by gort_makechan; elements travel by address (gort_chanrecv: elem may be NULL). */
enum { GORT_CHAN_WORDS = 14 };   /* 12 for the header, 2 for a small buffer (chan.c) */
void gort_makechan(void *h, const GoType *elem, int64_t size);
void gort_chansend(void *c, const void *elem);
bool gort_chanrecv(void *c, void *elem);          /* false: closed and empty (zero value) */
void gort_closechan(void *c);
int64_t gort_chanlen(void *c);
int64_t gort_chancap(void *c);
/* select: the cases without default; dir 1 send, 2 receive. Returns the chosen case's index,
 * -1 when !block and nothing was ready (the default clause); *recv_ok gets a receive's ok. */
typedef struct GoSelectCase { void *c; void *elem; int64_t dir; } GoSelectCase;
int64_t gort_select(GoSelectCase *cases, int64_t n, bool block, bool *recv_ok);
/* The collector calls this for the stacks of goroutines that are not running (weak in
 * gc_roots.c so that the collector links without the scheduler). */
void gort_sched_each_stack(void (*fn)(uintptr_t lo, uintptr_t hi, void *asan_fake_stack));

/* Added by the defer/panic part (additive): defer, panic, recover (runtime/defer.c).
 * A function containing `defer` owns a GORT_DEFER_FRAME_BYTES-byte stack slot (8-aligned),
 * the "defer frame", whose first bytes are a jmp_buf: the generated prologue calls
 * gort_defer_enter(frame) (links it on the goroutine's frame chain), then _setjmp(frame)
 * directly (codegen: "gort_setjmp", returns_twice); a non-zero return means a deferred call
 * recovered a panic and the function must return its result slots. Each defer statement
 * pushes a record (a func() closure record { code, link, args... } on the GC heap; the runtime
 * uses word 1 as the chain link) with gort_defer_push; every return runs
 * gort_defer_return(frame): the frame's pending defers, newest first, then unlinks it.
 * A panic (gort_gopanic) runs the deferred calls of the frames on the chain, newest first,
 * and longjmps to the frame whose deferred call recovered it. recover() is gort_recover(fp)
 * with fp = the calling function's frame address (codegen adds it): it recovers only when
 * that function was called by a defer wrapper that the panic itself called. */
enum { GORT_DEFER_FRAME_BYTES = 512 };
void gort_defer_enter(void *frame);
void gort_defer_push(void *frame, void *record);
void gort_defer_return(void *frame);
GoIface gort_recover(void *fp);
GoIface gort_recover_deferred(void);   /* the thunk of `defer recover()` */
/* The per-goroutine defer/panic state. One static instance today; the scheduler makes this
 * return the running goroutine's (G.panic_state), allocated zeroed with gort_alloc. */
typedef struct GoPanicState GoPanicState;
GoPanicState *gort_panic_state(void);
extern const int64_t gort_panic_state_size;

/* Symbol and line tables of the running executable and the frame walk (runtime/symtab.c),
 * behind runtime.Caller, runtime.Callers and runtime.FuncForPC (stdlib/runtime/symtab.c).
 * A line row covers [addr, next row's addr); file UINT32_MAX marks a sequence's end. */
typedef struct GortLineRow { uint64_t addr; uint32_t file; uint32_t line; } GortLineRow;
typedef struct GortLines {
    GortLineRow *rows;      /* sorted by address */
    size_t nrows;
    char **files;           /* absolute paths, as the line programs name them */
    size_t nfiles;
} GortLines;
typedef struct GortFunc {
    uint64_t lo, hi;
    const char *name;
    bool global;
    bool bottom;            /* main, golc_program_main/init, goroutine_entry: walks stop there */
    bool wrapper;           /* go statement and method value wrappers: hidden, as gc does */
    bool sigpanic;          /* signal.c's sigpanic_*: its "return address" is a faulting pc */
} GortFunc;
typedef struct GortSymtab {
    GortFunc *funcs;        /* sorted by address */
    size_t nfuncs;
    GortLines lines;
} GortSymtab;
/* Parses a .debug_line section (DWARF 2..4 units; others are skipped), adding bias to every
 * address. */
void gort_dwarf_lines(const uint8_t *sec, size_t len, uint64_t bias, GortLines *out);
bool gort_lines_lookup(const GortLines *t, uint64_t pc, const char **file, int64_t *line);
/* Reads the ELF executable at path (its functions and line tables); false if unreadable. */
bool gort_symtab_load(GortSymtab *st, const char *path, uint64_t bias);
const GortFunc *gort_symtab_func(const GortSymtab *st, uint64_t pc);   /* NULL: none */
const GortSymtab *gort_symtab(void);   /* the running program's, loaded on first use */
/* Return addresses of the frames from fp outwards, the first `skip` left out; returns the
 * number stored (at most max). fp is a frame pointer: [fp] the caller's, [fp+8] the return
 * address. */
int64_t gort_callers_walk(void *fp, int64_t skip, uintptr_t *pcs, int64_t max);

#endif
