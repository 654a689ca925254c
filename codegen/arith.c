/* arith.c — arithmetic, comparison and conversion with Go's semantics, not C's or LLVM's.
 *
 * Integer ops carry no nsw/nuw (Go wraps). Division checks for zero and computes
 * MinInt / -1 == MinInt, MinInt % -1 == 0 without executing the trapping sdiv. Shifts give 0
 * (or the sign) for counts ≥ the width and panic for negative signed counts. Float → int
 * conversion reproduces what gc's code does on each target for out-of-range values and NaN
 * (it is implementation-defined in Go, but programs print it):
 *   amd64: CVTTSD2SQ/CVTTSD2SL yield the "integer indefinite" (MinInt64 / MinInt32);
 *          int8/16, uint8/16 go through int32; uint32 through int64; uint64 converts
 *          f < 2^63 directly and otherwise (f - 2^63) with the top bit set.
 *   arm64: FCVTZS/FCVTZU saturate and give 0 for NaN (llvm.fpto[su]i.sat); same width
 *          routing as amd64 (small types through int32, uint32 through int64).
 * Complex multiply and divide of complex64 are done in float64 and rounded, as gc does;
 * division uses Smith's algorithm. */
#include <stdlib.h>
#include <string.h>

#include "codegen_internal.h"

static LLVMValueRef ci(LLVMTypeRef t, int64_t v) { return LLVMConstInt(t, (uint64_t)v, true); }
static bool is_const(IRInstr *in) { return in && in->op == IR_CONST; }

static LLVMValueRef intrinsic(CG *cg, const char *name, LLVMTypeRef *ovl, int novl, LLVMValueRef *args, int nargs) {
    unsigned id = LLVMLookupIntrinsicID(name, strlen(name));
    LLVMValueRef fn = LLVMGetIntrinsicDeclaration(cg->mod, id, ovl, (size_t)novl);
    LLVMTypeRef ft = LLVMIntrinsicGetType(cg->ctx, id, ovl, (size_t)novl);
    return LLVMBuildCall2(cg->b, ft, fn, args, (unsigned)nargs, "");
}

/* ---- complex helpers ---- */
static LLVMValueRef cre(CG *cg, LLVMValueRef c) { return LLVMBuildExtractValue(cg->b, c, 0, ""); }
static LLVMValueRef cim(CG *cg, LLVMValueRef c) { return LLVMBuildExtractValue(cg->b, c, 1, ""); }
static LLVMValueRef cmake(CG *cg, LLVMTypeRef ty, LLVMValueRef re, LLVMValueRef im) {
    LLVMValueRef agg = LLVMBuildInsertValue(cg->b, LLVMGetUndef(ty), re, 0, "");
    return LLVMBuildInsertValue(cg->b, agg, im, 1, "");
}

