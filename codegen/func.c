/* func.c — functions, blocks, and the instructions that are about memory, aggregates and
 * control flow (arithmetic, checks and calls have files of their own).
 *
 * Each function gets an extra first LLVM block, "allocas", holding every STACK alloca so that
 * mem2reg/SROA see them; it falls through to the IR's entry block (which may then be a loop
 * target, something LLVM forbids for its own entry block). Blocks are emitted in reverse
 * postorder so a value is always emitted before its uses (IR dominance guarantees that
 * order exists); blocks unreachable from the entry become a bare `unreachable`. */
#include <stdlib.h>
#include <string.h>

#include "codegen_internal.h"
#include "runtime/runtime.h"

/* ---- declarations ---- */

static void add_string_attr(CG *cg, LLVMValueRef fn, const char *k, const char *v) {
    LLVMAttributeRef a = LLVMCreateStringAttribute(cg->ctx, k, (unsigned)strlen(k), v, (unsigned)strlen(v));
    LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, a);
}

LLVMValueRef cg_func_decl(CG *cg, IRFunc *f) {
    if (f->external) return cg_extern_decl(cg, f);
    LLVMValueRef fn = pm_get(&cg->funcs, f);
    if (fn) return fn;
    LLVMTypeRef ft = cg_func_type(cg, f->param_types, f->nparams, f->result_types, f->nresults);
    fn = LLVMAddFunction(cg->mod, f->name ? f->name : "golc.anon", ft);
    /* The collector and tracebacks walk frame-pointer chains. */
    add_string_attr(cg, fn, "frame-pointer", "all");
    cg_defer_func_attrs(cg, f, fn);
    cg_debug_func_attrs(cg, f, fn);
    LLVMSetValueName2(LLVMGetParam(fn, 0), "env", 3);
    pm_put(&cg->funcs, f, fn);
    return fn;
}

LLVMValueRef cg_global(CG *cg, IRGlobal *g) {
    LLVMValueRef v = pm_get(&cg->globals, g);
    if (v) return v;
    if (cg_info(cg, g->type)->size == 0) {
        /* zero-sized variables share the address of zero-sized allocations, as in gc */
        v = LLVMGetNamedGlobal(cg->mod, "gc_zerobase");
        if (!v) v = LLVMAddGlobal(cg->mod, cg->i64, "gc_zerobase");
        pm_put(&cg->globals, g, v);
        return v;
    }
    LLVMTypeRef ty = cg_type(cg, g->type);
    v = LLVMAddGlobal(cg->mod, ty, g->name ? g->name : "golc.global");
    LLVMSetInitializer(v, LLVMConstNull(ty));
    LLVMSetAlignment(v, (unsigned)(cg_alignof(cg, g->type) < 8 ? 8 : cg_alignof(cg, g->type)));
    pm_put(&cg->globals, g, v);
    return v;
}

/* ---- constants ---- */

static double rat_to_double(BigRat *r) { return r ? br_to_double(r, NULL) : 0; }
static double cv_as_double(ConstVal *cv, bool imag) {
    if (cv->kind == CV_INT) return imag ? 0 : rat_to_double(br_from_int(cv->i));
    if (cv->kind == CV_FLOAT) return imag ? 0 : rat_to_double(cv->re);
    if (cv->kind == CV_COMPLEX) return rat_to_double(imag ? cv->im : cv->re);
    return 0;
}
static float cv_as_float(ConstVal *cv, bool imag) {
    BigRat *r = NULL;
    if (cv->kind == CV_INT) r = imag ? NULL : br_from_int(cv->i);
    else if (cv->kind == CV_FLOAT) r = imag ? NULL : cv->re;
    else if (cv->kind == CV_COMPLEX) r = imag ? cv->im : cv->re;
    return r ? br_to_float(r, NULL) : 0.0f; /* rounded once, straight to float32 */
}

