/* format.c — fmt's Printf driver: parsing a format (flags, width, precision, explicit argument
 * indexes), Print/Println spacing, printing one argument, the %!verb(...) error reports and
 * the String/Error/GoString method calls.
 *
 * The behaviour is Go's fmt as documented (and as gc prints it); the structure is our own.
 * See format.h for why this is C. */
#include <stdlib.h>
#include <string.h>

#include "stdlib/fmt/format_internal.h"

/* ---- buffer ---- */

static void fb_reserve(FmtBuf *b, int64_t extra) {
    if (b->len + extra <= b->cap) return;
    int64_t cap = b->cap ? b->cap * 2 : 64;
    while (cap < b->len + extra) cap *= 2;
    uint8_t *data = realloc(b->data, (size_t)cap);
    if (!data) abort(); /* out of C heap: nothing sensible left to do */
    b->data = data;
    b->cap = cap;
}

void fb_write(FmtBuf *b, const void *p, int64_t n) {
    if (n <= 0) return;
    fb_reserve(b, n);
    memcpy(b->data + b->len, p, (size_t)n);
    b->len += n;
}

void fb_byte(FmtBuf *b, uint8_t c) { fb_write(b, &c, 1); }
void fb_str(FmtBuf *b, const char *s) { fb_write(b, s, (int64_t)strlen(s)); }

void fb_rune(FmtBuf *b, int32_t r) {
    uint8_t tmp[4];
    int n;
    if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
    if (r < 0x80) { tmp[0] = (uint8_t)r; n = 1; }
    else if (r < 0x800) { tmp[0] = 0xC0 | (r >> 6); tmp[1] = 0x80 | (r & 0x3F); n = 2; }
    else if (r < 0x10000) {
        tmp[0] = 0xE0 | (r >> 12); tmp[1] = 0x80 | ((r >> 6) & 0x3F); tmp[2] = 0x80 | (r & 0x3F); n = 3;
    } else {
        tmp[0] = 0xF0 | (r >> 18); tmp[1] = 0x80 | ((r >> 12) & 0x3F);
        tmp[2] = 0x80 | ((r >> 6) & 0x3F); tmp[3] = 0x80 | (r & 0x3F); n = 4;
    }
    fb_write(b, tmp, n);
}