static LLVMValueRef complex_binop(CG *cg, Tok op, LLVMTypeRef ty, LLVMValueRef x, LLVMValueRef y) {
    LLVMBuilderRef b = cg->b;
    LLVMValueRef a = cre(cg, x), bb = cim(cg, x), c = cre(cg, y), d = cim(cg, y);
    if (op == TK_ADD) return cmake(cg, ty, LLVMBuildFAdd(b, a, c, ""), LLVMBuildFAdd(b, bb, d, ""));
    if (op == TK_SUB) return cmake(cg, ty, LLVMBuildFSub(b, a, c, ""), LLVMBuildFSub(b, bb, d, ""));
    bool narrow = LLVMTypeOf(a) == cg->f32;
    if (narrow) {
        a = LLVMBuildFPExt(b, a, cg->f64, ""); bb = LLVMBuildFPExt(b, bb, cg->f64, "");
        c = LLVMBuildFPExt(b, c, cg->f64, ""); d = LLVMBuildFPExt(b, d, cg->f64, "");
    }
    LLVMValueRef re, im;
    if (op == TK_MUL) {
        re = LLVMBuildFSub(b, LLVMBuildFMul(b, a, c, ""), LLVMBuildFMul(b, bb, d, ""), "");
        im = LLVMBuildFAdd(b, LLVMBuildFMul(b, a, d, ""), LLVMBuildFMul(b, bb, c, ""), "");
    } else { /* TK_QUO: Smith (1962), choosing the branch by |c| >= |d| */
        LLVMValueRef ac = intrinsic(cg, "llvm.fabs", &cg->f64, 1, &c, 1);
        LLVMValueRef ad = intrinsic(cg, "llvm.fabs", &cg->f64, 1, &d, 1);
        LLVMValueRef first = LLVMBuildFCmp(b, LLVMRealOGE, ac, ad, "");
        /* branch 1: r = d/c, den = c + r*d, e = (a + b*r)/den, f = (b - a*r)/den */
        LLVMValueRef r1 = LLVMBuildFDiv(b, d, c, "");
        LLVMValueRef den1 = LLVMBuildFAdd(b, c, LLVMBuildFMul(b, r1, d, ""), "");
        LLVMValueRef e1 = LLVMBuildFDiv(b, LLVMBuildFAdd(b, a, LLVMBuildFMul(b, bb, r1, ""), ""), den1, "");
        LLVMValueRef f1 = LLVMBuildFDiv(b, LLVMBuildFSub(b, bb, LLVMBuildFMul(b, a, r1, ""), ""), den1, "");
        /* branch 2: r = c/d, den = d + r*c, e = (a*r + b)/den, f = (b*r - a)/den */
        LLVMValueRef r2 = LLVMBuildFDiv(b, c, d, "");
        LLVMValueRef den2 = LLVMBuildFAdd(b, d, LLVMBuildFMul(b, r2, c, ""), "");
        LLVMValueRef e2 = LLVMBuildFDiv(b, LLVMBuildFAdd(b, LLVMBuildFMul(b, a, r2, ""), bb, ""), den2, "");
        LLVMValueRef f2 = LLVMBuildFDiv(b, LLVMBuildFSub(b, LLVMBuildFMul(b, bb, r2, ""), a, ""), den2, "");
        re = LLVMBuildSelect(b, first, e1, e2, "");
        im = LLVMBuildSelect(b, first, f1, f2, "");
    }
    if (narrow) {
        re = LLVMBuildFPTrunc(b, re, cg->f32, "");
        im = LLVMBuildFPTrunc(b, im, cg->f32, "");
    }
    return cmake(cg, ty, re, im);
}

/* gc on arm64 fuses a multiply feeding an add or subtract into FMADD/FMSUB/FNMSUB, even
 * across statements (Go's spec allows it; amd64's baseline has no FMA, so gc never fuses
 * there). The "contract" flag lets LLVM's backend make the same fusions on arm64 only. */
static LLVMValueRef contract(CG *cg, LLVMValueRef v) {
    if (cg->is_arm64 && LLVMCanValueUseFastMathFlags(v)) LLVMSetFastMathFlags(v, LLVMFastMathAllowContract);
    return v;
}

/* ---- integer division and shifts ---- */
static LLVMValueRef int_div(CG *cg, IRInstr *in, LLVMValueRef x, LLVMValueRef y) {
    LLVMBuilderRef b = cg->b;
    LLVMTypeRef ty = LLVMTypeOf(x);
    IRInstr *yi = in->args[1];
    bool known_nonzero = is_const(yi) && yi->cv && yi->cv->kind == CV_INT && !bi_is_zero(yi->cv->i);
    if (!known_nonzero) {
        LLVMValueRef ok = LLVMBuildICmp(b, LLVMIntNE, y, LLVMConstNull(ty), "");
        cg_check(cg, ok, "gort_panic_divide", NULL, 0);
    }
    bool quo = in->op2 == TK_QUO;
    if (!cg_is_signed(in->type))
        return quo ? LLVMBuildUDiv(b, x, y, "") : LLVMBuildURem(b, x, y, "");
    /* x / -1 is -x (wrapping) and x % -1 is 0; sdiv would trap on MinInt / -1. */
    LLVMValueRef m1 = LLVMBuildICmp(b, LLVMIntEQ, y, ci(ty, -1), "");
    LLVMValueRef ys = LLVMBuildSelect(b, m1, ci(ty, 1), y, "");
    if (quo) return LLVMBuildSelect(b, m1, LLVMBuildSub(b, LLVMConstNull(ty), x, ""), LLVMBuildSDiv(b, x, ys, ""), "");
    return LLVMBuildSelect(b, m1, LLVMConstNull(ty), LLVMBuildSRem(b, x, ys, ""), "");
}

