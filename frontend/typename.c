/* typename.c — type names as the running program sees them (%T, panics, reflection), and the
 * type arguments in generic instance names (check_generic.c), which gc spells the same way
 * except that types declared inside functions get a "·N" suffix there (the hook).
 *
 * gc's run-time names differ from its compile-error names (types.c's type_string):
 * aliases are resolved (byte → uint8, rune → int32), structs and interfaces are spaced
 * ("struct { X int }", "struct {}", "interface {}"), and `any` is spelled out. Named types
 * are qualified by their package's name (not path): "utf8.RuneError"-style. */
#include "types.h"

#include <stdlib.h>

static void write_name(StrBuf *b, Type *t, TypeNameHook named);

static void write_tuple(StrBuf *b, Field *f, int n, bool variadic, TypeNameHook named)
{
    sb_putc(b, '(');
    for (int i = 0; i < n; i++) {
        if (i)
            sb_puts(b, ", ");
        if (variadic && i == n - 1) {
            sb_puts(b, "...");
            write_name(b, f[i].type->elem, named);
        } else {
            write_name(b, f[i].type, named);
        }
    }
    sb_putc(b, ')');
}

static void write_signature(StrBuf *b, Type *t, TypeNameHook named)
{
    write_tuple(b, t->fields, t->nfields, t->variadic, named);
    if (t->nresults == 1) {
        sb_putc(b, ' ');
        write_name(b, t->results[0].type, named);
    } else if (t->nresults > 1) {
        sb_putc(b, ' ');
        write_tuple(b, t->results, t->nresults, false, named);
    }
}

static void write_quoted(StrBuf *b, const char *s)
{
    sb_putc(b, '"');
    for (; *s; s++) {
        if (*s == '"' || *s == '\\')
            sb_putc(b, '\\');
        sb_putc(b, *s);
    }
    sb_putc(b, '"');
}

static void write_name(StrBuf *b, Type *t, TypeNameHook named)
{
    if (t == t_byte)
        t = t_uint8;
    if (t == t_rune)
        t = t_int32;
    switch (t->kind) {
    case T_NAMED:
        if (t->obj && t->obj->pkg)
            sb_printf(b, "%s.", t->obj->pkg->name ? t->obj->pkg->name : t->obj->pkg->path);
        sb_puts(b, t->obj ? t->obj->name : "?");
        if (named)
            named(b, t);
        return;
    case T_TYPEPARAM: sb_puts(b, t->obj ? t->obj->name : "?"); return;
    case T_POINTER: sb_putc(b, '*'); write_name(b, t->elem, named); return;
    case T_SLICE: sb_puts(b, "[]"); write_name(b, t->elem, named); return;
    case T_ARRAY: sb_printf(b, "[%lld]", (long long)t->len); write_name(b, t->elem, named); return;
    case T_MAP:
        sb_puts(b, "map[");
        write_name(b, t->key, named);
        sb_putc(b, ']');
        write_name(b, t->elem, named);
        return;
    case T_CHAN:
        sb_puts(b, t->chan_dir == 2 ? "<-chan " : t->chan_dir == 1 ? "chan<- " : "chan ");
        if (t->chan_dir == 0 && t->elem->kind == T_CHAN && t->elem->chan_dir == 2) {
            sb_putc(b, '(');
            write_name(b, t->elem, named);
            sb_putc(b, ')');
        } else {
            write_name(b, t->elem, named);
        }
        return;
    case T_FUNC: sb_puts(b, "func"); write_signature(b, t, named); return;
    case T_STRUCT:
        if (t->nfields == 0) {
            sb_puts(b, "struct {}");
            return;
        }
        sb_puts(b, "struct { ");
        for (int i = 0; i < t->nfields; i++) {
            Field *f = &t->fields[i];
            if (i)
                sb_puts(b, "; ");
            if (!f->embedded)
                sb_printf(b, "%s ", f->name);
            write_name(b, f->type, named);
            if (f->tag) {
                sb_putc(b, ' ');
                write_quoted(b, f->tag);
            }
        }
        sb_puts(b, " }");
        return;
    case T_INTERFACE:
        if (t->nimethods == 0) {
            sb_puts(b, "interface {}");
            return;
        }
        sb_puts(b, "interface { ");
        for (int i = 0; i < t->nimethods; i++) {
            if (i)
                sb_puts(b, "; ");
            sb_puts(b, t->imethods[i].name);
            write_signature(b, t->imethods[i].sig, named);
        }
        sb_puts(b, " }");
        return;
    default: {
        char *s = type_string(t); /* basic types: same spelling at run time */
        sb_puts(b, s);
        free(s);
        return;
    }
    }
}

void type_write_runtime_name(StrBuf *b, Type *t, TypeNameHook named)
{
    if (t)
        write_name(b, t, named);
}

char *type_runtime_name(Type *t)
{
    StrBuf b = {0};
    write_name(&b, t, NULL);
    return b.data ? b.data : xstrdup("");
}
