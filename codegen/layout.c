/* layout.c — the LLVM shape of every Go type.
 *
 * Registers and memory use the same shape, so a LOAD of a struct is one LLVM load:
 *   bool → i8 (0/1; comparisons make i1 and widen at once), intN → iN, float32/64 → float/double,
 *   complexN → {f, f}, string → {ptr, i64}, slice → {ptr, i64, i64}, interface → {ptr, ptr},
 *   pointers, maps, chans, funcs, unsafe.Pointer → ptr, arrays → [N x T],
 *   structs → literal (unnamed) LLVM structs, tuples → literal structs of the members.
 * Sizes and offsets are computed here by Go's rules rather than read from Type: codegen must
 * not depend on who filled in Type.size. LLVM's natural layout of these shapes agrees with Go's
 * on both targets except for gc's extra byte after a trailing zero-size field, which is added as
 * explicit padding; layout_struct checks the agreement and reports an internal error if not. */
#include <stdlib.h>
#include <string.h>

#include "codegen_internal.h"

/* ---- PtrMap ---- */
static size_t pm_hash(const void *p, size_t cap) {
    uint64_t x = (uint64_t)(uintptr_t)p;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return (size_t)x & (cap - 1);
}

void *pm_get(PtrMap *m, const void *key) {
    if (m->cap == 0) return NULL;
    for (size_t i = pm_hash(key, m->cap);; i = (i + 1) & (m->cap - 1)) {
        if (m->keys[i] == key) return m->vals[i];
        if (m->keys[i] == NULL) return NULL;
    }
}

void pm_put(PtrMap *m, const void *key, void *val) {
    if ((m->len + 1) * 2 > m->cap) {
        PtrMap old = *m;
        m->cap = old.cap ? old.cap * 2 : 64;
        m->keys = xcalloc(m->cap, sizeof *m->keys);
        m->vals = xcalloc(m->cap, sizeof *m->vals);
        m->len = 0;
        for (size_t i = 0; i < old.cap; i++)
            if (old.keys[i]) pm_put(m, old.keys[i], old.vals[i]);
        free(old.keys);
        free(old.vals);
    }
    size_t i = pm_hash(key, m->cap);
    while (m->keys[i] != NULL && m->keys[i] != key) i = (i + 1) & (m->cap - 1);
    if (m->keys[i] == NULL) m->len++;
    m->keys[i] = key;
    m->vals[i] = val;
}

void pm_free(PtrMap *m) {
    free(m->keys);
    free(m->vals);
    memset(m, 0, sizeof *m);
}

/* ---- predicates ---- */
Type *cg_under(Type *t) {
    while (t && t->kind == T_NAMED && t->underlying) t = t->underlying;
    return t;
}

bool cg_is_signed(Type *t) {
    switch (cg_under(t)->kind) {
    case T_INT: case T_INT8: case T_INT16: case T_INT32: case T_INT64: case T_UNTYPED_INT:
    case T_UNTYPED_RUNE:
        return true;
    default:
        return false;
    }
}

bool cg_is_float(Type *t) {
    TypeKind k = cg_under(t)->kind;
    return k == T_FLOAT32 || k == T_FLOAT64 || k == T_UNTYPED_FLOAT;
}

bool cg_is_complex(Type *t) {
    TypeKind k = cg_under(t)->kind;
    return k == T_COMPLEX64 || k == T_COMPLEX128 || k == T_UNTYPED_COMPLEX;
}

bool cg_is_pointer_shaped(Type *t) {
    switch (cg_under(t)->kind) {
    case T_POINTER: case T_UNSAFEPTR: case T_MAP: case T_CHAN: case T_FUNC:
        return true;
    default:
        return false;
    }
}

bool cg_has_pointers(Type *t) {
    t = cg_under(t);
    switch (t->kind) {
    case T_STRING: case T_SLICE: case T_INTERFACE: case T_POINTER: case T_UNSAFEPTR:
    case T_MAP: case T_CHAN: case T_FUNC:
        return true;
    case T_ARRAY:
        return t->len > 0 && cg_has_pointers(t->elem);
    case T_STRUCT: case T_TUPLE:
        for (int i = 0; i < t->nfields; i++)
            if (cg_has_pointers(t->fields[i].type)) return true;
        return false;
    default:
        return false;
    }
}

