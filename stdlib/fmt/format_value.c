/* format_value.c — printing a value by walking its type descriptor, as Go's fmt does with
 * reflect: structs {1 2} / {X:1 Y:2} / main.T{X:1, Y:2}, slices and arrays [1 2], pointers
 * (&{...} at the top level, 0x... below), interfaces inside values, and String/Error methods
 * of nested values (only where reflect could call them: not below unexported fields). */
#include <string.h>

#include "stdlib/fmt/format_internal.h"

bool fmt_is_pointer_shaped(const GoType *t) {
    switch (t->kind) {
    case GOKIND_POINTER: case GOKIND_UNSAFEPOINTER: case GOKIND_MAP: case GOKIND_CHAN:
    case GOKIND_FUNC:
        return true;
    }
    return false;
}

FmtValue fmt_iface_value(const GoType *t, void *const *data_word) {
    FmtValue v = { .type = t, .can_iface = true };
    if (!t) return v;
    v.addr = fmt_is_pointer_shaped(t) ? (const void *)data_word : *data_word;
    return v;
}

/* The interface data word for a value stored at v.addr (see runtime.h). */
static void *data_word(FmtValue v) {
    return fmt_is_pointer_shaped(v.type) ? *(void *const *)v.addr : (void *)v.addr;
}

static int64_t load_int(FmtValue v) {
    switch (v.type->kind) {
    case GOKIND_INT8: return *(const int8_t *)v.addr;
    case GOKIND_INT16: return *(const int16_t *)v.addr;
    case GOKIND_INT32: return *(const int32_t *)v.addr;
    default: return *(const int64_t *)v.addr;
    }
}

static uint64_t load_uint(FmtValue v) {
    switch (v.type->kind) {
    case GOKIND_UINT8: return *(const uint8_t *)v.addr;
    case GOKIND_UINT16: return *(const uint16_t *)v.addr;
    case GOKIND_UINT32: return *(const uint32_t *)v.addr;
    default: return *(const uint64_t *)v.addr;
    }
}

/* What reflect's Value.Pointer returns: the word of pointer-shaped kinds, a slice's array,
 * a func's code pointer (a func value points to its closure record, whose first word is the
 * code). */
static uint64_t pointer_of(FmtValue v) {
    if (v.type->kind == GOKIND_SLICE) return (uint64_t)(uintptr_t)((const GoSlice *)v.addr)->ptr;
    void *w = *(void *const *)v.addr;
    if (v.type->kind == GOKIND_FUNC && w) return (uint64_t)(uintptr_t)*(void *const *)w;
    return (uint64_t)(uintptr_t)w;
}

void fmt_pointer(Printer *p, FmtValue v, int32_t verb) {
    switch (v.type ? v.type->kind : GOKIND_INVALID) {
    case GOKIND_CHAN: case GOKIND_FUNC: case GOKIND_MAP: case GOKIND_POINTER:
    case GOKIND_SLICE: case GOKIND_UNSAFEPOINTER:
        break;
    default:
        fmt_bad_verb(p, verb);
        return;
    }
    uint64_t u = pointer_of(v);
    switch (verb) {
    case 'v':
        if (p->f.sharpV) {
            fb_byte(p->buf, '(');
            fmt_type_string(p->buf, v.type);
            fb_str(p->buf, ")(");
            if (u == 0) fb_str(p->buf, "nil");
            else fmt_0x64(p, u, true);
            fb_byte(p->buf, ')');
        } else if (u == 0) {
            fmt_pad_str(p, "<nil>");
        } else {
            fmt_0x64(p, u, !p->f.sharp);
        }
        break;
    case 'p': fmt_0x64(p, u, !p->f.sharp); break;
    case 'b': case 'o': case 'd': case 'x': case 'X': fmt_integer(p, u, false, verb); break;
    default: fmt_bad_verb(p, verb);
    }
}

/* The dynamic value held by an interface stored at v.addr. A non-empty interface holds an
 * itab whose first word is the concrete type descriptor (frontend/ir.h, "Interfaces"). */
static FmtValue interface_elem(FmtValue v) {
    void *const *words = v.addr;
    const GoType *dyn = words[0];
    if (dyn && v.type->nmethods > 0) dyn = *(const GoType *const *)words[0];
    FmtValue e = fmt_iface_value(dyn, &words[1]);
    e.can_iface = v.can_iface;
    return e;
}

static void print_struct(Printer *p, FmtValue v, int32_t verb, int depth) {
    const GoType *t = v.type;
    if (p->f.sharpV) fmt_type_string(p->buf, t);
    fb_byte(p->buf, '{');
    for (int64_t i = 0; i < t->len; i++) {
        const GoField *fd = &t->fields[i];
        if (i > 0) fb_str(p->buf, p->f.sharpV ? ", " : " ");
        if ((p->f.plusV || p->f.sharpV) && fd->name.len > 0) {
            fb_write(p->buf, fd->name.ptr, fd->name.len);
            fb_byte(p->buf, ':');
        }
        FmtValue fv = { .type = fd->type, .addr = (const uint8_t *)v.addr + fd->offset,
                        .can_iface = v.can_iface && fd->exported };
        fmt_print_value(p, fv, verb, depth + 1);
    }
    fb_byte(p->buf, '}');
}