static LLVMValueRef const_value(CG *cg, IRInstr *in) {
    LLVMTypeRef ty = cg_type(cg, in->type);
    ConstVal *cv = in->cv;
    if (!cv) return LLVMConstNull(ty);
    Type *u = cg_under(in->type);
    switch (u->kind) {
    case T_BOOL: case T_UNTYPED_BOOL:
        return LLVMConstInt(cg->i8, cv->kind == CV_BOOL && cv->b, false);
    case T_STRING: case T_UNTYPED_STRING:
        if (cv->kind != CV_STRING) break;
        return cg_const_string(cg, cv->s, cv->slen);
    case T_FLOAT32: return LLVMConstReal(cg->f32, cv_as_float(cv, false));
    case T_FLOAT64: case T_UNTYPED_FLOAT: return LLVMConstReal(cg->f64, cv_as_double(cv, false));
    case T_COMPLEX64: {
        LLVMValueRef e[2] = {LLVMConstReal(cg->f32, cv_as_float(cv, false)), LLVMConstReal(cg->f32, cv_as_float(cv, true))};
        return LLVMConstNamedStruct(ty, e, 2);
    }
    case T_COMPLEX128: case T_UNTYPED_COMPLEX: {
        LLVMValueRef e[2] = {LLVMConstReal(cg->f64, cv_as_double(cv, false)), LLVMConstReal(cg->f64, cv_as_double(cv, true))};
        return LLVMConstNamedStruct(ty, e, 2);
    }
    default:
        if (LLVMGetTypeKind(ty) == LLVMIntegerTypeKind) {
            int64_t v = 0;
            if (cv->kind == CV_INT) v = bi_to_int64(cv->i);
            else if (cv->kind == CV_FLOAT) v = bi_to_int64(br_trunc(cv->re));
            else if (cv->kind == CV_BOOL) v = cv->b;
            return LLVMConstInt(ty, (uint64_t)v, true);
        }
        if (LLVMGetTypeKind(ty) == LLVMPointerTypeKind) {
            /* only nil, or an integer constant converted to unsafe.Pointer */
            if (cv->kind == CV_INT && !bi_is_zero(cv->i))
                return LLVMConstIntToPtr(LLVMConstInt(cg->i64, (uint64_t)bi_to_int64(cv->i), false), ty);
            return LLVMConstNull(ty);
        }
        break;
    }
    cg_ice(cg, "constant of kind %d for type kind %d", (int)cv->kind, (int)u->kind);
    return LLVMGetUndef(ty);
}

static LLVMValueRef free_value(CG *cg, IRInstr *in) {
    LLVMValueRef v = pm_get(&cg->consts, in);
    if (v) return v;
    switch (in->op) {
    case IR_CONST: v = const_value(cg, in); break;
    case IR_GLOBALADDR: v = in->global ? cg_global(cg, in->global) : NULL; break;
    case IR_FUNCVAL: v = in->func ? cg_closure(cg, in->func) : NULL; break;
    case IR_TYPEDESC: v = cg_typedesc(cg, in->ref_type); break;
    case IR_ITAB: v = in->itab ? cg_itab(cg, in->itab) : NULL; break;
    default: break;
    }
    if (!v) {
        cg_ice(cg, "operand v%d (%s) has no value", in->id, ir_op_name(in->op));
        return LLVMGetUndef(in->type ? cg_type(cg, in->type) : cg->i64);
    }
    pm_put(&cg->consts, in, v);
    return v;
}

/* Big call results in the caller's memory (calls.c, "sret"): IRInstr* → its temporary. The
 * temporary is written only by its call, so a use may load it wherever the call dominates. */
static PtrMap memory_values;

void cg_set_memory_value(CG *cg, IRInstr *in, LLVMValueRef ptr) {
    (void)cg;
    pm_put(&memory_values, in, ptr);
}

