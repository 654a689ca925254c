/* typedesc.c — constants the runtime reads: type descriptors (GoType), itabs, static closure
 * records and string literals.
 *
 * The LLVM structs here mirror runtime/runtime.h field by field:
 *   GoType   { i64 size, i64 align, i64 kind, i64 flags, str name, str pkgpath, ptr elem,
 *              ptr key, i64 len, ptr fields, ptr methods, i64 nmethods }
 *   GoField  { str name, ptr type, i64 offset, i8 embedded, i8 exported }   (40 bytes)
 *   GoMethod { str name, ptr fn }
 * An itab is [1 + n x ptr]: the concrete type's descriptor, then the code pointers of the
 * interface's methods in sorted order; every entry takes the interface data word as receiver.
 * Descriptors are made on demand and cached per type; the global is registered before its
 * initializer is built so recursive types (type T struct{ next *T }) terminate. */
#include <stdlib.h>
#include <string.h>

#include "codegen_internal.h"
#include "../runtime/runtime.h"

void cg_typedesc_init(CG *cg) {
    LLVMTypeRef t[] = {cg->i64, cg->i64, cg->i64, cg->i64, cg->str_t, cg->str_t, cg->ptr, cg->ptr,
                       cg->i64, cg->ptr, cg->ptr, cg->i64};
    cg->gotype_t = LLVMStructTypeInContext(cg->ctx, t, 12, false);
    LLVMTypeRef f[] = {cg->str_t, cg->ptr, cg->i64, cg->i8, cg->i8};
    cg->gofield_t = LLVMStructTypeInContext(cg->ctx, f, 5, false);
    LLVMTypeRef m[] = {cg->str_t, cg->ptr};
    cg->gomethod_t = LLVMStructTypeInContext(cg->ctx, m, 2, false);
}

LLVMValueRef cg_const_string(CG *cg, const char *s, size_t len) {
    LLVMValueRef fields[2];
    if (len == 0) {
        fields[0] = LLVMConstNull(cg->ptr);
    } else {
        LLVMValueRef data = LLVMConstStringInContext2(cg->ctx, s, len, false); /* NUL added: handy for C */
        LLVMValueRef g = LLVMAddGlobal(cg->mod, LLVMTypeOf(data), "str");
        LLVMSetInitializer(g, data);
        LLVMSetGlobalConstant(g, true);
        LLVMSetLinkage(g, LLVMPrivateLinkage);
        LLVMSetUnnamedAddress(g, LLVMGlobalUnnamedAddr);
        LLVMSetAlignment(g, 1);
        fields[0] = g;
    }
    fields[1] = LLVMConstInt(cg->i64, len, false);
    return LLVMConstNamedStruct(cg->str_t, fields, 2);
}

static LLVMValueRef cstr(CG *cg, const char *s) { return cg_const_string(cg, s ? s : "", s ? strlen(s) : 0); }
static LLVMValueRef i64c(CG *cg, int64_t v) { return LLVMConstInt(cg->i64, (uint64_t)v, true); }

static int64_t go_kind(Type *t) {
    switch (cg_under(t)->kind) {
    case T_BOOL: return GOKIND_BOOL;
    case T_INT: return GOKIND_INT;
    case T_INT8: return GOKIND_INT8;
    case T_INT16: return GOKIND_INT16;
    case T_INT32: return GOKIND_INT32;
    case T_INT64: return GOKIND_INT64;
    case T_UINT: return GOKIND_UINT;
    case T_UINT8: return GOKIND_UINT8;
    case T_UINT16: return GOKIND_UINT16;
    case T_UINT32: return GOKIND_UINT32;
    case T_UINT64: return GOKIND_UINT64;
    case T_UINTPTR: return GOKIND_UINTPTR;
    case T_FLOAT32: return GOKIND_FLOAT32;
    case T_FLOAT64: return GOKIND_FLOAT64;
    case T_COMPLEX64: return GOKIND_COMPLEX64;
    case T_COMPLEX128: return GOKIND_COMPLEX128;
    case T_STRING: return GOKIND_STRING;
    case T_UNSAFEPTR: return GOKIND_UNSAFEPOINTER;
    case T_ARRAY: return GOKIND_ARRAY;
    case T_SLICE: return GOKIND_SLICE;
    case T_STRUCT: return GOKIND_STRUCT;
    case T_POINTER: return GOKIND_POINTER;
    case T_FUNC: return GOKIND_FUNC;
    case T_INTERFACE: return GOKIND_INTERFACE;
    case T_MAP: return GOKIND_MAP;
    case T_CHAN: return GOKIND_CHAN;
    default: return GOKIND_INVALID;
    }
}

