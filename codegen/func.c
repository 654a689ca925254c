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
    LLVMSetValueName2(LLVMGetParam(fn, 0), "env", 3);
    pm_put(&cg->funcs, f, fn);
    return fn;
}

LLVMValueRef cg_global(CG *cg, IRGlobal *g) {
    LLVMValueRef v = pm_get(&cg->globals, g);
    if (v) return v;
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
    /* A STACK decision with a run-time count is outside the contract; the heap is always safe. */
    if (stack && count && (count->op != IR_CONST || !count->cv || count->cv->kind != CV_INT)) stack = false;
    if (stack) {
        int64_t n = count ? bi_to_int64(count->cv->i) : 1;
        if (n < 0) n = 0;
        LLVMTypeRef ty = count ? LLVMArrayType2(ei->llty, (uint64_t)n) : ei->llty;
        LLVMValueRef slot = cg_entry_alloca(cg, ty, ei->align,
                                            in->var && in->var->name ? in->var->name : "tmp");
        zero_memory(cg, slot, ty, ei->size * n, ei->align);
        return slot;
    }
    LLVMValueRef desc = cg_typedesc(cg, elem);
    if (!count) {
        LLVMValueRef args[2] = {LLVMConstInt(cg->i64, (uint64_t)ei->size, false), desc};
        return cg_call_c(cg, "gort_alloc", cg->ptr, args, 2);
    }
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
    if (in->nargs == 1) {
        LLVMBuildRet(cg->b, cg_value(cg, in->args[0]));
        return;
    }
    LLVMTypeRef rt = LLVMGetReturnType(LLVMGlobalGetValueType(cg->llfn));
    LLVMValueRef agg = LLVMGetUndef(rt);
    for (int i = 0; i < in->nargs; i++) agg = LLVMBuildInsertValue(cg->b, agg, cg_value(cg, in->args[i]), (unsigned)i, "");
    LLVMBuildRet(cg->b, agg);
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
        }
        break;
    case IR_ALLOC: v = emit_alloc(cg, in); break;
    case IR_LOAD: {
        v = LLVMBuildLoad2(cg->b, cg_type(cg, in->type), cg_value(cg, in->args[0]), "");
        LLVMSetAlignment(v, (unsigned)cg_alignof(cg, in->type));
        break;
    }
    case IR_STORE: {
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
}