/* ---- layout ---- */
static int64_t round_up(int64_t x, int64_t a) { return a <= 1 ? x : (x + a - 1) / a * a; }

static void layout_struct(CG *cg, Type *t, TypeInfo *ti) {
    int n = t->nfields;
    LLVMTypeRef *elems = xcalloc(2 * n + 2, sizeof *elems);
    ti->field_index = xcalloc(n + 1, sizeof(int));
    ti->field_offset = xcalloc(n + 1, sizeof(int64_t));
    int ne = 0;
    int64_t off = 0, align = 1;
    for (int i = 0; i < n; i++) {
        TypeInfo *fi = cg_info(cg, t->fields[i].type);
        off = round_up(off, fi->align);
        if (fi->align > align) align = fi->align;
        ti->field_offset[i] = off;
        ti->field_index[i] = ne;
        elems[ne++] = fi->llty;
        off += fi->size;
    }
    int64_t natural = round_up(off, align);
    /* gc pads a trailing zero-size field so that &s.last never points past the object. */
    if (t->kind == T_STRUCT && n > 0 && cg_info(cg, t->fields[n - 1].type)->size == 0 && off > 0)
        off++;
    int64_t size = round_up(off, align);
    if (size > natural) elems[ne++] = LLVMArrayType2(cg->i8, (uint64_t)(size - natural));
    ti->llty = LLVMStructTypeInContext(cg->ctx, elems, ne, false);
    ti->size = size;
    ti->align = align;
    free(elems);
    if (cg->td && LLVMTypeIsSized(ti->llty)) {
        uint64_t llsize = LLVMABISizeOfType(cg->td, ti->llty);
        if ((int64_t)llsize != size) cg_ice(cg, "struct layout mismatch (Go %lld, LLVM %llu bytes)", (long long)size, (unsigned long long)llsize);
        for (int i = 0; i < n; i++) {
            uint64_t lo = LLVMOffsetOfElement(cg->td, ti->llty, ti->field_index[i]);
            if ((int64_t)lo != ti->field_offset[i]) cg_ice(cg, "struct field %d offset mismatch", i);
        }
    }
}

static LLVMTypeRef struct2(CG *cg, LLVMTypeRef a, LLVMTypeRef b) {
    LLVMTypeRef e[2] = {a, b};
    return LLVMStructTypeInContext(cg->ctx, e, 2, false);
}

TypeInfo *cg_info(CG *cg, Type *t) {
    TypeInfo *ti = pm_get(&cg->types, t);
    if (ti) return ti;
    ti = xcalloc(1, sizeof *ti);
    pm_put(&cg->types, t, ti);
    Type *u = cg_under(t);
    switch (u ? u->kind : T_INVALID) {
    case T_BOOL: case T_UNTYPED_BOOL: ti->llty = cg->i8; ti->size = ti->align = 1; break;
    case T_INT8: case T_UINT8: ti->llty = cg->i8; ti->size = ti->align = 1; break;
    case T_INT16: case T_UINT16: ti->llty = cg->i16; ti->size = ti->align = 2; break;
    case T_INT32: case T_UINT32: case T_UNTYPED_RUNE: ti->llty = cg->i32; ti->size = ti->align = 4; break;
    case T_INT: case T_INT64: case T_UINT: case T_UINT64: case T_UINTPTR: case T_UNTYPED_INT:
        ti->llty = cg->i64; ti->size = ti->align = 8; break;
    case T_FLOAT32: ti->llty = cg->f32; ti->size = ti->align = 4; break;
    case T_FLOAT64: case T_UNTYPED_FLOAT: ti->llty = cg->f64; ti->size = ti->align = 8; break;
    case T_COMPLEX64: ti->llty = struct2(cg, cg->f32, cg->f32); ti->size = 8; ti->align = 4; break;
    case T_COMPLEX128: case T_UNTYPED_COMPLEX:
        ti->llty = struct2(cg, cg->f64, cg->f64); ti->size = 16; ti->align = 8; break;
    case T_STRING: case T_UNTYPED_STRING: ti->llty = cg->str_t; ti->size = 16; ti->align = 8; break;
    case T_SLICE: ti->llty = cg->slice_t; ti->size = 24; ti->align = 8; break;
    case T_INTERFACE: ti->llty = cg->iface_t; ti->size = 16; ti->align = 8; break;
    case T_POINTER: case T_UNSAFEPTR: case T_MAP: case T_CHAN: case T_FUNC: case T_UNTYPED_NIL:
        ti->llty = cg->ptr; ti->size = ti->align = 8; break;
    case T_ARRAY: {
        TypeInfo *ei = cg_info(cg, u->elem);
        ti->llty = LLVMArrayType2(ei->llty, (uint64_t)(u->len < 0 ? 0 : u->len));
        ti->size = ei->size * u->len;
        ti->align = ei->align;
        break;
    }
    case T_STRUCT: case T_TUPLE:
        layout_struct(cg, u, ti);
        break;
    default:
        cg_ice(cg, "no LLVM layout for type kind %d", u ? (int)u->kind : -1);
        ti->llty = cg->i8;
        ti->size = ti->align = 1;
        break;
    }
    if (ti->align < 1) ti->align = 1;
    return ti;
}