LLVMValueRef cg_value(CG *cg, IRInstr *in) {
    if (!in) {
        cg_ice(cg, "missing operand");
        return LLVMGetUndef(cg->i64);
    }
    switch (in->op) {
    case IR_CONST: case IR_GLOBALADDR: case IR_FUNCVAL: case IR_TYPEDESC: case IR_ITAB:
        return free_value(cg, in);
    default: break;
    }
    LLVMValueRef v = pm_get(&cg->values, in);
    LLVMValueRef mem = v ? NULL : pm_get(&memory_values, in);
    if (mem) {
        v = LLVMBuildLoad2(cg->b, cg_type(cg, in->type), mem, "");
        LLVMSetAlignment(v, (unsigned)cg_alignof(cg, in->type));
    }
    if (!v) {
        cg_ice(cg, "v%d (%s) used before its definition", in->id, ir_op_name(in->op));
        return LLVMGetUndef(in->type ? cg_type(cg, in->type) : cg->i64);
    }
    return v;
}

LLVMValueRef cg_to_i64(CG *cg, LLVMValueRef v, Type *t) {
    LLVMTypeRef ty = LLVMTypeOf(v);
    if (LLVMGetTypeKind(ty) == LLVMPointerTypeKind) return LLVMBuildPtrToInt(cg->b, v, cg->i64, "");
    unsigned w = LLVMGetIntTypeWidth(ty);
    if (w == 64) return v;
    if (w > 64) return LLVMBuildTrunc(cg->b, v, cg->i64, "");
    return cg_is_signed(t) ? LLVMBuildSExt(cg->b, v, cg->i64, "") : LLVMBuildZExt(cg->b, v, cg->i64, "");
}

LLVMValueRef cg_entry_alloca(CG *cg, LLVMTypeRef ty, int64_t align, const char *name) {
    LLVMValueRef a = LLVMBuildAlloca(cg->ab, ty, name);
    LLVMSetAlignment(a, (unsigned)(align < 1 ? 1 : align));
    return a;
}

/* ---- memory ---- */

static void zero_memory(CG *cg, LLVMValueRef p, LLVMTypeRef ty, int64_t size, int64_t align) {
    if (size == 0) return;
    if (size <= 64) {
        LLVMValueRef st = LLVMBuildStore(cg->b, LLVMConstNull(ty), p);
        LLVMSetAlignment(st, (unsigned)align);
    } else {
        LLVMBuildMemSet(cg->b, p, LLVMConstInt(cg->i8, 0, false), LLVMConstInt(cg->i64, (uint64_t)size, false),
                        (unsigned)align);
    }
}

static LLVMValueRef emit_alloc(CG *cg, IRInstr *in) {
    Type *elem = in->elem;
    TypeInfo *ei = cg_info(cg, elem);
    IRInstr *count = in->nargs > 0 ? in->args[0] : NULL;
    bool stack = in->decision == DEC_STACK;
    if (stack && count && (count->op != IR_CONST || !count->cv || count->cv->kind != CV_INT)) {
        /* STACK with a run-time count (escape/decide.c): the site's frame buffer when the
         * object fits at run time, else the heap (runtime/heap.c) */
        LLVMTypeRef bt = LLVMArrayType2(cg->i64, GORT_STACK_BUF_BYTES / 8);
        LLVMValueRef buf = cg_entry_alloca(cg, bt, 8, "stackbuf");
        LLVMValueRef args[4] = {cg_to_i64(cg, cg_value(cg, count), count->type),
                                LLVMConstInt(cg->i64, (uint64_t)ei->size, false), cg_typedesc(cg, elem), buf};
        return cg_call_c(cg, "gort_alloc_array_buf", cg->ptr, args, 4);
    }
    if (stack) {
        int64_t n = count ? bi_to_int64(count->cv->i) : 1;
        if (n < 0) n = 0;
        LLVMTypeRef ty = count ? LLVMArrayType2(ei->llty, (uint64_t)n) : ei->llty;
        /* distinct zero-sized stack objects get distinct addresses, as in gc (heap ones share
         * gc_zerobase) */
        if (ei->size * n == 0) ty = cg->i8;
        LLVMValueRef slot = cg_entry_alloca(cg, ty, ei->align,
                                            in->var && in->var->name ? in->var->name : "tmp");
        slot = cg_asan_stack_slot(cg, in, slot, ty, ei->align);   /* sanitize.c */
        zero_memory(cg, slot, ty, ei->size * n, ei->align);
        return slot;
    }
    LLVMValueRef desc = cg_typedesc(cg, elem);
    if (!count) return cg_heap_alloc(cg, elem, ei->size, desc);
    LLVMValueRef args[3] = {cg_to_i64(cg, cg_value(cg, count), count->type),
                            LLVMConstInt(cg->i64, (uint64_t)ei->size, false), desc};
    return cg_call_c(cg, "gort_alloc_array", cg->ptr, args, 3);
}