static LLVMValueRef int_shift(CG *cg, IRInstr *in, LLVMValueRef x, LLVMValueRef y) {
    LLVMBuilderRef b = cg->b;
    LLVMTypeRef ty = LLVMTypeOf(x);
    unsigned w = LLVMGetIntTypeWidth(ty);
    IRInstr *yi = in->args[1];
    LLVMTypeRef yty = LLVMTypeOf(y);
    if (cg_is_signed(yi->type) && !is_const(yi)) {
        LLVMValueRef ok = LLVMBuildICmp(b, LLVMIntSGE, y, LLVMConstNull(yty), "");
        cg_check(cg, ok, "gort_panic_shift", NULL, 0);
    }
    /* Count is non-negative now: widen it unsigned to compare against the width. */
    LLVMValueRef y64 = LLVMGetIntTypeWidth(yty) < 64 ? LLVMBuildZExt(b, y, cg->i64, "") : y;
    LLVMValueRef big = LLVMBuildICmp(b, LLVMIntUGE, y64, ci(cg->i64, w), "");
    LLVMValueRef amt64 = LLVMBuildSelect(b, big, ci(cg->i64, w - 1), y64, "");
    LLVMValueRef amt = w < 64 ? LLVMBuildTrunc(b, amt64, ty, "") : amt64;
    if (in->op2 == TK_SHL) return LLVMBuildSelect(b, big, LLVMConstNull(ty), LLVMBuildShl(b, x, amt, ""), "");
    if (cg_is_signed(in->type)) return LLVMBuildAShr(b, x, amt, ""); /* amt = w-1 fills with the sign */
    return LLVMBuildSelect(b, big, LLVMConstNull(ty), LLVMBuildLShr(b, x, amt, ""), "");
}

LLVMValueRef cg_binop(CG *cg, IRInstr *in) {
    LLVMBuilderRef b = cg->b;
    LLVMValueRef x = cg_value(cg, in->args[0]), y = cg_value(cg, in->args[1]);
    Tok op = in->op2;
    Type *t = in->type;
    if (cg_is_complex(t)) {
        if (op == TK_ADD || op == TK_SUB || op == TK_MUL || op == TK_QUO)
            return complex_binop(cg, op, cg_type(cg, t), x, y);
    } else if (cg_is_float(t)) {
        switch (op) {
        case TK_ADD: return contract(cg, LLVMBuildFAdd(b, x, y, ""));
        case TK_SUB: return contract(cg, LLVMBuildFSub(b, x, y, ""));
        case TK_MUL: return contract(cg, LLVMBuildFMul(b, x, y, ""));
        case TK_QUO: return LLVMBuildFDiv(b, x, y, "");
        default: break;
        }
    } else if (LLVMGetTypeKind(LLVMTypeOf(x)) == LLVMIntegerTypeKind) {
        switch (op) {
        case TK_ADD: return LLVMBuildAdd(b, x, y, "");
        case TK_SUB: return LLVMBuildSub(b, x, y, "");
        case TK_MUL: return LLVMBuildMul(b, x, y, "");
        case TK_AND: return LLVMBuildAnd(b, x, y, "");
        case TK_OR: return LLVMBuildOr(b, x, y, "");
        case TK_XOR: return LLVMBuildXor(b, x, y, "");
        case TK_AND_NOT: return LLVMBuildAnd(b, x, LLVMBuildNot(b, y, ""), "");
        case TK_QUO: case TK_REM: return int_div(cg, in, x, y);
        case TK_SHL: case TK_SHR: return int_shift(cg, in, x, y);
        default: break;
        }
    }
    cg_ice(cg, "binary operator %d on this type", (int)op);
    return LLVMGetUndef(cg_type(cg, t));
}

LLVMValueRef cg_unop(CG *cg, IRInstr *in) {
    LLVMBuilderRef b = cg->b;
    LLVMValueRef x = cg_value(cg, in->args[0]);
    Type *t = in->type;
    switch (in->op2) {
    case TK_SUB:
        if (cg_is_complex(t))
            return cmake(cg, cg_type(cg, t), LLVMBuildFNeg(b, cre(cg, x), ""), LLVMBuildFNeg(b, cim(cg, x), ""));
        if (cg_is_float(t)) return LLVMBuildFNeg(b, x, "");
        return LLVMBuildSub(b, LLVMConstNull(LLVMTypeOf(x)), x, "");
    case TK_ADD: return x;
    case TK_XOR: return LLVMBuildNot(b, x, "");
    case TK_NOT: return LLVMBuildXor(b, x, LLVMConstInt(LLVMTypeOf(x), 1, false), "");
    default:
        cg_ice(cg, "unary operator %d", (int)in->op2);
        return x;
    }
}