void fmtbuf_free(FmtBuf *b) {
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

void fmt_type_string(FmtBuf *b, const GoType *t) {
    if (!t) fb_str(b, "<nil>");
    else fb_write(b, t->name.ptr, t->name.len);
}

/* ---- methods ---- */

typedef GoString (*FmtStringMethod)(void *env, void *recv);

/* Methods are sorted by name (runtime.h), but the sets are small: a linear scan is enough.
 * The descriptor carries no signatures, so a method named String/Error/GoString is assumed to
 * have Go's `func() string` shape — the only shape fmt may call. */
static const GoMethod *find_method(const GoType *t, const char *name) {
    size_t n = strlen(name);
    for (int64_t i = 0; i < t->nmethods; i++) {
        const GoMethod *m = &t->methods[i];
        if (m->name.len == (int64_t)n && memcmp(m->name.ptr, name, n) == 0) return m;
    }
    return NULL;
}

static GoString call_string_method(const GoMethod *m, void *data) {
    return ((FmtStringMethod)m->fn)(NULL, data);
}

/* Go's handleMethods: Error before String for %v %s %x %X %q, GoString for %#v. `data` is the
 * interface data word of the value (the pointer itself for pointer-shaped types). */
bool fmt_handle_methods(Printer *p, const GoType *t, void *data, int32_t verb) {
    if (p->erroring) return false;
    const GoMethod *err = t ? find_method(t, "Error") : NULL;
    if (verb == 'w') {
        if (!err || !p->wrap_errs) {
            fmt_bad_verb(p, 'w');
            return true;
        }
        verb = 'v';
    }
    if (!t || t->nmethods == 0) return false;
    if (p->f.sharpV) {
        const GoMethod *gs = find_method(t, "GoString");
        if (!gs) return false;
        GoString s = call_string_method(gs, data);
        fmt_s(p, s.ptr, s.len);
        return true;
    }
    switch (verb) {
    case 'v': case 's': case 'x': case 'X': case 'q': {
        const GoMethod *m = err ? err : find_method(t, "String");
        if (!m) return false;
        GoString s = call_string_method(m, data);
        fmt_string(p, s.ptr, s.len, verb);
        return true;
    }
    }
    return false;
}

/* ---- one argument ---- */

void fmt_print_arg(Printer *p, GoIface arg, int32_t verb) {
    p->has_arg = arg.type != NULL;
    p->arg = arg;
    p->value = (FmtValue){0};
    if (!arg.type) {
        if (verb == 'T' || verb == 'v') fmt_pad_str(p, "<nil>");
        else fmt_bad_verb(p, verb);
        return;
    }
    void *word = arg.data; /* stays put while nested reports reuse p->arg */
    FmtValue v = fmt_iface_value(arg.type, &word);
    if (verb == 'T') {
        fmt_s(p, arg.type->name.ptr, arg.type->name.len);
        return;
    }
    if (verb == 'p') {
        fmt_pointer(p, v, 'p');
        return;
    }
    /* Go formats an unnamed []byte through its byte-slice path for every verb. */
    if (arg.type->kind == GOKIND_SLICE && !(arg.type->flags & GOTYPE_NAMED) &&
        arg.type->elem && arg.type->elem->kind == GOKIND_UINT8 && verb != 'w') {
        fmt_bytes(p, v, verb, "[]byte"); /* %#v says []byte here, %T says []uint8 */
        return;
    }
    if (fmt_handle_methods(p, arg.type, arg.data, verb)) return;
    fmt_print_value(p, v, verb, 0);
}

/* %!verb(type=value), %!verb(<nil>) */
void fmt_bad_verb(Printer *p, int32_t verb) {
    p->erroring = true;
    fb_str(p->buf, "%!");
    fb_rune(p->buf, verb);
    fb_byte(p->buf, '(');
    if (p->has_arg) {
        fmt_type_string(p->buf, p->arg.type);
        fb_byte(p->buf, '=');
        fmt_print_arg(p, p->arg, 'v');
    } else if (p->value.type) {
        FmtValue v = p->value;
        fmt_type_string(p->buf, v.type);
        fb_byte(p->buf, '=');
        fmt_print_value(p, v, 'v', 0);
    } else {
        fb_str(p->buf, "<nil>");
    }
    fb_byte(p->buf, ')');
    p->erroring = false;
}

/* ---- Printf ---- */

static bool too_large(int64_t x) { return x > 1000000 || x < -1000000; }

/* Digits at s[*i..end): the number, or false (and *i = end) when there are none or too many. */
static bool parse_num(const uint8_t *s, int64_t *i, int64_t end, int64_t *num) {
    *num = 0;
    if (*i >= end) return false;
    bool isnum = false;
    int64_t k = *i;
    for (; k < end && s[k] >= '0' && s[k] <= '9'; k++) {
        if (too_large(*num)) { *num = 0; *i = end; return false; }
        *num = *num * 10 + (s[k] - '0');
        isnum = true;
    }
    *i = k;
    return isnum;
}

typedef struct PrintfState {
    const uint8_t *format;
    int64_t end;
    const GoIface *args;
    int64_t nargs;
    int64_t argnum;
    bool reordered, good_argnum;
} PrintfState;

/* An explicit argument index "[n]" at format[*i]; returns whether one was there ("after index"). */
static bool arg_number(PrintfState *st, int64_t *i) {
    const uint8_t *f = st->format;
    if (*i >= st->end || f[*i] != '[') return false;
    st->reordered = true;
    /* find the closing bracket */
    if (st->end - *i < 3) { *i += 1; st->good_argnum = false; return false; }
    for (int64_t k = *i + 1; k < st->end; k++) {
        if (f[k] != ']') continue;
        int64_t j = *i + 1, n;
        bool ok = parse_num(f, &j, k, &n);
        if (!ok || j != k) { *i = k + 1; st->good_argnum = false; return false; }
        n -= 1;
        *i = k + 1;
        if (n >= 0 && n < st->nargs) { st->argnum = n; return true; }
        st->good_argnum = false;
        return true;
    }
    *i += 1;
    st->good_argnum = false;
    return false;
}

/* The argument used by '*': any integer kind that fits an int. */
static bool int_from_arg(PrintfState *st, int64_t *num) {
    *num = 0;
    if (st->argnum >= st->nargs) return false;
    GoIface a = st->args[st->argnum++];
    if (!a.type) return false;
    FmtValue v = fmt_iface_value(a.type, &a.data);
    bool ok = true;
    switch (a.type->kind) {
    case GOKIND_INT: case GOKIND_INT64: *num = *(const int64_t *)v.addr; break;
    case GOKIND_INT32: *num = *(const int32_t *)v.addr; break;
    case GOKIND_INT16: *num = *(const int16_t *)v.addr; break;
    case GOKIND_INT8: *num = *(const int8_t *)v.addr; break;
    case GOKIND_UINT: case GOKIND_UINT64: case GOKIND_UINTPTR: {
        uint64_t u = *(const uint64_t *)v.addr;
        if ((int64_t)u < 0) ok = false; else *num = (int64_t)u;
        break;
    }
    case GOKIND_UINT32: *num = *(const uint32_t *)v.addr; break;
    case GOKIND_UINT16: *num = *(const uint16_t *)v.addr; break;
    case GOKIND_UINT8: *num = *(const uint8_t *)v.addr; break;
    default: ok = false;
    }
    if (!ok || too_large(*num)) { *num = 0; return false; }
    return true;
}

static void printf_loop(Printer *p, PrintfState *st) {
    const uint8_t *f = st->format;
    int64_t end = st->end;
    bool after_index = false;
    for (int64_t i = 0; i < end;) {
        st->good_argnum = true;
        int64_t lasti = i;
        while (i < end && f[i] != '%') i++;
        if (i > lasti) fb_write(p->buf, f + lasti, i - lasti);
        if (i >= end) break;
        i++; /* the '%' */
        memset(&p->f, 0, sizeof p->f);

        /* flags */
        for (; i < end; i++) {
            uint8_t c = f[i];
            if (c == '#') p->f.sharp = true;
            else if (c == '0') p->f.zero = !p->f.minus; /* zero padding only to the left */
            else if (c == '+') p->f.plus = true;
            else if (c == '-') { p->f.minus = true; p->f.zero = false; }
            else if (c == ' ') p->f.space = true;
            else break;
        }

        after_index = arg_number(st, &i);

        /* width */
        if (i < end && f[i] == '*') {
            i++;
            p->f.widPresent = int_from_arg(st, &p->f.wid);
            if (!p->f.widPresent) fb_str(p->buf, "%!(BADWIDTH)");
            if (p->f.wid < 0) { /* a negative width means '-' */
                p->f.wid = -p->f.wid;
                p->f.minus = true;
                p->f.zero = false;
            }
            after_index = false;
        } else {
            p->f.widPresent = parse_num(f, &i, end, &p->f.wid);
            if (after_index && p->f.widPresent) st->good_argnum = false; /* "%[3]2d" */
        }

        /* precision */
        if (i + 1 <= end && i < end && f[i] == '.') {
            i++;
            if (after_index) st->good_argnum = false; /* "%[3].2d" */
            after_index = arg_number(st, &i);
            if (i < end && f[i] == '*') {
                i++;
                p->f.precPresent = int_from_arg(st, &p->f.prec);
                if (p->f.prec < 0) { p->f.prec = 0; p->f.precPresent = false; }
                if (!p->f.precPresent) fb_str(p->buf, "%!(BADPREC)");
                after_index = false;
            } else {
                p->f.precPresent = parse_num(f, &i, end, &p->f.prec);
                if (!p->f.precPresent) { p->f.prec = 0; p->f.precPresent = true; }
            }
        }

        if (!after_index) after_index = arg_number(st, &i);

        if (i >= end) {
            fb_str(p->buf, "%!(NOVERB)");
            break;
        }
        int32_t verb;
        if (f[i] < 0x80) { verb = f[i]; i++; }
        else { int64_t size; verb = fmt_decode_rune(f + i, end - i, &size); i += size; }

        if (verb == '%') {
            fb_byte(p->buf, '%'); /* no padding, no argument */
        } else if (!st->good_argnum) {
            fb_str(p->buf, "%!"); fb_rune(p->buf, verb); fb_str(p->buf, "(BADINDEX)");
        } else if (st->argnum >= st->nargs) {
            fb_str(p->buf, "%!"); fb_rune(p->buf, verb); fb_str(p->buf, "(MISSING)");
        } else {
            if (verb == 'v') {
                p->f.sharpV = p->f.sharp; p->f.sharp = false;
                p->f.plusV = p->f.plus; p->f.plus = false;
            }
            fmt_print_arg(p, st->args[st->argnum], verb);
            st->argnum++;
        }
    }

    /* Unused arguments are reported unless indexes were used (then it is not an error). */
    if (!st->reordered && st->argnum < st->nargs) {
        memset(&p->f, 0, sizeof p->f);
        fb_str(p->buf, "%!(EXTRA ");
        for (int64_t k = st->argnum; k < st->nargs; k++) {
            if (k > st->argnum) fb_str(p->buf, ", ");
            GoIface a = st->args[k];
            if (!a.type) { fb_str(p->buf, "<nil>"); continue; }
            fmt_type_string(p->buf, a.type);
            fb_byte(p->buf, '=');
            fmt_print_arg(p, a, 'v');
        }
        fb_byte(p->buf, ')');
    }
}

void fmt_engine_sprintf(FmtBuf *out, const uint8_t *format, int64_t flen,
                        const GoIface *args, int64_t nargs, bool wrap_errs) {
    Printer p = { .buf = out, .wrap_errs = wrap_errs };
    PrintfState st = { .format = format, .end = flen, .args = args, .nargs = nargs };
    printf_loop(&p, &st);
}

static bool is_string_arg(GoIface a) { return a.type && a.type->kind == GOKIND_STRING; }

void fmt_engine_sprint(FmtBuf *out, const GoIface *args, int64_t nargs) {
    Printer p = { .buf = out };
    bool prev_string = false;
    for (int64_t i = 0; i < nargs; i++) {
        bool is_string = is_string_arg(args[i]);
        if (i > 0 && !is_string && !prev_string) fb_byte(out, ' ');
        memset(&p.f, 0, sizeof p.f);
        fmt_print_arg(&p, args[i], 'v');
        prev_string = is_string;
    }
}

void fmt_engine_sprintln(FmtBuf *out, const GoIface *args, int64_t nargs) {
    Printer p = { .buf = out };
    for (int64_t i = 0; i < nargs; i++) {
        if (i > 0) fb_byte(out, ' ');
        memset(&p.f, 0, sizeof p.f);
        fmt_print_arg(&p, args[i], 'v');
    }
    fb_byte(out, '\n');
}