static Type *pointee(CG *cg, IRInstr *p) {
    Type *u = p && p->type ? cg_under(p->type) : NULL;
    if (!u || u->kind != T_POINTER || !u->elem) {
        cg_ice(cg, "v%d is not a typed pointer", p ? p->id : -1);
        return NULL;
    }
    return u->elem;
}

static LLVMValueRef emit_fieldaddr(CG *cg, IRInstr *in) {
    Type *st = pointee(cg, in->args[0]);
    if (!st) return LLVMGetUndef(cg->ptr);
    LLVMValueRef idx[2] = {LLVMConstInt(cg->i32, 0, false),
                           LLVMConstInt(cg->i32, (uint64_t)cg_field_index(cg, st, in->index), false)};
    /* Not inbounds: the base may be nil when the program is about to fault as gc's would. */
    return LLVMBuildGEP2(cg->b, cg_type(cg, st), cg_value(cg, in->args[0]), idx, 2, "");
}

static LLVMValueRef emit_indexaddr(CG *cg, IRInstr *in) {
    Type *elem = in->elem;
    if (!elem) {
        Type *pt = pointee(cg, in->args[0]);
        if (!pt) return LLVMGetUndef(cg->ptr);
        elem = cg_under(pt)->kind == T_ARRAY ? cg_under(pt)->elem : pt;
    }
    LLVMValueRef i = cg_to_i64(cg, cg_value(cg, in->args[1]), in->args[1]->type);
    return LLVMBuildGEP2(cg->b, cg_type(cg, elem), cg_value(cg, in->args[0]), &i, 1, "");
}

/* Member i of an aggregate of type t → LLVM element index. */
static unsigned member_index(CG *cg, Type *t, int i) {
    TypeKind k = cg_under(t)->kind;
    if (k == T_STRUCT || k == T_TUPLE) return (unsigned)cg_field_index(cg, t, i);
    return (unsigned)i;
}

static LLVMValueRef emit_make(CG *cg, IRInstr *in) {
    LLVMTypeRef ty = cg_type(cg, in->type);
    LLVMValueRef agg = LLVMGetUndef(ty);
    for (int i = 0; i < in->nargs; i++)
        agg = LLVMBuildInsertValue(cg->b, agg, cg_value(cg, in->args[i]), member_index(cg, in->type, i), "");
    return agg;
}

static LLVMValueRef emit_extract(CG *cg, IRInstr *in) {
    IRInstr *a = in->args[0];
    return LLVMBuildExtractValue(cg->b, cg_value(cg, a), member_index(cg, a->type, in->index), "");
}

/* ---- control flow ---- */

static LLVMBasicBlockRef bb_of(CG *cg, IRBlock *b) {
    LLVMBasicBlockRef bb = b ? pm_get(&cg->values, b) : NULL;
    if (!bb) {
        cg_ice(cg, "branch to a block of another function");
        bb = LLVMAppendBasicBlockInContext(cg->ctx, cg->llfn, "bad");
        LLVMBasicBlockRef save = LLVMGetInsertBlock(cg->b);
        LLVMPositionBuilderAtEnd(cg->b, bb);
        LLVMBuildUnreachable(cg->b);
        LLVMPositionBuilderAtEnd(cg->b, save);
    }
    return bb;
}

static bool returns_in_memory(CG *cg);
static bool store_big_value(CG *cg, IRInstr *use, IRInstr *v, LLVMValueRef dst);