LLVMTypeRef cg_type(CG *cg, Type *t) { return t ? cg_info(cg, t)->llty : cg->void_t; }
int64_t cg_sizeof(CG *cg, Type *t) { return cg_info(cg, t)->size; }
int64_t cg_alignof(CG *cg, Type *t) { return cg_info(cg, t)->align; }

int cg_field_index(CG *cg, Type *st, int field) {
    TypeInfo *ti = cg_info(cg, st);
    Type *u = cg_under(st);
    if ((u->kind != T_STRUCT && u->kind != T_TUPLE) || field < 0 || field >= u->nfields) {
        cg_ice(cg, "field index %d out of range", field);
        return 0;
    }
    return ti->field_index[field];
}

/* Every Go function: (ptr env, params...) → void | T | {T1, ..., Tn}. */
/* LLVM's code generator handles huge first-class aggregate returns very slowly (minutes for
 * a [1<<16]int), so a single result above this size is written by the callee to memory the
 * caller passes as a hidden last parameter; the function returns void (func.c, calls.c). */
enum { SRET_BYTES = 1024 };

bool cg_big_value(CG *cg, Type *t) {
    Type *u = t ? cg_under(t) : NULL;
    return u && (u->kind == T_ARRAY || u->kind == T_STRUCT) && cg_info(cg, t)->size > SRET_BYTES;
}

/* Parameters of such types are passed as a pointer to a copy only the callee reads. */
bool cg_result_in_memory(CG *cg, Type **results, int nresults) {
    return nresults == 1 && cg_big_value(cg, results[0]);
}

LLVMTypeRef cg_func_type(CG *cg, Type **params, int nparams, Type **results, int nresults) {
    bool sret = cg_result_in_memory(cg, results, nresults);
    LLVMTypeRef *pt = xcalloc(nparams + 2, sizeof *pt);
    pt[0] = cg->ptr;
    for (int i = 0; i < nparams; i++) pt[i + 1] = cg_big_value(cg, params[i]) ? cg->ptr : cg_type(cg, params[i]);
    if (sret) {
        pt[nparams + 1] = cg->ptr;
        LLVMTypeRef ft = LLVMFunctionType(cg->void_t, pt, nparams + 2, false);
        free(pt);
        return ft;
    }
    LLVMTypeRef ret;
    if (nresults == 0) ret = cg->void_t;
    else if (nresults == 1) ret = cg_type(cg, results[0]);
    else {
        LLVMTypeRef *rt = xcalloc(nresults, sizeof *rt);
        for (int i = 0; i < nresults; i++) rt[i] = cg_type(cg, results[i]);
        ret = LLVMStructTypeInContext(cg->ctx, rt, nresults, false);
        free(rt);
    }
    LLVMTypeRef ft = LLVMFunctionType(ret, pt, nparams + 1, false);
    free(pt);
    return ft;
}
