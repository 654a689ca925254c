/* inline_internal.h — the pieces of escape/'s inliner (inline.c drives them).
 *
 *  - inline_cost.c: whether a function may be inlined at all and what its body costs, in an
 *    instruction-count model calibrated to agree with gc's 80-node budget on small functions.
 *  - inline_clone.c: the transformation — a callee's blocks cloned into a caller at a static
 *    call, and the loop depth of every block (cloned ALLOCs need the call site's depth).
 *  - inline_closure.c: the target of a call through a func value the caller builds itself. */
#ifndef GOLC_ESCAPE_INLINE_INTERNAL_H
#define GOLC_ESCAPE_INLINE_INTERNAL_H

#include "escape_internal.h"

#define INLINE_BUDGET 80          /* gc's inlineMaxBudget */
#define INLINE_CALLED_ONCE_BUDGET 800 /* gc's budget for a closure called once */
#define INLINE_CLOSURE_COST 15    /* gc's charge for a func literal in a body */
#define INLINE_CALL_COST 57       /* gc's inlineExtraCallCost: a call that stays a call */
#define INLINE_BIG_CALLER 5000    /* gc's inlineBigFunctionNodes: past this size ... */
#define INLINE_BIG_MAX_COST 20    /* ... only callees this cheap are inlined */
#define INLINE_HARD_LIMIT 20000   /* never grow a caller beyond this many instructions */

/* inline_cost.c */
/* Why a function can never be inlined (NULL: it may be, if cheap enough). */
const char *inline_refusal(IRFunc *f);
/* The cost of f's body; calls to inlinable functions cost the callee's cost. */
int inline_cost(IRFunc *f);
/* What f's cost may be at most for f to be inlinable (a closure's calls past gc's 80 are
 * inlined only where the closure is called once: inline_closure_fits). */
int inline_budget(IRFunc *f);
/* Whether a call of closure/func value `env` in f, calling g, may be inlined for its cost. */
bool inline_closure_fits(IRFunc *f, IRFunc *g, IRInstr *env);
int inline_instr_count(IRFunc *f);
/* `//go:noinline` in the comment lines right above the function's declaration. */
bool inline_has_noinline(IRFunc *f);

/* inline_clone.c */
/* Loop depth of every block of f, indexed by block id (ids are renumbered to indices first). */
int *inline_block_depths(IRFunc *f);
/* Replaces `call` (an IR_CALL, or an IR_CALLIND whose target is callee, in caller, in block at
 * index bi) by a copy of callee's body; callee's PARAM -1 becomes env. Returns the index of
 * the continuation block (the rest of the call's block). */
int inline_call_site(IRFunc *caller, int bi, IRInstr *call, IRFunc *callee, IRInstr *env,
                     int call_depth);
void inline_renumber(IRFunc *f);

#endif
