/* inline_clone.c — the inlining transformation on golc's IR.
 *
 * At `v = call f(args)` in block B (or `v = callind fv(args)` whose target f is known, with
 * PARAM -1, the closure environment, given by the caller) the caller becomes:
 *     B:    ... (instructions before the call) [result slots] ; jump f.entry'
 *     f's blocks, cloned: PARAM i ↦ args[i]; `ret xs` ↦ (store slots ←) jump C
 *     C:    (load slots / make tuple) ; the rest of B, uses of v replaced
 * A callee with a single `ret` hands its results over directly (the ret's block dominates C);
 * with several, through ALLOC_TEMP slots allocated in B. Cloned ALLOCs keep kind, site and var
 * and take the call's position, as gc reports an inlined allocation at the call site, and the
 * call site's loop depth is added to theirs (escape analysis compares depths within a
 * function). Cloned blocks are placed right after B so that every definition still comes
 * before its uses in block order (codegen emits blocks in order). */
#include "inline_internal.h"

#include <string.h>

void inline_renumber(IRFunc *f)
{
    for (int i = 0; i < f->blocks.len; i++)
        ((IRBlock *)f->blocks.data[i])->id = i;
}

static int nsuccs(IRInstr *t)
{
    return t->op == IR_JUMP ? 1 : t->op == IR_BRANCH ? 2 : 0;
}

/* Natural loops from DFS back edges: a block's depth is the number of loop headers whose loop
 * body contains it. Structured Go code gives the syntactic loop nesting lowering counted. */
int *inline_block_depths(IRFunc *f)
{
    inline_renumber(f);
    int n = f->blocks.len;
    int *depth = xcalloc(n ? n : 1, sizeof *depth);
    if (n == 0)
        return depth;
    /* predecessors */
    int *npred = xcalloc(n, sizeof *npred);
    int **preds = xcalloc(n, sizeof *preds);
    for (int i = 0; i < n; i++) {
        IRBlock *b = f->blocks.data[i];
        IRInstr *t = b->instrs.len ? b->instrs.data[b->instrs.len - 1] : NULL;
        for (int s = 0; t && s < nsuccs(t); s++) {
            int d = t->succ[s]->id;
            preds[d] = xrealloc(preds[d], (npred[d] + 1) * sizeof(int));
            preds[d][npred[d]++] = i;
        }
    }
    /* iterative DFS for back edges */
    char *state = xcalloc(n, 1);    /* 0 new, 1 on stack, 2 done */
    int *stack = xcalloc(n, sizeof *stack), *next = xcalloc(n, sizeof *next);
    char *header = xcalloc(n, 1);
    int *inloop = xcalloc(n, sizeof *inloop);
    int *work = xcalloc(n, sizeof *work);
    int sp = 0;
    stack[sp++] = 0;
    state[0] = 1;
    while (sp > 0) {
        int b = stack[sp - 1];
        IRBlock *blk = f->blocks.data[b];
        IRInstr *t = blk->instrs.len ? blk->instrs.data[blk->instrs.len - 1] : NULL;
        if (t && next[b] < nsuccs(t)) {
            int s = t->succ[next[b]++]->id;
            if (state[s] == 0) {
                state[s] = 1;
                stack[sp++] = s;
            } else if (state[s] == 1) {
                header[s] = 1;
            }
            continue;
        }
        state[b] = 2;
        sp--;
    }
    /* for each header: the blocks that reach one of its back-edge sources without passing
     * the header (the back-edge sources are its predecessors dominated... approximated by
     * predecessors that the header reaches) */
    for (int h = 0; h < n; h++) {
        if (!header[h])
            continue;
        /* blocks reachable from h */
        char *reach = xcalloc(n, 1);
        int wn = 0;
        work[wn++] = h;
        reach[h] = 1;
        while (wn > 0) {
            IRBlock *blk = f->blocks.data[work[--wn]];
            IRInstr *t = blk->instrs.len ? blk->instrs.data[blk->instrs.len - 1] : NULL;
            for (int s = 0; t && s < nsuccs(t); s++) {
                int d = t->succ[s]->id;
                if (!reach[d]) {
                    reach[d] = 1;
                    work[wn++] = d;
                }
            }
        }
        /* body: backwards from the latches (preds of h reachable from h), staying in reach */
        memset(inloop, 0, n * sizeof *inloop);
        inloop[h] = 1;
        wn = 0;
        for (int p = 0; p < npred[h]; p++)
            if (reach[preds[h][p]] && !inloop[preds[h][p]]) {
                inloop[preds[h][p]] = 1;
                work[wn++] = preds[h][p];
            }
        while (wn > 0) {
            int b = work[--wn];
            for (int p = 0; p < npred[b]; p++) {
                int q = preds[b][p];
                if (!inloop[q] && reach[q]) {
                    inloop[q] = 1;
                    work[wn++] = q;
                }
            }
        }
        for (int b = 0; b < n; b++)
            if (inloop[b])
                depth[b]++;
    }
    return depth;
}