/* ---- equality ---- */

static LLVMValueRef and1(CG *cg, LLVMValueRef a, LLVMValueRef b) { return a ? LLVMBuildAnd(cg->b, a, b, "") : b; }

static LLVMValueRef string_eq(CG *cg, LLVMValueRef a, LLVMValueRef b) {
    LLVMBuilderRef bd = cg->b;
    LLVMValueRef la = LLVMBuildExtractValue(bd, a, 1, ""), lb = LLVMBuildExtractValue(bd, b, 1, "");
    LLVMValueRef pa = LLVMBuildExtractValue(bd, a, 0, ""), pb = LLVMBuildExtractValue(bd, b, 0, "");
    LLVMValueRef leneq = LLVMBuildICmp(bd, LLVMIntEQ, la, lb, "");
    /* memcmp only for equal, non-zero lengths: empty strings may have nil pointers. */
    LLVMValueRef need = LLVMBuildAnd(bd, leneq, LLVMBuildICmp(bd, LLVMIntNE, la, LLVMConstNull(cg->i64), ""), "");
    LLVMBasicBlockRef from = LLVMGetInsertBlock(bd);
    LLVMBasicBlockRef cmp = LLVMAppendBasicBlockInContext(cg->ctx, cg->llfn, "streq.cmp");
    LLVMBasicBlockRef done = LLVMAppendBasicBlockInContext(cg->ctx, cg->llfn, "streq.done");
    LLVMBuildCondBr(bd, need, cmp, done);
    LLVMPositionBuilderAtEnd(bd, cmp);
    LLVMValueRef args[3] = {pa, pb, la};
    LLVMValueRef r = cg_call_c(cg, "memcmp", cg->i32, args, 3);
    LLVMValueRef eq = LLVMBuildICmp(bd, LLVMIntEQ, r, LLVMConstNull(cg->i32), "");
    LLVMBasicBlockRef cmp_end = LLVMGetInsertBlock(bd);
    LLVMBuildBr(bd, done);
    LLVMPositionBuilderAtEnd(bd, done);
    LLVMValueRef phi = LLVMBuildPhi(bd, cg->i1, "");
    LLVMValueRef vals[2] = {leneq, eq};
    LLVMBasicBlockRef bbs[2] = {from, cmp_end};
    LLVMAddIncoming(phi, vals, bbs, 2);
    return phi;
}

/* The dynamic type of a non-empty interface: its itab's first word, or nil. */
static LLVMValueRef itab_type(CG *cg, LLVMValueRef w) {
    LLVMBuilderRef bd = cg->b;
    LLVMBasicBlockRef from = LLVMGetInsertBlock(bd);
    LLVMBasicBlockRef load = LLVMAppendBasicBlockInContext(cg->ctx, cg->llfn, "itab.type");
    LLVMBasicBlockRef done = LLVMAppendBasicBlockInContext(cg->ctx, cg->llfn, "itab.done");
    LLVMBuildCondBr(bd, LLVMBuildICmp(bd, LLVMIntEQ, w, LLVMConstNull(cg->ptr), ""), done, load);
    LLVMPositionBuilderAtEnd(bd, load);
    LLVMValueRef t = LLVMBuildLoad2(bd, cg->ptr, w, "");
    LLVMBuildBr(bd, done);
    LLVMPositionBuilderAtEnd(bd, done);
    LLVMValueRef phi = LLVMBuildPhi(bd, cg->ptr, "");
    LLVMValueRef vals[2] = {LLVMConstNull(cg->ptr), t};
    LLVMBasicBlockRef bbs[2] = {from, load};
    LLVMAddIncoming(phi, vals, bbs, 2);
    return phi;
}

/* Interfaces are equal when their dynamic types match and, if non-nil, the runtime finds the
 * dynamic values equal (it knows how to compare each type and panics for uncomparable ones).
 * Non-empty interfaces compare the types their itabs name, not the itabs: two interface
 * types with the same methods have different itabs for one dynamic type. */