static LLVMValueRef private_const(CG *cg, LLVMValueRef init, const char *name) {
    LLVMValueRef g = LLVMAddGlobal(cg->mod, LLVMTypeOf(init), name);
    LLVMSetInitializer(g, init);
    LLVMSetGlobalConstant(g, true);
    LLVMSetLinkage(g, LLVMPrivateLinkage);
    return g;
}

static LLVMValueRef field_table(CG *cg, Type *st) {
    int n = st->nfields;
    if (n == 0) return LLVMConstNull(cg->ptr);
    TypeInfo *ti = cg_info(cg, st);
    LLVMValueRef *rows = xcalloc(n, sizeof *rows);
    for (int i = 0; i < n; i++) {
        Field *f = &st->fields[i];
        LLVMValueRef v[5] = {cstr(cg, f->name), cg_typedesc(cg, f->type), i64c(cg, ti->field_offset[i]),
                             LLVMConstInt(cg->i8, f->embedded, false), LLVMConstInt(cg->i8, f->exported, false)};
        rows[i] = LLVMConstNamedStruct(cg->gofield_t, v, 5);
    }
    LLVMValueRef arr = LLVMConstArray2(cg->gofield_t, rows, n);
    free(rows);
    return private_const(cg, arr, "type.fields");
}

static int method_name_cmp(const void *a, const void *b) {
    return strcmp((*(Method *const *)a)->name, (*(Method *const *)b)->name);
}

/* The code pointer a method table entry needs: a function taking the data word. */
static LLVMValueRef method_code(CG *cg, Method *m, Type *named) {
    IRFunc *f = m->obj ? (IRFunc *)m->obj->ir : NULL;
    if (!f) return LLVMConstNull(cg->ptr);
    if (!m->ptr_recv && !cg_is_pointer_shaped(named)) f = f->ptr_wrapper;
    return f ? cg_func_decl(cg, f) : LLVMConstNull(cg->ptr);
}

/* Method set as runtime.h describes it: T's value-receiver methods, or all methods for *T;
 * an interface lists its method names (no code) for run-time assertions. */
static LLVMValueRef method_table(CG *cg, Type *t, int64_t *count) {
    Type *u = cg_under(t);
    Method **ms = NULL;
    int n = 0;
    Type *named = NULL;
    if (u->kind == T_INTERFACE) {
        ms = xcalloc(u->nimethods + 1, sizeof *ms);
        for (int i = 0; i < u->nimethods; i++) ms[n++] = &u->imethods[i];
    } else {
        bool all = false;
        named = t;
        if (u->kind == T_POINTER && u->elem && u->elem->kind == T_NAMED && t->kind != T_NAMED) {
            named = u->elem;
            all = true;
        }
        if (named->kind != T_NAMED || cg_under(named)->kind == T_INTERFACE) {
            *count = 0;
            return LLVMConstNull(cg->ptr);
        }
        ms = xcalloc(named->methods.len + 1, sizeof *ms);
        for (int i = 0; i < named->methods.len; i++) {
            Method *m = VEC_AT(named->methods, i);
            if (all || !m->ptr_recv) ms[n++] = m;
        }
    }
    *count = n;
    if (n == 0) {
        free(ms);
        return LLVMConstNull(cg->ptr);
    }
    qsort(ms, n, sizeof *ms, method_name_cmp);
    LLVMValueRef *rows = xcalloc(n, sizeof *rows);
    for (int i = 0; i < n; i++) {
        LLVMValueRef code = named ? method_code(cg, ms[i], named) : LLVMConstNull(cg->ptr);
        LLVMValueRef v[2] = {cstr(cg, ms[i]->name), code};
        rows[i] = LLVMConstNamedStruct(cg->gomethod_t, v, 2);
    }
    LLVMValueRef arr = LLVMConstArray2(cg->gomethod_t, rows, n);
    free(rows);
    free(ms);
    return private_const(cg, arr, "type.methods");
}