static IRInstr *mapped(IRFunc *callee, IRInstr **map, IRInstr *v)
{
    if (!v || !v->block || v->block->func != callee)
        return v;      /* free values are shared by every function; caller values stay */
    return map[v->id] ? map[v->id] : v;
}

int inline_call_site(IRFunc *caller, int bi, IRInstr *call, IRFunc *callee, IRInstr *env,
                     int call_depth)
{
    int first_arg = call->op == IR_CALLIND ? 1 : 0;  /* CALLIND: args[0] is the func value */
    inline_renumber(callee);
    IRBlock *B = caller->blocks.data[bi];
    int k = 0;
    while (B->instrs.data[k] != call)
        k++;
    int nres = callee->nresults;
    int nrets = 0;
    for (int i = 0; i < callee->blocks.len; i++) {
        IRBlock *b = callee->blocks.data[i];
        IRInstr *t = b->instrs.data[b->instrs.len - 1];
        if (t->op == IR_RET)
            nrets++;
    }
    /* the rest of B moves to the continuation */
    Vec rest = {0};
    for (int i = k + 1; i < B->instrs.len; i++)
        vec_push(&rest, B->instrs.data[i]);
    B->instrs.len = k;

    IRInstr **slots = NULL;
    if (nres > 0 && nrets > 1) {
        slots = xcalloc(nres, sizeof *slots);
        for (int r = 0; r < nres; r++) {
            IRInstr *a = ir_instr_new(IR_ALLOC, type_pointer(callee->result_types[r]), call->pos);
            a->alloc_kind = ALLOC_TEMP;
            a->elem = callee->result_types[r];
            a->loop_depth = call_depth;
            slots[r] = ir_append(B, a);
        }
    }
    IRBlock *C = xcalloc(1, sizeof *C);
    C->name = "inl.cont";
    C->func = caller;

    int nb = callee->blocks.len;
    IRBlock **cl = xcalloc(nb, sizeof *cl);
    for (int i = 0; i < nb; i++) {
        IRBlock *src = callee->blocks.data[i];
        cl[i] = xcalloc(1, sizeof *cl[i]);
        cl[i]->name = src->name && src->name[0] ? src->name : "inl";
        cl[i]->func = caller;
    }
    IRInstr *j = ir_instr_new(IR_JUMP, NULL, call->pos);
    j->succ[0] = cl[0];
    ir_append(B, j);

    IRInstr **map = xcalloc(callee->nvalues + 1, sizeof *map);
    IRInstr **results = NULL;       /* the single ret's operands (cloned) */
    Vec copies = {0};
    for (int i = 0; i < nb; i++) {
        IRBlock *src = callee->blocks.data[i];
        for (int ii = 0; ii < src->instrs.len; ii++) {
            IRInstr *in = src->instrs.data[ii];
            if (in->op == IR_PARAM) {
                map[in->id] = in->index < 0 ? env : call->args[first_arg + in->index];
                continue;
            }
            if (in->op == IR_RET) {
                if (nres > 0 && nrets == 1) {
                    results = in->args;     /* mapped after every copy exists */
                } else if (nres > 0) {
                    for (int r = 0; r < nres; r++) {
                        IRInstr *s = ir_instr_new(IR_STORE, NULL, in->pos);
                        ir_set_args(s, 2, slots[r], in->args[r]);
                        vec_push(&copies, ir_append(cl[i], s));
                    }
                }
                IRInstr *jc = ir_instr_new(IR_JUMP, NULL, in->pos);
                jc->succ[0] = C;
                ir_append(cl[i], jc);
                continue;
            }
            IRInstr *c = xmalloc(sizeof *c);
            *c = *in;
            c->cg = c->esc = NULL;
            if (in->nargs) {
                c->args = xcalloc(in->nargs, sizeof *c->args);
                memcpy(c->args, in->args, in->nargs * sizeof *c->args);
            }
            for (int s = 0; s < nsuccs(in); s++)
                c->succ[s] = cl[in->succ[s]->id];
            c->inl_pos = call->inl_pos.line ? call->inl_pos : call->pos;
            if (in->op == IR_ALLOC || in->op == IR_CALL || in->op == IR_CALLIND)
                c->loop_depth = in->loop_depth + call_depth;
            if ((in->op == IR_ALLOC || (in->op == IR_CALLRT && in->alloc_kind == ALLOC_APPEND)) &&
                in->pos.file != 0)
                c->pos = c->inl_pos;
            c->block = NULL;
            ir_append(cl[i], c);
            map[in->id] = c;
            vec_push(&copies, c);
        }
    }
    for (int i = 0; i < copies.len; i++) {
        IRInstr *c = copies.data[i];
        for (int a = 0; a < c->nargs; a++)
            c->args[a] = mapped(callee, map, c->args[a]);
    }

    /* the continuation: results first, then the rest of B */
    IRInstr *repl = NULL;
    if (nres > 0) {
        IRInstr **vals = xcalloc(nres, sizeof *vals);
        for (int r = 0; r < nres; r++) {
            if (results) {
                vals[r] = mapped(callee, map, results[r]);
            } else {
                IRInstr *l = ir_instr_new(IR_LOAD, callee->result_types[r], call->pos);
                ir_set_args(l, 1, slots[r]);
                vals[r] = ir_append(C, l);
            }
        }
        if (nres == 1) {
            repl = vals[0];
        } else {
            repl = ir_instr_new(IR_MAKE, call->type, call->pos);
            repl->args = vals;
            repl->nargs = nres;
            ir_append(C, repl);
        }
    }
    for (int i = 0; i < rest.len; i++) {
        IRInstr *in = rest.data[i];
        in->block = C;
        vec_push(&C->instrs, in);
    }
    /* block order: ..., B, cloned blocks, C, ... */
    Vec blocks = {0};
    for (int i = 0; i <= bi; i++)
        vec_push(&blocks, caller->blocks.data[i]);
    for (int i = 0; i < nb; i++)
        vec_push(&blocks, cl[i]);
    vec_push(&blocks, C);
    int cont = blocks.len - 1;
    for (int i = bi + 1; i < caller->blocks.len; i++)
        vec_push(&blocks, caller->blocks.data[i]);
    caller->blocks = blocks;
    inline_renumber(caller);
    if (repl)
        for (int i = 0; i < caller->blocks.len; i++) {
            IRBlock *b = caller->blocks.data[i];
            for (int ii = 0; ii < b->instrs.len; ii++) {
                IRInstr *in = b->instrs.data[ii];
                for (int a = 0; a < in->nargs; a++)
                    if (in->args[a] == call)
                        in->args[a] = repl;
            }
        }
    return cont;
}