static LLVMValueRef iface_eq(CG *cg, Type *t, LLVMValueRef a, LLVMValueRef b) {
    LLVMBuilderRef bd = cg->b;
    LLVMValueRef ta = LLVMBuildExtractValue(bd, a, 0, ""), tb = LLVMBuildExtractValue(bd, b, 0, "");
    if (cg_under(t)->nimethods > 0) {
        ta = itab_type(cg, ta);
        tb = itab_type(cg, tb);
    }
    LLVMValueRef teq = LLVMBuildICmp(bd, LLVMIntEQ, ta, tb, "");
    LLVMValueRef need = LLVMBuildAnd(bd, teq, LLVMBuildICmp(bd, LLVMIntNE, ta, LLVMConstNull(cg->ptr), ""), "");
    LLVMBasicBlockRef from = LLVMGetInsertBlock(bd);
    LLVMBasicBlockRef slow = LLVMAppendBasicBlockInContext(cg->ctx, cg->llfn, "ifaceeq.data");
    LLVMBasicBlockRef done = LLVMAppendBasicBlockInContext(cg->ctx, cg->llfn, "ifaceeq.done");
    LLVMBuildCondBr(bd, need, slow, done);
    LLVMPositionBuilderAtEnd(bd, slow);
    LLVMValueRef args[3] = {ta, LLVMBuildExtractValue(bd, a, 1, ""), LLVMBuildExtractValue(bd, b, 1, "")};
    LLVMValueRef r = cg_call_c(cg, "gort_ifaceeq", cg->i1, args, 3);
    LLVMBasicBlockRef slow_end = LLVMGetInsertBlock(bd);
    LLVMBuildBr(bd, done);
    LLVMPositionBuilderAtEnd(bd, done);
    LLVMValueRef phi = LLVMBuildPhi(bd, cg->i1, "");
    LLVMValueRef vals[2] = {teq, r};
    LLVMBasicBlockRef bbs[2] = {from, slow_end};
    LLVMAddIncoming(phi, vals, bbs, 2);
    return phi;
}

LLVMValueRef cg_equal(CG *cg, Type *t, LLVMValueRef a, LLVMValueRef b) {
    LLVMBuilderRef bd = cg->b;
    Type *u = cg_under(t);
    switch (u->kind) {
    case T_FLOAT32: case T_FLOAT64: case T_UNTYPED_FLOAT:
        return LLVMBuildFCmp(bd, LLVMRealOEQ, a, b, "");
    case T_COMPLEX64: case T_COMPLEX128: case T_UNTYPED_COMPLEX:
        return LLVMBuildAnd(bd, LLVMBuildFCmp(bd, LLVMRealOEQ, cre(cg, a), cre(cg, b), ""),
                            LLVMBuildFCmp(bd, LLVMRealOEQ, cim(cg, a), cim(cg, b), ""), "");
    case T_STRING: case T_UNTYPED_STRING:
        return string_eq(cg, a, b);
    case T_SLICE: /* only ever compared with nil: the pointer word decides */
        return LLVMBuildICmp(bd, LLVMIntEQ, LLVMBuildExtractValue(bd, a, 0, ""), LLVMBuildExtractValue(bd, b, 0, ""), "");
    case T_INTERFACE:
        return iface_eq(cg, t, a, b);
    case T_STRUCT: {
        LLVMValueRef r = NULL;
        for (int i = 0; i < u->nfields; i++) {
            if (u->fields[i].name && strcmp(u->fields[i].name, "_") == 0) continue; /* blank fields are ignored */
            unsigned k = (unsigned)cg_field_index(cg, t, i);
            r = and1(cg, r, cg_equal(cg, u->fields[i].type, LLVMBuildExtractValue(bd, a, k, ""),
                                     LLVMBuildExtractValue(bd, b, k, "")));
        }
        return r ? r : LLVMConstInt(cg->i1, 1, false);
    }
    case T_ARRAY: {
        if (u->len > 1024) {
            cg_unsupported(cg, cg->fn ? cg->fn->pos : (Pos){0}, "comparing arrays of more than 1024 elements");
            return LLVMConstInt(cg->i1, 0, false);
        }
        LLVMValueRef r = NULL;
        for (int64_t i = 0; i < u->len; i++)
            r = and1(cg, r, cg_equal(cg, u->elem, LLVMBuildExtractValue(bd, a, (unsigned)i, ""),
                                     LLVMBuildExtractValue(bd, b, (unsigned)i, "")));
        return r ? r : LLVMConstInt(cg->i1, 1, false);
    }
    default:
        return LLVMBuildICmp(bd, LLVMIntEQ, a, b, ""); /* ints, bools, pointers, maps, chans, funcs */
    }
}