LLVMValueRef cg_typedesc(CG *cg, Type *t) {
    if (!t) return LLVMConstNull(cg->ptr);
    /* byte and rune are separate Type objects only for messages: one descriptor each for
     * uint8 and int32, so that dynamic type identity is pointer identity at run time. */
    if (t == t_byte) t = t_uint8;
    if (t == t_rune) t = t_int32;
    TypeInfo *ti = cg_info(cg, t);
    if (ti->desc) return ti->desc;
    char *name = type_runtime_name(t);
    char *gname = xsprintf("type:%s", name);
    LLVMValueRef g = LLVMAddGlobal(cg->mod, cg->gotype_t, gname);
    free(gname);
    LLVMSetGlobalConstant(g, true);
    LLVMSetLinkage(g, LLVMPrivateLinkage);
    LLVMSetAlignment(g, 8);
    ti->desc = g;

    Type *u = cg_under(t);
    int64_t flags = (t->kind == T_NAMED ? GOTYPE_NAMED : 0) | (cg_has_pointers(t) ? GOTYPE_HAS_POINTERS : 0);
    const char *pkgpath = t->kind == T_NAMED && t->obj && t->obj->pkg ? t->obj->pkg->path : "";
    LLVMValueRef elem = LLVMConstNull(cg->ptr), key = LLVMConstNull(cg->ptr), fields = LLVMConstNull(cg->ptr);
    int64_t len = 0;
    switch (u->kind) {
    case T_ARRAY: elem = cg_typedesc(cg, u->elem); len = u->len; break;
    case T_SLICE: case T_POINTER: case T_CHAN: elem = cg_typedesc(cg, u->elem); break;
    case T_MAP: elem = cg_typedesc(cg, u->elem); key = cg_typedesc(cg, u->key); break;
    case T_STRUCT: fields = field_table(cg, u); len = u->nfields; break;
    default: break;
    }
    int64_t nmethods = 0;
    LLVMValueRef methods = method_table(cg, t, &nmethods);
    LLVMValueRef v[12] = {i64c(cg, ti->size), i64c(cg, ti->align), i64c(cg, go_kind(t)), i64c(cg, flags),
                          cstr(cg, name), cstr(cg, pkgpath), elem, key, i64c(cg, len), fields, methods,
                          i64c(cg, nmethods)};
    LLVMSetInitializer(g, LLVMConstNamedStruct(cg->gotype_t, v, 12));
    free(name);
    return g;
}

LLVMValueRef cg_itab(CG *cg, IRItab *it) {
    LLVMValueRef g = pm_get(&cg->itabs, it);
    if (g) return g;
    LLVMValueRef *e = xcalloc(it->nmethods + 1, sizeof *e);
    e[0] = cg_typedesc(cg, it->concrete);
    for (int i = 0; i < it->nmethods; i++)
        e[i + 1] = it->methods[i] ? cg_func_decl(cg, it->methods[i]) : LLVMConstNull(cg->ptr);
    LLVMValueRef arr = LLVMConstArray2(cg->ptr, e, it->nmethods + 1);
    free(e);
    g = private_const(cg, arr, "itab");
    LLVMSetAlignment(g, 8);
    pm_put(&cg->itabs, it, g);
    return g;
}

/* A top-level function as a func value: a constant record { code } (no captured variables). */
LLVMValueRef cg_closure(CG *cg, IRFunc *f) {
    LLVMValueRef g = pm_get(&cg->closures, f);
    if (g) return g;
    if (f->external) {
        diag_unsupported(f->pos, "using a body-less (C-implemented) function as a value");
        cg->errors++;
        return LLVMConstNull(cg->ptr);
    }
    LLVMValueRef code = cg_func_decl(cg, f);
    LLVMValueRef rec = LLVMConstStructInContext(cg->ctx, &code, 1, false);
    char *name = xsprintf("%s·f", f->name);
    g = private_const(cg, rec, name);
    free(name);
    LLVMSetAlignment(g, 8);
    pm_put(&cg->closures, f, g);
    return g;
}
