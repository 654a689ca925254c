/* calls.c — calls between Go functions, through func values and interfaces, and into C.
 *
 * Go → Go: fn(env, args...) with LLVM first-class aggregates; env is NULL for static calls,
 * the closure record for calls through a func value, and NULL for interface method calls (the
 * receiver is the interface's data word).
 *
 * Go → C (IR_CALLRT, and calls of body-less "external" functions, runtime.h): LLVM aggregates
 * and the C ABI disagree, so arguments are flattened into scalars, recursively: string → ptr,len;
 * slice → ptr,len,cap; interface → type,data; complex → re,im; struct → its fields; array → its
 * elements. bool travels as a zero-extended i1, small ints with their sign/zero extension.
 * Results: a scalar, string or interface comes back by value (two integer words are returned in
 * registers identically by LLVM and C on both targets); any other single result is written by
 * the callee through an out-pointer passed as the FIRST argument; multiple results are written
 * through out-pointers appended AFTER the parameters. */
#include <stdlib.h>
#include <string.h>

#include "codegen_internal.h"

enum { EXT_NONE, EXT_ZERO, EXT_SIGN };

static void add_attr(CG *cg, LLVMValueRef fn, LLVMAttributeIndex idx, const char *name) {
    unsigned kind = LLVMGetEnumAttributeKindForName(name, strlen(name));
    LLVMAddAttributeAtIndex(fn, idx, LLVMCreateEnumAttribute(cg->ctx, kind, 0));
}
static void add_callsite_attr(CG *cg, LLVMValueRef call, LLVMAttributeIndex idx, const char *name) {
    unsigned kind = LLVMGetEnumAttributeKindForName(name, strlen(name));
    LLVMAddCallSiteAttribute(call, idx, LLVMCreateEnumAttribute(cg->ctx, kind, 0));
}

static bool never_returns(const char *name) {
    return strncmp(name, "gort_panic", 10) == 0 || strcmp(name, "gort_gopanic") == 0;
}

LLVMValueRef cg_runtime_fn(CG *cg, const char *name, LLVMTypeRef fnty) {
    LLVMValueRef fn = LLVMGetNamedFunction(cg->mod, name);
    if (fn) return fn;
    fn = LLVMAddFunction(cg->mod, name, fnty);
    if (never_returns(name)) {
        add_attr(cg, fn, LLVMAttributeFunctionIndex, "noreturn");
        add_attr(cg, fn, LLVMAttributeFunctionIndex, "cold");
        add_attr(cg, fn, LLVMAttributeFunctionIndex, "nounwind");
    }
    return fn;
}

LLVMValueRef cg_call_c(CG *cg, const char *name, LLVMTypeRef ret, LLVMValueRef *args, int nargs) {
    LLVMTypeRef *pt = xcalloc(nargs + 1, sizeof *pt);
    for (int i = 0; i < nargs; i++) pt[i] = LLVMTypeOf(args[i]);
    LLVMTypeRef fnty = LLVMFunctionType(ret, pt, (unsigned)nargs, false);
    free(pt);
    LLVMValueRef fn = cg_runtime_fn(cg, name, fnty);
    LLVMValueRef call = LLVMBuildCall2(cg->b, fnty, fn, args, (unsigned)nargs, "");
    for (int i = 0; i < nargs; i++)
        if (LLVMTypeOf(args[i]) == cg->i1) add_callsite_attr(cg, call, (LLVMAttributeIndex)(i + 1), "zeroext");
    if (ret == cg->i1) add_callsite_attr(cg, call, LLVMAttributeReturnIndex, "zeroext");
    return ret == cg->void_t ? NULL : call;
}

/* ---- the C ABI ---- */

typedef struct CArgs {
    LLVMValueRef *vals; /* NULL while only computing the signature */
    LLVMTypeRef *types;
    int *ext;
    int n, cap;
} CArgs;

static void carg_push(CArgs *a, LLVMValueRef v, LLVMTypeRef t, int ext) {
    if (a->n == a->cap) {
        a->cap = a->cap ? a->cap * 2 : 16;
        a->vals = xrealloc(a->vals, sizeof *a->vals * (size_t)a->cap);
        a->types = xrealloc(a->types, sizeof *a->types * (size_t)a->cap);
        a->ext = xrealloc(a->ext, sizeof *a->ext * (size_t)a->cap);
    }
    a->vals[a->n] = v;
    a->types[a->n] = t;
    a->ext[a->n] = ext;
    a->n++;
}

static void carg_free(CArgs *a) {
    free(a->vals);
    free(a->types);
    free(a->ext);
}