LLVMValueRef cg_cmp(CG *cg, IRInstr *in) {
    LLVMBuilderRef b = cg->b;
    Type *t = in->args[0]->type;
    LLVMValueRef x = cg_value(cg, in->args[0]), y = cg_value(cg, in->args[1]);
    LLVMValueRef r;
    Tok op = in->op2;
    if (op == TK_EQL || op == TK_NEQ) {
        r = cg_equal(cg, t, x, y);
        if (op == TK_NEQ) r = LLVMBuildNot(b, r, "");
    } else if (cg_is_float(t)) {
        LLVMRealPredicate p = op == TK_LSS ? LLVMRealOLT : op == TK_LEQ ? LLVMRealOLE : op == TK_GTR ? LLVMRealOGT : LLVMRealOGE;
        r = LLVMBuildFCmp(b, p, x, y, "");
    } else if (cg_under(t)->kind == T_STRING) {
        LLVMValueRef args[4] = {LLVMBuildExtractValue(b, x, 0, ""), LLVMBuildExtractValue(b, x, 1, ""),
                                LLVMBuildExtractValue(b, y, 0, ""), LLVMBuildExtractValue(b, y, 1, "")};
        LLVMValueRef c = cg_call_c(cg, "gort_strcmp", cg->i64, args, 4);
        LLVMIntPredicate p = op == TK_LSS ? LLVMIntSLT : op == TK_LEQ ? LLVMIntSLE : op == TK_GTR ? LLVMIntSGT : LLVMIntSGE;
        r = LLVMBuildICmp(b, p, c, LLVMConstNull(cg->i64), "");
    } else {
        bool s = cg_is_signed(t);
        LLVMIntPredicate p = op == TK_LSS ? (s ? LLVMIntSLT : LLVMIntULT)
                           : op == TK_LEQ ? (s ? LLVMIntSLE : LLVMIntULE)
                           : op == TK_GTR ? (s ? LLVMIntSGT : LLVMIntUGT)
                                          : (s ? LLVMIntSGE : LLVMIntUGE);
        r = LLVMBuildICmp(b, p, x, y, "");
    }
    return LLVMBuildZExt(b, r, cg->i8, "");
}

LLVMValueRef cg_strcmp(CG *cg, IRInstr *in) {
    LLVMBuilderRef b = cg->b;
    LLVMValueRef x = cg_value(cg, in->args[0]), y = cg_value(cg, in->args[1]);
    LLVMValueRef args[4] = {LLVMBuildExtractValue(b, x, 0, ""), LLVMBuildExtractValue(b, x, 1, ""),
                            LLVMBuildExtractValue(b, y, 0, ""), LLVMBuildExtractValue(b, y, 1, "")};
    LLVMValueRef r = cg_call_c(cg, "gort_strcmp", cg->i64, args, 4);
    LLVMTypeRef rt = cg_type(cg, in->type);
    return rt == cg->i64 ? r : LLVMBuildTrunc(b, r, rt, "");
}

/* ---- conversions ---- */

/* Truncating float64 → int64/int32 as the target's instruction does (see the file comment). */
static LLVMValueRef cvt_signed(CG *cg, LLVMValueRef f, LLVMTypeRef ity) {
    LLVMBuilderRef b = cg->b;
    if (cg->is_arm64) {
        LLVMTypeRef ovl[2] = {ity, cg->f64};
        return intrinsic(cg, "llvm.fptosi.sat", ovl, 2, &f, 1);
    }
    bool w64 = ity == cg->i64;
    double lo = w64 ? -9223372036854775808.0 : -2147483649.0, hi = w64 ? 9223372036854775808.0 : 2147483648.0;
    LLVMValueRef ok = LLVMBuildAnd(b, w64 ? LLVMBuildFCmp(b, LLVMRealOGE, f, LLVMConstReal(cg->f64, lo), "")
                                          : LLVMBuildFCmp(b, LLVMRealOGT, f, LLVMConstReal(cg->f64, lo), ""),
                                   LLVMBuildFCmp(b, LLVMRealOLT, f, LLVMConstReal(cg->f64, hi), ""), "");
    LLVMValueRef indefinite = LLVMConstInt(ity, w64 ? 0x8000000000000000ULL : 0x80000000ULL, false);
    return LLVMBuildSelect(b, ok, LLVMBuildFPToSI(b, f, ity, ""), indefinite, "");
}

