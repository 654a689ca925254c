/* format_internal.h — state and helpers shared by the files of fmt's C engine.
 *
 *   format.c         the Printf driver (flags, width, precision, argument indexes), Print and
 *                    Println spacing, printing one argument, bad-verb reports, String/Error
 *   format_value.c   walking a value through its type descriptor (structs, slices, pointers…)
 *   format_map.c     maps, sorted by key
 *   format_num.c     integers, floats, complex numbers, booleans, padding
 *   format_string.c  strings and byte slices: %s %q %x, quoting, rune helpers */
#ifndef GOLC_STDLIB_FMT_FORMAT_INTERNAL_H
#define GOLC_STDLIB_FMT_FORMAT_INTERNAL_H

#include "stdlib/fmt/format.h"

/* The flags of the verb being printed, reset before each verb. */
typedef struct FmtFlags {
    bool plus, minus, sharp, space, zero;
    bool plusV, sharpV;  /* %+v and %#v: recorded apart so they do not mean + and # */
    bool widPresent, precPresent;
    int64_t wid, prec;
} FmtFlags;

/* A value being printed: its type and the address of its bytes. For a top-level argument of a
 * pointer-shaped type the address is that of the interface's data word. */
typedef struct FmtValue {
    const GoType *type;  /* NULL: nil interface (no value) */
    const void *addr;
    bool can_iface;      /* false below an unexported struct field: Go's fmt does not call
                            String/Error there (reflect's CanInterface) */
} FmtValue;

typedef struct Printer {
    FmtBuf *buf;
    FmtFlags f;
    /* What a bad verb reports: the top-level argument (has_arg) or the nested value. */
    bool has_arg;
    GoIface arg;
    FmtValue value;
    bool erroring;   /* inside a bad-verb report: no method calls, as in Go */
    bool wrap_errs;  /* Errorf: %w allowed */
} Printer;

/* buffer */
void fb_write(FmtBuf *b, const void *p, int64_t n);
void fb_byte(FmtBuf *b, uint8_t c);
void fb_str(FmtBuf *b, const char *s);
void fb_rune(FmtBuf *b, int32_t r);

/* runes (format_string.c) */
int64_t fmt_rune_count(const uint8_t *p, int64_t n);
int32_t fmt_decode_rune(const uint8_t *p, int64_t n, int64_t *size); /* 0xFFFD on error, size 1 */
bool fmt_is_print(int32_t r);

/* padding and numbers (format_num.c) */
void fmt_pad(Printer *p, const uint8_t *s, int64_t n);
void fmt_pad_str(Printer *p, const char *s);
void fmt_write_padding(Printer *p, int64_t n);
void fmt_bool(Printer *p, bool v, int32_t verb);                    /* pp-level: checks verb */
void fmt_integer(Printer *p, uint64_t v, bool is_signed, int32_t verb); /* pp-level */
void fmt_integer_base(Printer *p, uint64_t u, int base, bool is_signed, int32_t verb, bool upper);
void fmt_0x64(Printer *p, uint64_t v, bool leading0x);
void fmt_float(Printer *p, double v, int size, int32_t verb);      /* pp-level */
void fmt_complex(Printer *p, double re, double im, int size, int32_t verb); /* pp-level */

/* strings (format_string.c) */
void fmt_string(Printer *p, const uint8_t *s, int64_t n, int32_t verb); /* pp-level */
/* a []byte or [N]byte value (any named variant) printed the byte-string way */
void fmt_bytes(Printer *p, FmtValue v, int32_t verb, const char *type_name /* NULL: v's */);
void fmt_s(Printer *p, const uint8_t *s, int64_t n);
void fmt_q(Printer *p, const uint8_t *s, int64_t n);
void fmt_sbx(Printer *p, const uint8_t *s, int64_t n, bool upper);
void fmt_quote_rune(FmtBuf *b, int32_t r, bool ascii_only);
void fmt_quote_string(FmtBuf *b, const uint8_t *s, int64_t n, bool ascii_only);

/* values (format_value.c) */
void fmt_print_value(Printer *p, FmtValue v, int32_t verb, int depth);
void fmt_pointer(Printer *p, FmtValue v, int32_t verb);
bool fmt_is_pointer_shaped(const GoType *t);
FmtValue fmt_iface_value(const GoType *t, void *const *data_word); /* value held by an interface */

/* maps (format_map.c): map[k:v ...] sorted by key like Go's fmtsort */
void fmt_print_map(Printer *p, FmtValue v, int32_t verb, int depth);

/* driver (format.c) */
void fmt_print_arg(Printer *p, GoIface arg, int32_t verb);
void fmt_bad_verb(Printer *p, int32_t verb);
bool fmt_handle_methods(Printer *p, const GoType *t, void *data, int32_t verb);
void fmt_type_string(FmtBuf *b, const GoType *t);

#endif