/* Appends the scalars of value v (NULL: types only) of Go type t. */
static void flatten(CG *cg, Type *t, LLVMValueRef v, CArgs *out) {
    Type *u = cg_under(t);
    LLVMBuilderRef b = cg->b;
    switch (u->kind) {
    case T_STRING: case T_SLICE: case T_INTERFACE: case T_COMPLEX64: case T_COMPLEX128: {
        LLVMTypeRef st = cg_type(cg, t);
        unsigned n = LLVMCountStructElementTypes(st);
        for (unsigned i = 0; i < n; i++)
            carg_push(out, v ? LLVMBuildExtractValue(b, v, i, "") : NULL, LLVMStructGetTypeAtIndex(st, i), EXT_NONE);
        return;
    }
    case T_STRUCT: case T_TUPLE:
        for (int i = 0; i < u->nfields; i++) {
            unsigned k = (unsigned)cg_field_index(cg, t, i);
            flatten(cg, u->fields[i].type, v ? LLVMBuildExtractValue(b, v, k, "") : NULL, out);
        }
        return;
    case T_ARRAY:
        for (int64_t i = 0; i < u->len; i++)
            flatten(cg, u->elem, v ? LLVMBuildExtractValue(b, v, (unsigned)i, "") : NULL, out);
        return;
    case T_BOOL:
        carg_push(out, v ? LLVMBuildTrunc(b, v, cg->i1, "") : NULL, cg->i1, EXT_ZERO);
        return;
    case T_INT8: case T_INT16:
        carg_push(out, v, cg_type(cg, t), EXT_SIGN);
        return;
    case T_UINT8: case T_UINT16:
        carg_push(out, v, cg_type(cg, t), EXT_ZERO);
        return;
    default:
        carg_push(out, v, cg_type(cg, t), EXT_NONE);
        return;
    }
}

typedef enum { RES_VOID, RES_DIRECT, RES_OUTFIRST, RES_OUTAFTER } ResKind;

static ResKind result_kind(Type **rt, int nr) {
    if (nr == 0) return RES_VOID;
    if (nr > 1) return RES_OUTAFTER;
    switch (cg_under(rt[0])->kind) {
    case T_SLICE: case T_STRUCT: case T_ARRAY: case T_TUPLE: case T_COMPLEX64: case T_COMPLEX128:
        return RES_OUTFIRST;
    default:
        return RES_DIRECT;
    }
}

static int ext_of(Type *t) {
    switch (cg_under(t)->kind) {
    case T_BOOL: case T_UINT8: case T_UINT16: return EXT_ZERO;
    case T_INT8: case T_INT16: return EXT_SIGN;
    default: return EXT_NONE;
    }
}

static LLVMTypeRef c_result_type(CG *cg, Type **rt, int nr) {
    if (result_kind(rt, nr) != RES_DIRECT) return cg->void_t;
    return cg_under(rt[0])->kind == T_BOOL ? cg->i1 : cg_type(cg, rt[0]);
}

/* Signature (and, with vals, the argument list) of a C function taking Go params pt. */
static void c_signature(CG *cg, Type **pt, LLVMValueRef *pv, int np, Type **rt, int nr, LLVMValueRef *slots,
                        CArgs *out) {
    ResKind rk = result_kind(rt, nr);
    if (rk == RES_OUTFIRST) carg_push(out, slots ? slots[0] : NULL, cg->ptr, EXT_NONE);
    for (int i = 0; i < np; i++) flatten(cg, pt[i], pv ? pv[i] : NULL, out);
    if (rk == RES_OUTAFTER)
        for (int i = 0; i < nr; i++) carg_push(out, slots ? slots[i] : NULL, cg->ptr, EXT_NONE);
}

static void set_ext_attrs(CG *cg, LLVMValueRef fn_or_call, bool is_call, CArgs *a, Type **rt, int nr) {
    for (int i = 0; i < a->n; i++) {
        if (a->ext == NULL || a->ext[i] == EXT_NONE) continue;
        const char *k = a->ext[i] == EXT_ZERO ? "zeroext" : "signext";
        if (is_call) add_callsite_attr(cg, fn_or_call, (LLVMAttributeIndex)(i + 1), k);
        else add_attr(cg, fn_or_call, (LLVMAttributeIndex)(i + 1), k);
    }
    if (result_kind(rt, nr) == RES_DIRECT && ext_of(rt[0]) != EXT_NONE) {
        const char *k = ext_of(rt[0]) == EXT_ZERO ? "zeroext" : "signext";
        if (is_call) add_callsite_attr(cg, fn_or_call, LLVMAttributeReturnIndex, k);
        else add_attr(cg, fn_or_call, LLVMAttributeReturnIndex, k);
    }
}

static LLVMTypeRef c_fnty(CG *cg, CArgs *a, Type **rt, int nr) {
    return LLVMFunctionType(c_result_type(cg, rt, nr), a->types, (unsigned)a->n, false);
}

static const char *c_name_of(IRFunc *f) { return f->c_name ? f->c_name : f->name; }