static LLVMValueRef cvt_uint64(CG *cg, LLVMValueRef f) {
    LLVMBuilderRef b = cg->b;
    if (cg->is_arm64) {
        LLVMTypeRef ovl[2] = {cg->i64, cg->f64};
        return intrinsic(cg, "llvm.fptoui.sat", ovl, 2, &f, 1);
    }
    LLVMValueRef two63 = LLVMConstReal(cg->f64, 9223372036854775808.0);
    LLVMValueRef small = LLVMBuildFCmp(b, LLVMRealOLT, f, two63, "");
    LLVMValueRef lo = cvt_signed(cg, f, cg->i64);
    LLVMValueRef hi = LLVMBuildOr(b, cvt_signed(cg, LLVMBuildFSub(b, f, two63, ""), cg->i64),
                                  LLVMConstInt(cg->i64, 0x8000000000000000ULL, false), "");
    return LLVMBuildSelect(b, small, lo, hi, "");
}

static LLVMValueRef float_to_int(CG *cg, LLVMValueRef v, Type *dst) {
    LLVMBuilderRef b = cg->b;
    if (LLVMTypeOf(v) == cg->f32) v = LLVMBuildFPExt(b, v, cg->f64, ""); /* exact */
    LLVMTypeRef dty = cg_type(cg, dst);
    unsigned w = LLVMGetIntTypeWidth(dty);
    bool s = cg_is_signed(dst);
    if (w == 64) return s ? cvt_signed(cg, v, cg->i64) : cvt_uint64(cg, v);
    LLVMValueRef r = (w == 32 && !s) ? cvt_signed(cg, v, cg->i64) : cvt_signed(cg, v, cg->i32);
    return LLVMGetIntTypeWidth(LLVMTypeOf(r)) == w ? r : LLVMBuildTrunc(b, r, dty, "");
}

LLVMValueRef cg_convert(CG *cg, IRInstr *in) {
    LLVMBuilderRef b = cg->b;
    Type *src = in->args[0]->type, *dst = in->type;
    LLVMValueRef v = cg_value(cg, in->args[0]);
    LLVMTypeRef sty = LLVMTypeOf(v), dty = cg_type(cg, dst);
    LLVMTypeKind sk = LLVMGetTypeKind(sty), dk = LLVMGetTypeKind(dty);
    bool sfloat = sk == LLVMFloatTypeKind || sk == LLVMDoubleTypeKind;
    bool dfloat = dk == LLVMFloatTypeKind || dk == LLVMDoubleTypeKind;
    if (sty == dty && sfloat == dfloat) return v; /* identical representation */
    if (sk == LLVMIntegerTypeKind && dk == LLVMIntegerTypeKind) {
        unsigned sw = LLVMGetIntTypeWidth(sty), dw = LLVMGetIntTypeWidth(dty);
        if (dw < sw) return LLVMBuildTrunc(b, v, dty, "");
        return cg_is_signed(src) ? LLVMBuildSExt(b, v, dty, "") : LLVMBuildZExt(b, v, dty, "");
    }
    if (sk == LLVMIntegerTypeKind && dfloat)
        return cg_is_signed(src) ? LLVMBuildSIToFP(b, v, dty, "") : LLVMBuildUIToFP(b, v, dty, "");
    if (sfloat && dk == LLVMIntegerTypeKind) return float_to_int(cg, v, dst);
    if (sfloat && dfloat)
        return sk == LLVMFloatTypeKind ? LLVMBuildFPExt(b, v, dty, "") : LLVMBuildFPTrunc(b, v, dty, "");
    if (cg_is_complex(src) && cg_is_complex(dst)) {
        LLVMTypeRef et = LLVMStructGetTypeAtIndex(dty, 0);
        LLVMValueRef re = cre(cg, v), im = cim(cg, v);
        if (et == cg->f64) { re = LLVMBuildFPExt(b, re, et, ""); im = LLVMBuildFPExt(b, im, et, ""); }
        else { re = LLVMBuildFPTrunc(b, re, et, ""); im = LLVMBuildFPTrunc(b, im, et, ""); }
        return cmake(cg, dty, re, im);
    }
    if (sk == LLVMPointerTypeKind && dk == LLVMIntegerTypeKind) return LLVMBuildPtrToInt(b, v, dty, "");
    if (sk == LLVMIntegerTypeKind && dk == LLVMPointerTypeKind) return LLVMBuildIntToPtr(b, v, dty, "");
    cg_ice(cg, "conversion between %s and %s", type_string(src), type_string(dst));
    return LLVMGetUndef(dty);
}