static void emit_ret(CG *cg, IRInstr *in) {
    IRFunc *f = cg->fn;
    if (in->nargs == 0 && f->nresults == 0) {
        LLVMBuildRetVoid(cg->b);
        return;
    }
    if (in->nargs != f->nresults) {
        cg_ice(cg, "return of %d values from a function with %d results", in->nargs, f->nresults);
        LLVMBuildUnreachable(cg->b);
        return;
    }
    if (in->nargs == 1 && returns_in_memory(cg)) {
        LLVMValueRef dst = LLVMGetParam(cg->llfn, (unsigned)f->nparams + 1);
        if (!store_big_value(cg, in, in->args[0], dst)) {
            LLVMValueRef st = LLVMBuildStore(cg->b, cg_value(cg, in->args[0]), dst);
            LLVMSetAlignment(st, (unsigned)cg_alignof(cg, in->args[0]->type));
        }
        LLVMBuildRetVoid(cg->b);
        return;
    }
    if (in->nargs == 1) {
        LLVMBuildRet(cg->b, cg_value(cg, in->args[0]));
        return;
    }
    LLVMTypeRef rt = LLVMGetReturnType(LLVMGlobalGetValueType(cg->llfn));
    LLVMValueRef agg = LLVMGetUndef(rt);
    for (int i = 0; i < in->nargs; i++) agg = LLVMBuildInsertValue(cg->b, agg, cg_value(cg, in->args[i]), (unsigned)i, "");
    LLVMBuildRet(cg->b, agg);
}

/* ---- big aggregate copies ----
 * A Go value of a big array or struct type is an LLVM first-class aggregate in golc's IR,
 * but LLVM handles huge aggregate loads and stores badly (SROA and instcombine split them
 * into a member per element: a [1<<20]int copy takes minutes and gigabytes to compile). The
 * common shapes become memory operations instead: `load` whose only use is a `store` a few
 * instructions later (a copy `*p = *q`, a value boxed for an interface) is one memmove at
 * the store, and a store of the zero value is a memset. */

enum { BIG_AGGREGATE_BYTES = 64 };

static bool big_aggregate(CG *cg, Type *t) {
    Type *u = t ? cg_under(t) : NULL;
    if (!u || (u->kind != T_ARRAY && u->kind != T_STRUCT)) return false;
    return cg_info(cg, t)->size > BIG_AGGREGATE_BYTES;
}

static bool uses_value(IRInstr *in, IRInstr *v) {
    for (int k = 0; k < in->nargs; k++)
        if (in->args[k] == v) return true;
    return false;
}

static int predecessors(IRFunc *f, IRBlock *target) {
    int n = 0;
    for (int i = 0; i < f->blocks.len; i++) {
        IRBlock *b = VEC_AT(f->blocks, i);
        IRInstr *t = b->instrs.len ? VEC_AT(b->instrs, b->instrs.len - 1) : NULL;
        if (t && t->op == IR_JUMP && t->succ[0] == target) n++;
        if (t && t->op == IR_BRANCH) n += (t->succ[0] == target) + (t->succ[1] == target);
    }
    return n;
}

static bool returns_in_memory(CG *cg) {
    return cg->fn && cg_result_in_memory(cg, cg->fn->result_types, cg->fn->nresults);
}

/* The store (or a return through memory) that is load's only use, if nothing between them
 * can write memory; else NULL.
 * The path may continue through jumps to blocks with no other predecessor (an inlined
 * call's result is loaded in the callee's body and stored after it). */
