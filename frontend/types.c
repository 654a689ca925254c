/* types.c — type constructors (interned), identity, predicates, layout and printing.
 *
 * Interning: every composite type is looked up in one hash table by a key spelled from
 * its kind and its components' canonical ids, so structurally identical types are the
 * same Type*. The aliases byte and rune are separate Type objects (kinds T_UINT8 and
 * T_INT32) only so that messages can say "byte"/"rune" as gc does; they share the
 * canonical id of uint8/int32, hence []byte and []uint8 intern to one Type.
 *
 * Layout: a named type's size is unknown until its underlying type is set, and
 * composite types may be built from named types still being declared (type L struct
 * { next *L }). So sizes are computed on demand by type_layout(), which the checker
 * calls for every type once declarations are resolved; size < 0 means "not yet". */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "types.h"

static int next_type_id = 1;
static Vec all_types;

Type *type_new(TypeKind kind) {
    Type *t = xcalloc(1, sizeof *t);
    t->kind = kind;
    t->size = -1;
    t->id = next_type_id++;
    vec_push(&all_types, t);
    return t;
}

/* byte/rune alias the canonical uint8/int32 for identity purposes */
static int canon_id(Type *t) {
    if (!t) return 0;
    if (t == t_byte) return t_uint8->id;
    if (t == t_rune) return t_int32->id;
    return t->id;
}

/* ---- intern table: open hashing on key strings ---- */
typedef struct InternEntry {
    char *key;
    Type *type;
    struct InternEntry *next;
} InternEntry;
#define INTERN_BUCKETS 4096
static InternEntry *intern_table[INTERN_BUCKETS];