LLVMValueRef cg_extern_decl(CG *cg, IRFunc *f) {
    LLVMValueRef fn = pm_get(&cg->funcs, f);
    if (fn) return fn;
    fn = LLVMGetNamedFunction(cg->mod, c_name_of(f));
    if (!fn) {
        CArgs a = {0};
        c_signature(cg, f->param_types, NULL, f->nparams, f->result_types, f->nresults, NULL, &a);
        fn = cg_runtime_fn(cg, c_name_of(f), c_fnty(cg, &a, f->result_types, f->nresults));
        set_ext_attrs(cg, fn, false, &a, f->result_types, f->nresults);
        carg_free(&a);
    }
    pm_put(&cg->funcs, f, fn);
    return fn;
}

/* Calls C function `name` with Go-typed arguments; returns the Go-typed result (a tuple
 * struct for several results) or NULL. */
static LLVMValueRef call_c_go(CG *cg, const char *name, Type **pt, LLVMValueRef *pv, int np, Type **rt, int nr,
                              Type *result_type) {
    ResKind rk = result_kind(rt, nr);
    LLVMValueRef *slots = NULL;
    if (rk == RES_OUTFIRST || rk == RES_OUTAFTER) {
        slots = xcalloc(nr, sizeof *slots);
        for (int i = 0; i < nr; i++) slots[i] = cg_entry_alloca(cg, cg_type(cg, rt[i]), cg_alignof(cg, rt[i]), "cres");
    }
    CArgs a = {0};
    c_signature(cg, pt, pv, np, rt, nr, slots, &a);
    LLVMTypeRef fnty = c_fnty(cg, &a, rt, nr);
    LLVMValueRef fn = LLVMGetNamedFunction(cg->mod, name);
    if (!fn) {
        fn = cg_runtime_fn(cg, name, fnty);
        set_ext_attrs(cg, fn, false, &a, rt, nr);
    }
    LLVMValueRef call = LLVMBuildCall2(cg->b, fnty, fn, a.vals, (unsigned)a.n, "");
    set_ext_attrs(cg, call, true, &a, rt, nr);
    carg_free(&a);
    LLVMValueRef r = NULL;
    switch (rk) {
    case RES_VOID: break;
    case RES_DIRECT:
        r = cg_under(rt[0])->kind == T_BOOL ? LLVMBuildZExt(cg->b, call, cg->i8, "") : call;
        break;
    case RES_OUTFIRST:
        r = LLVMBuildLoad2(cg->b, cg_type(cg, rt[0]), slots[0], "");
        break;
    case RES_OUTAFTER: {
        LLVMTypeRef tt = cg_type(cg, result_type);
        r = LLVMGetUndef(tt);
        for (int i = 0; i < nr; i++)
            r = LLVMBuildInsertValue(cg->b, r, LLVMBuildLoad2(cg->b, cg_type(cg, rt[i]), slots[i], ""), (unsigned)i, "");
        break;
    }
    }
    free(slots);
    return r;
}

/* Result types of an instruction: none, one, or a tuple's members. */
static int result_types(Type *t, Type ***out) {
    if (!t) {
        *out = NULL;
        return 0;
    }
    if (t->kind == T_TUPLE) {
        *out = xcalloc(t->nfields + 1, sizeof **out);
        for (int i = 0; i < t->nfields; i++) (*out)[i] = t->fields[i].type;
        return t->nfields;
    }
    *out = xcalloc(1, sizeof **out);
    (*out)[0] = t;
    return 1;
}

static LLVMValueRef call_c_instr(CG *cg, IRInstr *in, const char *name, int first, Type **ptypes) {
    int np = in->nargs - first;
    Type **pt = xcalloc(np + 1, sizeof *pt);
    LLVMValueRef *pv = xcalloc(np + 1, sizeof *pv);
    for (int i = 0; i < np; i++) {
        pt[i] = ptypes ? ptypes[i] : in->args[first + i]->type;
        pv[i] = cg_value(cg, in->args[first + i]);
    }
    Type **rt;
    int nr = result_types(in->type, &rt);
    LLVMValueRef r = call_c_go(cg, name, pt, pv, np, rt, nr, in->type);
    free(pt);
    free(pv);
    free(rt);
    return r;
}

/* fn(env-or-receiver, args[first..]) → in->type, for calls through a code pointer. */
static LLVMValueRef call_go(CG *cg, IRInstr *in, LLVMValueRef callee, LLVMTypeRef fnty, LLVMValueRef lead, int first) {
    bool sret = in->type && cg_result_in_memory(cg, &in->type, 1);
    int n = in->nargs - first + 1;
    LLVMValueRef *args = xcalloc(n + 2, sizeof *args);
    args[0] = lead;
    for (int i = first; i < in->nargs; i++)
        args[i - first + 1] = cg_big_value(cg, in->args[i]->type) ? cg_big_arg(cg, in, in->args[i]) : cg_value(cg, in->args[i]);
    LLVMValueRef tmp = NULL;
    if (sret) args[n++] = tmp = cg_entry_alloca(cg, cg_type(cg, in->type), cg_info(cg, in->type)->align, "sret");
    LLVMValueRef call = LLVMBuildCall2(cg->b, fnty, callee, args, (unsigned)n, "");
    free(args);
    if (sret) {
        cg_set_memory_value(cg, in, tmp);
        return NULL;
    }
    return in->type ? call : NULL;
}