static IRInstr *copy_store(CG *cg, IRInstr *load) {
    if (load->op != IR_LOAD || !big_aggregate(cg, load->type) || !load->block) return NULL;
    IRFunc *f = load->block->func;
    IRInstr *store = NULL;
    IRBlock *b = load->block;
    int j = 0;
    while (j < b->instrs.len && VEC_AT(b->instrs, j) != load) j++;
    for (j++; !store;) {
        if (j >= b->instrs.len) return NULL;
        IRInstr *x = VEC_AT(b->instrs, j++);
        if (uses_value(x, load)) {
            bool st = x->op == IR_STORE && x->args[1] == load && x->args[0] != load;
            bool ret = x->op == IR_RET && x->nargs == 1 && returns_in_memory(cg);
            bool arg = (x->op == IR_CALL && x->func && !x->func->external) || x->op == IR_CALLIND ||
                       x->op == IR_CALLIFACE;
            if (arg) {   /* an argument passed through memory, once */
                int n = 0;
                for (int k = 0; k < x->nargs; k++) n += x->args[k] == load;
                arg = n == 1 && x->args[0] != load && cg_big_value(cg, load->type);
            }
            if (!st && !ret && !arg) return NULL;
            store = x;
            break;
        }
        switch (x->op) {
        case IR_CONST: case IR_GLOBALADDR: case IR_TYPEDESC: case IR_ALLOC: case IR_LOAD:
        case IR_FIELDADDR: case IR_INDEXADDR: case IR_CONVERT: case IR_NILCHECK: case IR_BOUNDSCHECK:
            break;
        case IR_CALLRT:   /* writes only the map's own tables (m[k] = big) */
            if (!x->rt_name || strcmp(x->rt_name, "gort_mapassign")) return NULL;
            break;
        case IR_JUMP:
            if (x->succ[0] == load->block || predecessors(f, x->succ[0]) != 1) return NULL;
            b = x->succ[0];
            j = 0;
            break;
        default: return NULL;
        }
    }
    for (int i = 0; i < f->blocks.len; i++) {
        IRBlock *b = VEC_AT(f->blocks, i);
        for (int j = 0; j < b->instrs.len; j++) {
            IRInstr *x = VEC_AT(b->instrs, j);
            if (x != store && uses_value(x, load)) return NULL;
        }
    }
    return store;
}

/* A big load nothing uses (`_ = bigvar`): not emitted at all (nil checks are separate). */
static bool unused_big_load(CG *cg, IRInstr *load) {
    if (!big_aggregate(cg, load->type) || !load->block) return false;
    IRFunc *f = load->block->func;
    for (int i = 0; i < f->blocks.len; i++) {
        IRBlock *b = VEC_AT(f->blocks, i);
        for (int j = 0; j < b->instrs.len; j++)
            if (uses_value(VEC_AT(b->instrs, j), load)) return false;
    }
    return true;
}

/* Stores v, the value operand of `use` (a store or a return), to dst as memory operations
 * if it is one of the shapes above; false otherwise. */
static bool store_big_value(CG *cg, IRInstr *use, IRInstr *v, LLVMValueRef dst) {
    if (!big_aggregate(cg, v->type)) return false;
    TypeInfo *ti = cg_info(cg, v->type);
    if (v->op == IR_CONST && !v->cv) {
        zero_memory(cg, dst, ti->llty, ti->size, ti->align);
        return true;
    }
    LLVMValueRef src = pm_get(&cg->values, v) ? NULL : pm_get(&memory_values, v);
    if (!src && copy_store(cg, v) == use) src = cg_value(cg, v->args[0]);
    if (!src && v->op == IR_CONST) {
        /* a constant aggregate (a literal): copied from a private constant global */
        src = LLVMAddGlobal(cg->mod, ti->llty, "bigconst");
        LLVMSetInitializer(src, cg_value(cg, v));
        LLVMSetGlobalConstant(src, true);
        LLVMSetLinkage(src, LLVMPrivateLinkage);
        LLVMSetAlignment(src, (unsigned)ti->align);
    }
    if (!src) return false;
    LLVMBuildMemMove(cg->b, dst, (unsigned)ti->align, src, (unsigned)ti->align,
                     LLVMConstInt(cg->i64, (uint64_t)ti->size, false));
    return true;
}

LLVMValueRef cg_big_arg(CG *cg, IRInstr *call, IRInstr *arg) {
    LLVMValueRef mem = pm_get(&cg->values, arg) ? NULL : pm_get(&memory_values, arg);
    if (mem) return mem;   /* immutable already: a call's result, a parameter */
    TypeInfo *ti = cg_info(cg, arg->type);
    LLVMValueRef tmp = cg_entry_alloca(cg, ti->llty, ti->align, "arg");
    if (!store_big_value(cg, call, arg, tmp)) {
        LLVMValueRef st = LLVMBuildStore(cg->b, cg_value(cg, arg), tmp);
        LLVMSetAlignment(st, (unsigned)ti->align);
    }
    return tmp;
}