static unsigned hash_str(const char *s) {
    unsigned h = 2166136261u;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

static Type *intern_find(const char *key) {
    for (InternEntry *e = intern_table[hash_str(key) % INTERN_BUCKETS]; e; e = e->next)
        if (!strcmp(e->key, key)) return e->type;
    return NULL;
}

static void intern_add(char *key, Type *t) {
    InternEntry *e = xmalloc(sizeof *e);
    unsigned h = hash_str(key) % INTERN_BUCKETS;
    e->key = key;
    e->type = t;
    e->next = intern_table[h];
    intern_table[h] = e;
}

/* ---- layout ---- */

static int64_t align_up(int64_t v, int a) { return (v + a - 1) / a * a; }

static void layout_struct(Type *t) {
    int64_t off = 0;
    int align = 1;
    for (int i = 0; i < t->nfields; i++) {
        Type *ft = t->fields[i].type;
        type_layout(ft);
        if (ft->size < 0) return;
        off = align_up(off, ft->align);
        t->fields[i].offset = off;
        off += ft->size;
        if (ft->align > align) align = ft->align;
    }
    /* a trailing zero-size field would let &s.last point past the object: gc pads it */
    if (t->nfields > 0 && off > 0 && t->fields[t->nfields - 1].type->size == 0) off++;
    t->align = align;
    t->size = align_up(off, align);
}

void type_layout(Type *t) {
    if (!t || t->size >= 0) return;
    static int depth;
    if (depth > 200) return; /* invalid recursive types are reported by the checker */
    depth++;
    switch (t->kind) {
    case T_ARRAY:
        type_layout(t->elem);
        if (t->elem->size >= 0) {
            t->size = t->elem->size * t->len;
            t->align = t->elem->align;
        }
        break;
    case T_STRUCT: layout_struct(t); break;
    case T_NAMED:
        if (t->underlying) {
            type_layout(t->underlying);
            t->size = t->underlying->size;
            t->align = t->underlying->align;
        }
        break;
    case T_TUPLE: {
        int64_t off = 0;
        int align = 1;
        for (int i = 0; i < t->nfields; i++) {
            Type *ft = t->fields[i].type;
            type_layout(ft);
            if (ft->size < 0) break;
            off = align_up(off, ft->align);
            t->fields[i].offset = off;
            off += ft->size;
            if (ft->align > align) align = ft->align;
        }
        t->size = align_up(off, align);
        t->align = align;
        break;
    }
    default: break;
    }
    depth--;
}

void types_layout_all(void) {
    for (int i = 0; i < all_types.len; i++) type_layout(all_types.data[i]);
}

static void set_size(Type *t, int64_t size, int align) {
    t->size = size;
    t->align = align;
}

/* ---- constructors ---- */

Type *type_basic(TypeKind k, int64_t size, int align) {
    Type *t = type_new(k);
    set_size(t, size, align);
    return t;
}

Type *type_pointer(Type *elem) {
    char *key = xsprintf("P%d", canon_id(elem));
    Type *t = intern_find(key);
    if (t) return t;
    t = type_new(T_POINTER);
    t->elem = elem;
    set_size(t, 8, 8);
    intern_add(key, t);
    return t;
}

Type *type_slice(Type *elem) {
    if (elem == t_uint8) elem = t_byte; /* gc code says []byte far more often than []uint8 */
    char *key = xsprintf("S%d", canon_id(elem));
    Type *t = intern_find(key);
    if (t) return t;
    t = type_new(T_SLICE);
    t->elem = elem;
    set_size(t, 24, 8);
    intern_add(key, t);
    return t;
}

Type *type_array(Type *elem, int64_t len) {
    if (elem == t_uint8) elem = t_byte;
    char *key = xsprintf("A%d:%lld", canon_id(elem), (long long)len);
    Type *t = intern_find(key);
    if (t) return t;
    t = type_new(T_ARRAY);
    t->elem = elem;
    t->len = len;
    type_layout(t);
    intern_add(key, t);
    return t;
}

Type *type_map(Type *key_t, Type *val) {
    char *key = xsprintf("M%d:%d", canon_id(key_t), canon_id(val));
    Type *t = intern_find(key);
    if (t) return t;
    t = type_new(T_MAP);
    t->key = key_t;
    t->elem = val;
    set_size(t, 8, 8);
    intern_add(key, t);
    return t;
}

Type *type_chan(Type *elem, int dir) {
    char *key = xsprintf("C%d:%d", canon_id(elem), dir);
    Type *t = intern_find(key);
    if (t) return t;
    t = type_new(T_CHAN);
    t->elem = elem;
    t->chan_dir = dir;
    set_size(t, 8, 8);
    intern_add(key, t);
    return t;
}

static Field *copy_fields(Field *f, int n, bool keep_names) {
    if (n == 0) return NULL;
    Field *r = xcalloc((size_t)n, sizeof *r);
    memcpy(r, f, (size_t)n * sizeof *r);
    if (!keep_names)
        for (int i = 0; i < n; i++) r[i].name = "", r[i].obj = NULL;
    return r;
}

/* Function types intern without parameter names (they do not affect identity). */
Type *type_func(Field *params, int nparams, Field *results, int nresults, bool variadic) {
    StrBuf k = {0};
    sb_puts(&k, "F");
    for (int i = 0; i < nparams; i++) sb_printf(&k, "%d,", canon_id(params[i].type));
    sb_printf(&k, variadic ? ";v;" : ";;");
    for (int i = 0; i < nresults; i++) sb_printf(&k, "%d,", canon_id(results[i].type));
    Type *t = intern_find(k.data);
    if (t) return t;
    t = type_new(T_FUNC);
    t->fields = copy_fields(params, nparams, false);
    t->nfields = nparams;
    t->results = copy_fields(results, nresults, false);
    t->nresults = nresults;
    t->variadic = variadic;
    set_size(t, 8, 8);
    intern_add(k.data, t);
    return t;
}

Type *type_tuple(Field *fields, int n) {
    StrBuf k = {0};
    sb_puts(&k, "T");
    for (int i = 0; i < n; i++) sb_printf(&k, "%d,", canon_id(fields[i].type));
    Type *t = intern_find(k.data);
    if (t) return t;
    t = type_new(T_TUPLE);
    t->fields = copy_fields(fields, n, false);
    t->nfields = n;
    type_layout(t);
    intern_add(k.data, t);
    return t;
}

Type *type_struct(Field *fields, int n) {
    StrBuf k = {0};
    sb_puts(&k, "R");
    for (int i = 0; i < n; i++) {
        Field *f = &fields[i];
        /* unexported names from different packages are different fields */
        const char *pkg = (!f->exported && f->obj && f->obj->pkg) ? f->obj->pkg->path : "";
        sb_printf(&k, "%s|%s|%d|%d|%s;", f->name, pkg, canon_id(f->type), f->embedded,
                  f->tag ? f->tag : "");
    }
    Type *t = intern_find(k.data);
    if (t) return t;
    t = type_new(T_STRUCT);
    t->fields = copy_fields(fields, n, true);
    t->nfields = n;
    type_layout(t);
    intern_add(k.data, t);
    return t;
}

static int method_cmp(const void *a, const void *b) {
    return strcmp(((const Method *)a)->name, ((const Method *)b)->name);
}

Type *type_interface(Method *methods, int n) {
    Method *ms = n ? xcalloc((size_t)n, sizeof *ms) : NULL;
    if (n) memcpy(ms, methods, (size_t)n * sizeof *ms);
    qsort(ms, (size_t)n, sizeof *ms, method_cmp);
    StrBuf k = {0};
    sb_puts(&k, "I");
    for (int i = 0; i < n; i++) sb_printf(&k, "%s:%d;", ms[i].name, canon_id(ms[i].sig));
    Type *t = intern_find(k.data);
    if (t) return t;
    t = type_new(T_INTERFACE);
    t->imethods = ms;
    t->nimethods = n;
    set_size(t, 16, 8);
    intern_add(k.data, t);
    return t;
}

Type *type_named(Obj *obj) {
    Type *t = type_new(T_NAMED);
    t->obj = obj;
    return t;
}

void type_set_underlying(Type *named, Type *u) {
    named->underlying = under(u);
    type_layout(named);
}

/* ---- identity and predicates ---- */

Type *under(Type *t) {
    if (t && t->kind == T_NAMED) return t->underlying ? t->underlying : t_invalid;
    return t;
}

bool type_identical(Type *a, Type *b) {
    if (a == b) return true;
    if (!a || !b) return false;
    return canon_id(a) == canon_id(b);
}

static TypeKind ukind(Type *t) {
    t = under(t);
    return t ? t->kind : T_INVALID;
}

bool type_is_integer(Type *t) {
    TypeKind k = ukind(t);
    return (k >= T_INT && k <= T_UINTPTR) || k == T_UNTYPED_INT || k == T_UNTYPED_RUNE;
}
bool type_is_unsigned(Type *t) {
    TypeKind k = ukind(t);
    return k >= T_UINT && k <= T_UINTPTR;
}
bool type_is_float(Type *t) {
    TypeKind k = ukind(t);
    return k == T_FLOAT32 || k == T_FLOAT64 || k == T_UNTYPED_FLOAT;
}
bool type_is_complex(Type *t) {
    TypeKind k = ukind(t);
    return k == T_COMPLEX64 || k == T_COMPLEX128 || k == T_UNTYPED_COMPLEX;
}
bool type_is_numeric(Type *t) { return type_is_integer(t) || type_is_float(t) || type_is_complex(t); }
bool type_is_string(Type *t) {
    TypeKind k = ukind(t);
    return k == T_STRING || k == T_UNTYPED_STRING;
}
bool type_is_boolean(Type *t) {
    TypeKind k = ukind(t);
    return k == T_BOOL || k == T_UNTYPED_BOOL;
}
bool type_is_untyped(Type *t) {
    return t && t->kind >= T_UNTYPED_BOOL && t->kind <= T_UNTYPED_NIL;
}
bool type_is_interface(Type *t) { return ukind(t) == T_INTERFACE; }

bool type_comparable(Type *t) {
    Type *u = under(t);
    switch (u->kind) {
    case T_SLICE: case T_MAP: case T_FUNC: return false;
    case T_ARRAY: return type_comparable(u->elem);
    case T_STRUCT:
        for (int i = 0; i < u->nfields; i++)
            if (!type_comparable(u->fields[i].type)) return false;
        return true;
    default: return u->kind != T_INVALID && u->kind != T_TUPLE;
    }
}

bool type_has_pointers(Type *t) {
    Type *u = under(t);
    switch (u->kind) {
    case T_POINTER: case T_SLICE: case T_STRING: case T_MAP: case T_CHAN: case T_FUNC:
    case T_INTERFACE: case T_UNSAFEPTR: case T_UNTYPED_STRING: case T_UNTYPED_NIL:
        return true;
    case T_ARRAY: return u->len > 0 && type_has_pointers(u->elem);
    case T_STRUCT: case T_TUPLE:
        for (int i = 0; i < u->nfields; i++)
            if (type_has_pointers(u->fields[i].type)) return true;
        return false;
    default: return false;
    }
}

Type *type_default(Type *t) {
    if (!t) return t;
    switch (t->kind) {
    case T_UNTYPED_BOOL: return t_bool;
    case T_UNTYPED_INT: return t_int;
    case T_UNTYPED_RUNE: return t_rune;
    case T_UNTYPED_FLOAT: return t_float64;
    case T_UNTYPED_COMPLEX: return t_complex128;
    case T_UNTYPED_STRING: return t_string;
    default: return t;
    }
}

/* ---- printing ---- */

static void write_type(StrBuf *b, Type *t, const char *rel);

static void write_params(StrBuf *b, Field *f, int n, bool variadic, const char *rel) {
    sb_putc(b, '(');
    for (int i = 0; i < n; i++) {
        if (i) sb_puts(b, ", ");
        if (f[i].name && f[i].name[0]) sb_printf(b, "%s ", f[i].name);
        if (variadic && i == n - 1) {
            sb_puts(b, "...");
            write_type(b, f[i].type->elem, rel);
        } else {
            write_type(b, f[i].type, rel);
        }
    }
    sb_putc(b, ')');
}

void type_write_signature(StrBuf *b, Type *t, const char *rel) {
    write_params(b, t->fields, t->nfields, t->variadic, rel);
    if (t->nresults == 1 && !(t->results[0].name && t->results[0].name[0])) {
        sb_putc(b, ' ');
        write_type(b, t->results[0].type, rel);
    } else if (t->nresults > 0) {
        sb_putc(b, ' ');
        write_params(b, t->results, t->nresults, false, rel);
    }
}

static const char *basic_name(Type *t) {
    if (t == t_byte) return "byte";
    if (t == t_rune) return "rune";
    switch (t->kind) {
    case T_BOOL: return "bool";
    case T_INT: return "int";
    case T_INT8: return "int8";
    case T_INT16: return "int16";
    case T_INT32: return "int32";
    case T_INT64: return "int64";
    case T_UINT: return "uint";
    case T_UINT8: return "uint8";
    case T_UINT16: return "uint16";
    case T_UINT32: return "uint32";
    case T_UINT64: return "uint64";
    case T_UINTPTR: return "uintptr";
    case T_FLOAT32: return "float32";
    case T_FLOAT64: return "float64";
    case T_COMPLEX64: return "complex64";
    case T_COMPLEX128: return "complex128";
    case T_STRING: return "string";
    case T_UNSAFEPTR: return "unsafe.Pointer";
    case T_UNTYPED_BOOL: return "untyped bool";
    case T_UNTYPED_INT: return "untyped int";
    case T_UNTYPED_RUNE: return "untyped rune";
    case T_UNTYPED_FLOAT: return "untyped float";
    case T_UNTYPED_COMPLEX: return "untyped complex";
    case T_UNTYPED_STRING: return "untyped string";
    case T_UNTYPED_NIL: return "untyped nil";
    default: return NULL;
    }
}

static void write_type(StrBuf *b, Type *t, const char *rel) {
    if (!t || t->kind == T_INVALID) {
        sb_puts(b, "invalid type");
        return;
    }
    const char *bn = basic_name(t);
    if (bn) {
        sb_puts(b, bn);
        return;
    }
    switch (t->kind) {
    case T_NAMED: {
        Obj *o = t->obj;
        if (o && o->pkg && (!rel || strcmp(o->pkg->path, rel) != 0))
            sb_printf(b, "%s.", o->pkg->name ? o->pkg->name : o->pkg->path);
        if (t->origin) { /* generic instance: Pair[int,T] with the arguments relative too */
            sb_printf(b, "%s[", t->origin->name);
            for (int i = 0; i < t->ntargs; i++) {
                if (i) sb_putc(b, ',');
                write_type(b, t->targs[i], rel);
            }
            sb_putc(b, ']');
            break;
        }
        sb_puts(b, o ? o->name : "?");
        break;
    }
    case T_POINTER: sb_putc(b, '*'); write_type(b, t->elem, rel); break;
    case T_SLICE: sb_puts(b, "[]"); write_type(b, t->elem, rel); break;
    case T_ARRAY: sb_printf(b, "[%lld]", (long long)t->len); write_type(b, t->elem, rel); break;
    case T_MAP:
        sb_puts(b, "map[");
        write_type(b, t->key, rel);
        sb_putc(b, ']');
        write_type(b, t->elem, rel);
        break;
    case T_CHAN: {
        sb_puts(b, t->chan_dir == 2 ? "<-chan " : t->chan_dir == 1 ? "chan<- " : "chan ");
        bool paren = t->chan_dir == 0 && t->elem->kind == T_CHAN && t->elem->chan_dir == 2;
        if (paren) sb_putc(b, '(');
        write_type(b, t->elem, rel);
        if (paren) sb_putc(b, ')');
        break;
    }
    case T_FUNC: sb_puts(b, "func"); type_write_signature(b, t, rel); break;
    case T_TUPLE: write_params(b, t->fields, t->nfields, false, rel); break;
    case T_STRUCT:
        sb_puts(b, "struct{");
        for (int i = 0; i < t->nfields; i++) {
            Field *f = &t->fields[i];
            if (i) sb_puts(b, "; ");
            if (!f->embedded) sb_printf(b, "%s ", f->name);
            write_type(b, f->type, rel);
            if (f->tag) {
                sb_putc(b, ' ');
                ConstVal tmp = {.kind = CV_STRING, .s = f->tag, .slen = strlen(f->tag)};
                sb_puts(b, cv_string(&tmp));
            }
        }
        sb_putc(b, '}');
        break;
    case T_INTERFACE:
        if (t == t_any) {
            sb_puts(b, "any");
            break;
        }
        sb_puts(b, "interface{");
        for (int i = 0; i < t->nimethods; i++) {
            if (i) sb_puts(b, "; ");
            sb_puts(b, t->imethods[i].name);
            type_write_signature(b, t->imethods[i].sig, rel);
        }
        if (t->is_comparable) sb_puts(b, t->nimethods ? "; comparable" : "comparable");
        for (int i = 0; i < t->nunions; i++) { /* constraint type sets (generics) */
            if (i || t->nimethods || t->is_comparable) sb_puts(b, "; ");
            for (int j = 0; j < t->unions[i].nterms; j++) {
                if (j) sb_puts(b, " | ");
                if (t->unions[i].terms[j].tilde) sb_putc(b, '~');
                write_type(b, t->unions[i].terms[j].type, rel);
            }
        }
        sb_putc(b, '}');
        break;
    case T_TYPEPARAM: sb_puts(b, t->obj ? t->obj->name : "T"); break;
    default: sb_puts(b, "?"); break;
    }
}

char *type_string(Type *t) {
    StrBuf b = {0};
    write_type(&b, t, NULL);
    return b.data ? b.data : xstrdup("");
}

char *type_string_qualified(Type *t, const char *relative_pkg) {
    StrBuf b = {0};
    write_type(&b, t, relative_pkg);
    return b.data ? b.data : xstrdup("");
}