static void print_list(Printer *p, FmtValue v, int32_t verb, int depth) {
    const GoType *t = v.type;
    const GoType *et = t->elem;
    if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && et->kind == GOKIND_UINT8) {
        fmt_bytes(p, v, verb, NULL);
        return;
    }
    const uint8_t *base;
    int64_t n;
    if (t->kind == GOKIND_ARRAY) {
        base = v.addr;
        n = t->len;
    } else {
        const GoSlice *s = v.addr;
        base = s->ptr;
        n = s->len;
        if (p->f.sharpV && s->ptr == NULL) {
            fmt_type_string(p->buf, t);
            fb_str(p->buf, "(nil)");
            return;
        }
    }
    if (p->f.sharpV) {
        fmt_type_string(p->buf, t);
        fb_byte(p->buf, '{');
    } else {
        fb_byte(p->buf, '[');
    }
    for (int64_t i = 0; i < n; i++) {
        if (i > 0) fb_str(p->buf, p->f.sharpV ? ", " : " ");
        FmtValue ev = { .type = et, .addr = base + i * et->size, .can_iface = v.can_iface };
        fmt_print_value(p, ev, verb, depth + 1);
    }
    fb_byte(p->buf, p->f.sharpV ? '}' : ']');
}

void fmt_print_value(Printer *p, FmtValue v, int32_t verb, int depth) {
    /* nested values get their String/Error methods here; the top level did in print_arg */
    /* (an interface-typed value defers to its dynamic value, printed below at depth+1) */
    if (depth > 0 && v.type && v.can_iface && v.type->kind != GOKIND_INTERFACE) {
        void *w = data_word(v);
        p->has_arg = true;
        p->arg = (GoIface){ v.type, w };
        if (fmt_handle_methods(p, v.type, w, verb)) return;
    }
    p->has_arg = false;
    p->value = v;

    if (!v.type) {
        if (depth == 0) fb_str(p->buf, "<invalid reflect.Value>");
        else if (verb == 'v') fmt_pad_str(p, "<nil>");
        else fmt_bad_verb(p, verb);
        return;
    }
    switch (v.type->kind) {
    case GOKIND_BOOL:
        fmt_bool(p, *(const uint8_t *)v.addr != 0, verb);
        break;
    case GOKIND_INT: case GOKIND_INT8: case GOKIND_INT16: case GOKIND_INT32: case GOKIND_INT64:
        fmt_integer(p, (uint64_t)load_int(v), true, verb);
        break;
    case GOKIND_UINT: case GOKIND_UINT8: case GOKIND_UINT16: case GOKIND_UINT32:
    case GOKIND_UINT64: case GOKIND_UINTPTR:
        fmt_integer(p, load_uint(v), false, verb);
        break;
    case GOKIND_FLOAT32:
        fmt_float(p, *(const float *)v.addr, 32, verb);
        break;
    case GOKIND_FLOAT64:
        fmt_float(p, *(const double *)v.addr, 64, verb);
        break;
    case GOKIND_COMPLEX64: {
        const float *c = v.addr;
        fmt_complex(p, c[0], c[1], 64, verb);
        break;
    }
    case GOKIND_COMPLEX128: {
        const double *c = v.addr;
        fmt_complex(p, c[0], c[1], 128, verb);
        break;
    }
    case GOKIND_STRING: {
        const GoString *s = v.addr;
        fmt_string(p, s->ptr, s->len, verb);
        break;
    }
    case GOKIND_MAP:
        fmt_print_map(p, v, verb, depth);
        break;
    case GOKIND_STRUCT:
        print_struct(p, v, verb, depth);
        break;
    case GOKIND_INTERFACE: {
        FmtValue e = interface_elem(v);
        if (!e.type) {
            if (p->f.sharpV) {
                fmt_type_string(p->buf, v.type);
                fb_str(p->buf, "(nil)");
            } else {
                fb_str(p->buf, "<nil>");
            }
        } else {
            fmt_print_value(p, e, verb, depth + 1);
        }
        break;
    }
    case GOKIND_ARRAY: case GOKIND_SLICE:
        print_list(p, v, verb, depth);
        break;
    case GOKIND_POINTER: {
        /* pointer to array, slice, struct or map at the top level: &{...} */
        const void *target = *(void *const *)v.addr;
        const GoType *et = v.type->elem;
        if (depth == 0 && target && et &&
            (et->kind == GOKIND_ARRAY || et->kind == GOKIND_SLICE || et->kind == GOKIND_STRUCT ||
             et->kind == GOKIND_MAP)) {
            fb_byte(p->buf, '&');
            FmtValue ev = { .type = et, .addr = target, .can_iface = v.can_iface };
            fmt_print_value(p, ev, verb, depth + 1);
            return;
        }
        fmt_pointer(p, v, verb);
        break;
    }
    case GOKIND_CHAN: case GOKIND_FUNC: case GOKIND_UNSAFEPOINTER:
        fmt_pointer(p, v, verb);
        break;
    default:
        fb_str(p->buf, "?");
        break;
    }
}