static bool emit_big_store(CG *cg, IRInstr *store) {
    if (!big_aggregate(cg, store->args[1]->type)) return false;
    return store_big_value(cg, store, store->args[1], cg_value(cg, store->args[0]));
}

/* ---- one instruction ---- */

static void emit_instr(CG *cg, IRInstr *in) {
    LLVMValueRef v = NULL;
    switch (in->op) {
    case IR_CONST: case IR_GLOBALADDR: case IR_FUNCVAL: case IR_TYPEDESC: case IR_ITAB:
        v = free_value(cg, in);
        break;
    case IR_PARAM:
        if (in->index == -1) {
            v = LLVMGetParam(cg->llfn, 0); /* the hidden env: the closure record */
        } else if (in->index < 0 || in->index >= cg->fn->nparams) {
            cg_ice(cg, "parameter %d out of range", in->index);
            v = LLVMGetUndef(cg_type(cg, in->type));
        } else {
            v = LLVMGetParam(cg->llfn, (unsigned)in->index + 1);
            if (cg_big_value(cg, cg->fn->param_types[in->index])) {
                cg_set_memory_value(cg, in, v);   /* a pointer to the caller's copy */
                v = NULL;
            }
        }
        break;
    case IR_ALLOC: v = emit_alloc(cg, in); break;
    case IR_LOAD: {
        if (copy_store(cg, in) || unused_big_load(cg, in)) break;  /* see "big aggregate copies" */
        v = LLVMBuildLoad2(cg->b, cg_type(cg, in->type), cg_value(cg, in->args[0]), "");
        LLVMSetAlignment(v, (unsigned)cg_alignof(cg, in->type));
        break;
    }
    case IR_STORE: {
        if (emit_big_store(cg, in)) break;
        LLVMValueRef st = LLVMBuildStore(cg->b, cg_value(cg, in->args[1]), cg_value(cg, in->args[0]));
        LLVMSetAlignment(st, (unsigned)cg_alignof(cg, in->args[1]->type));
        break;
    }
    case IR_ZERO: {
        Type *t = in->elem ? in->elem : pointee(cg, in->args[0]);
        if (t) {
            TypeInfo *ti = cg_info(cg, t);
            zero_memory(cg, cg_value(cg, in->args[0]), ti->llty, ti->size, ti->align);
        }
        break;
    }
    case IR_MEMMOVE:
        LLVMBuildMemMove(cg->b, cg_value(cg, in->args[0]), 1, cg_value(cg, in->args[1]), 1,
                         cg_to_i64(cg, cg_value(cg, in->args[2]), in->args[2]->type));
        break;
    case IR_FIELDADDR: v = emit_fieldaddr(cg, in); break;
    case IR_INDEXADDR: v = emit_indexaddr(cg, in); break;
    case IR_MAKE: v = emit_make(cg, in); break;
    case IR_EXTRACT: v = emit_extract(cg, in); break;
    case IR_BINOP: v = cg_binop(cg, in); break;
    case IR_UNOP: v = cg_unop(cg, in); break;
    case IR_CMP: v = cg_cmp(cg, in); break;
    case IR_CONVERT: v = cg_convert(cg, in); break;
    case IR_STRCMP: v = cg_strcmp(cg, in); break;
    case IR_BOUNDSCHECK: cg_boundscheck(cg, in); break;
    case IR_SLICECHECK: cg_slicecheck(cg, in); break;
    case IR_NILCHECK: cg_nilcheck(cg, in); break;
    case IR_CALL: case IR_CALLIND: case IR_CALLIFACE: case IR_CALLRT: v = cg_call(cg, in); break;
    case IR_JUMP: LLVMBuildBr(cg->b, bb_of(cg, in->succ[0])); break;
    case IR_BRANCH: {
        LLVMValueRef c = cg_value(cg, in->args[0]);
        if (LLVMTypeOf(c) != cg->i1) c = LLVMBuildICmp(cg->b, LLVMIntNE, c, LLVMConstNull(LLVMTypeOf(c)), "");
        LLVMBuildCondBr(cg->b, c, bb_of(cg, in->succ[0]), bb_of(cg, in->succ[1]));
        break;
    }
    case IR_RET: emit_ret(cg, in); break;
    case IR_UNREACHABLE: LLVMBuildUnreachable(cg->b); break;
    default:
        cg_ice(cg, "unknown instruction %d", (int)in->op);
        break;
    }
    if (v) pm_put(&cg->values, in, v);
}