/* LLVM type of a Go call made through a pointer: (ptr, [ptr receiver,] args...) → result. */
static LLVMTypeRef dynamic_fnty(CG *cg, IRInstr *in, int first, bool receiver) {
    int n = in->nargs - first + 1 + (receiver ? 1 : 0);
    LLVMTypeRef *pt = xcalloc(n + 2, sizeof *pt);
    int k = 0;
    pt[k++] = cg->ptr;
    if (receiver) pt[k++] = cg->ptr;
    for (int i = first; i < in->nargs; i++)
        pt[k++] = cg_big_value(cg, in->args[i]->type) ? cg->ptr : cg_type(cg, in->args[i]->type);
    if (in->type && cg_result_in_memory(cg, &in->type, 1)) {
        pt[k++] = cg->ptr;
        LLVMTypeRef ft = LLVMFunctionType(cg->void_t, pt, (unsigned)k, false);
        free(pt);
        return ft;
    }
    LLVMTypeRef ft = LLVMFunctionType(cg_type(cg, in->type), pt, (unsigned)k, false);
    free(pt);
    return ft;
}

LLVMValueRef cg_call(CG *cg, IRInstr *in) {
    LLVMBuilderRef b = cg->b;
    switch (in->op) {
    case IR_CALL: {
        IRFunc *f = in->func;
        if (!f) break;
        if (in->nargs != f->nparams) {
            cg_ice(cg, "call of %s with %d arguments for %d parameters", f->name, in->nargs, f->nparams);
            return in->type ? LLVMGetUndef(cg_type(cg, in->type)) : NULL;
        }
        if (f->external) return call_c_instr(cg, in, c_name_of(f), 0, f->param_types);
        LLVMValueRef fn = cg_func_decl(cg, f);
        return call_go(cg, in, fn, LLVMGlobalGetValueType(fn), LLVMConstNull(cg->ptr), 0);
    }
    case IR_CALLIND: {
        LLVMValueRef fv = cg_value(cg, in->args[0]);
        LLVMValueRef code = LLVMBuildLoad2(b, cg->ptr, fv, "code");
        return call_go(cg, in, code, dynamic_fnty(cg, in, 1, false), fv, 1);
    }
    case IR_CALLIFACE: {
        LLVMValueRef iv = cg_value(cg, in->args[0]);
        LLVMValueRef itab = LLVMBuildExtractValue(b, iv, 0, "itab");
        LLVMValueRef data = LLVMBuildExtractValue(b, iv, 1, "data");
        LLVMValueRef idx = LLVMConstInt(cg->i64, (uint64_t)in->index + 1, false);
        LLVMValueRef slot = LLVMBuildGEP2(b, cg->ptr, itab, &idx, 1, "");
        LLVMValueRef code = LLVMBuildLoad2(b, cg->ptr, slot, "method");
        LLVMTypeRef ft = dynamic_fnty(cg, in, 1, true);
        int n = in->nargs + 1;
        LLVMValueRef *args = xcalloc(n + 2, sizeof *args);
        args[0] = LLVMConstNull(cg->ptr);
        args[1] = data;
        for (int i = 1; i < in->nargs; i++)
            args[i + 1] = cg_big_value(cg, in->args[i]->type) ? cg_big_arg(cg, in, in->args[i]) : cg_value(cg, in->args[i]);
        bool sret = in->type && cg_result_in_memory(cg, &in->type, 1);
        LLVMValueRef tmp = NULL;
        if (sret) args[n++] = tmp = cg_entry_alloca(cg, cg_type(cg, in->type), cg_info(cg, in->type)->align, "sret");
        LLVMValueRef call = LLVMBuildCall2(b, ft, code, args, (unsigned)n, "");
        free(args);
        if (sret) {
            cg_set_memory_value(cg, in, tmp);
            return NULL;
        }
        return in->type ? call : NULL;
    }
    case IR_CALLRT: {
        if (!in->rt_name) break;
        LLVMValueRef special;
        if (cg_defer_rt_call(cg, in, &special)) return special;
        return call_c_instr(cg, in, in->rt_name, 0, NULL);
    }
    default: break;
    }
    cg_ice(cg, "malformed call v%d", in->id);
    return in->type ? LLVMGetUndef(cg_type(cg, in->type)) : NULL;
}