/* ---- bodies ---- */

static void postorder(CG *cg, IRBlock *b, PtrMap *seen, Vec *out) {
    /* Iterative DFS: deep CFGs (long switch chains) must not exhaust the C stack. */
    typedef struct { IRBlock *b; int next; } Frame;
    int cap = 64, sp = 0;
    Frame *st = xmalloc(sizeof(Frame) * (size_t)cap);
    pm_put(seen, b, b);
    st[sp++] = (Frame){b, 0};
    while (sp > 0) {
        Frame *fr = &st[sp - 1];
        IRInstr *term = fr->b->instrs.len ? VEC_AT(fr->b->instrs, fr->b->instrs.len - 1) : NULL;
        int nsucc = !term ? 0 : term->op == IR_JUMP ? 1 : term->op == IR_BRANCH ? 2 : 0;
        if (fr->next < nsucc) {
            IRBlock *s = term->succ[fr->next++];
            if (s && !pm_get(seen, s)) {
                pm_put(seen, s, s);
                if (sp == cap) st = xrealloc(st, sizeof(Frame) * (size_t)(cap *= 2));
                st[sp++] = (Frame){s, 0};
            }
        } else {
            vec_push(out, fr->b);
            sp--;
        }
    }
    free(st);
    (void)cg;
}

void cg_func_body(CG *cg, IRFunc *f) {
    cg->fn = f;
    cg->llfn = cg_func_decl(cg, f);
    pm_free(&cg->values);
    pm_free(&memory_values);
    cg_debug_begin(cg, f);
    LLVMBasicBlockRef allocas = LLVMAppendBasicBlockInContext(cg->ctx, cg->llfn, "allocas");
    for (int i = 0; i < f->blocks.len; i++) {
        IRBlock *b = VEC_AT(f->blocks, i);
        char *name = xsprintf("%s%d", b->name ? b->name : "b", b->id);
        pm_put(&cg->values, b, LLVMAppendBasicBlockInContext(cg->ctx, cg->llfn, name));
        free(name);
    }
    LLVMPositionBuilderAtEnd(cg->b, allocas);
    LLVMValueRef br = LLVMBuildBr(cg->b, pm_get(&cg->values, VEC_AT(f->blocks, 0)));
    LLVMPositionBuilderBefore(cg->ab, br);

    PtrMap seen = {0};
    Vec order = {0};
    postorder(cg, VEC_AT(f->blocks, 0), &seen, &order);
    for (int i = order.len - 1; i >= 0; i--) {
        IRBlock *b = VEC_AT(order, i);
        LLVMPositionBuilderAtEnd(cg->b, pm_get(&cg->values, b));
        IRInstr *last = NULL;
        for (int j = 0; j < b->instrs.len; j++) {
            last = VEC_AT(b->instrs, j);
            cg_debug_pos(cg, last->pos);
            emit_instr(cg, last);
            if (ir_is_terminator(last->op)) break; /* anything after it is dead */
        }
        if (!last || !ir_is_terminator(last->op)) {
            cg_ice(cg, "block %d has no terminator", b->id);
            LLVMBuildUnreachable(cg->b);
        }
    }
    for (int i = 0; i < f->blocks.len; i++) {
        IRBlock *b = VEC_AT(f->blocks, i);
        if (pm_get(&seen, b)) continue;
        LLVMPositionBuilderAtEnd(cg->b, pm_get(&cg->values, b));
        LLVMBuildUnreachable(cg->b);
    }
    pm_free(&seen);
    free(order.data);
    cg_debug_end(cg);
}
