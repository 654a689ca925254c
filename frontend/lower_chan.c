/* lower_chan.c — channels, select and go statements (the runtime side is runtime/chan.c,
 * select.c and sched.c; runtime.h documents the entry points).
 *
 *  - make(chan T, n): an ALLOC_MAKECHAN header of GORT_CHAN_WORDS words (escape analysis
 *    always puts it on the heap) initialised by gort_makechan with T's type descriptor.
 *  - Elements travel by address: a send stores the value into an ALLOC_TEMP and passes its
 *    address; a receive passes the address of a temporary and loads it afterwards.
 *  - select: the non-default cases become an array of {chan, elem address, dir} (a temp) in
 *    source order, all channel and send operands evaluated first, in source order (Go's
 *    rule); gort_select returns the index of the case that ran (-1: default) and the
 *    clauses are dispatched on it. A break inside a clause leaves the select.
 *  - go f(args): the call is lowered as usual (so every kind of call — static, method,
 *    interface method, func value, variadic — evaluates its function value, receiver and
 *    arguments right here, as the go statement requires), then the call instruction itself
 *    is moved into a synthesized wrapper "f.gowrapN" that loads them from an ALLOC_DEFER
 *    record { code; arg0; arg1; ... } passed as its env; gort_go(record) starts it. */
#include "lower.h"
#include "runtime/runtime.h"

#include <string.h>

static Node *unparen(Node *e) {
    while (e && e->kind == N_PAREN) e = e->x;
    return e;
}

static bool is_blank(Node *e) {
    e = unparen(e);
    return e && e->kind == N_IDENT && e->name && !strcmp(e->name, "_");
}

static Type *chan_elem(Type *t) {
    Type *u = t ? under(t) : NULL;
    return u && u->kind == T_CHAN ? u->elem : NULL;
}

static IRInstr *as_ptr(Lower *L, IRInstr *v, Pos pos) { return emit_convert(L, v, t_unsafeptr, pos); }

/* ---- make, len, cap, close ------------------------------------------------------------------- */

IRInstr *lower_make_chan(Lower *L, Node *call) {
    Type *t = value_type(call->type);
    Type *elem = chan_elem(t);
    if (!elem) return lower_unsupported(L, call, "this make");
    IRInstr *size = k_int(0);
    if (call->list.len > 1) {
        Node *n = VEC_AT(call->list, 1);
        size = n->mode == MODE_CONST && n->cv ? k_const(t_int, n->cv) : emit_convert(L, lower_expr(L, n), t_int, n->pos);
    }
    Type *words = type_array(t_unsafeptr, GORT_CHAN_WORDS);
    /* no site: gc reports nothing about make(chan) under -m (channels always live on the heap) */
    IRInstr *hdr = emit_alloc(L, ALLOC_MAKECHAN, words, NULL, call->pos, NULL);
    emit_callrt(L, "gort_makechan", NULL, call->pos, 3, hdr, k_typedesc(elem), size);
    return emit_convert(L, hdr, t, call->pos);
}

IRInstr *lower_chan_len(Lower *L, Node *x, bool want_cap, Pos pos) {
    IRInstr *c = as_ptr(L, lower_expr(L, x), pos);
    return emit_callrt(L, want_cap ? "gort_chancap" : "gort_chanlen", t_int, pos, 1, c);
}

void lower_chan_close(Lower *L, Node *call) {
    if (call->list.len != 1) { lower_unsupported(L, call, "this close"); return; }
    Node *x = VEC_AT(call->list, 0);
    emit_callrt(L, "gort_closechan", NULL, call->pos, 1, as_ptr(L, lower_expr(L, x), call->pos));
}

/* ---- send and receive ----------------------------------------------------------------------- */

void lower_send(Lower *L, Node *s) {
    Type *elem = chan_elem(s->x->type);
    if (!elem) { diag_unsupported(s->pos, "this send"); return; }
    IRInstr *c = lower_expr(L, s->x);
    IRInstr *v = lower_expr_to(L, s->y, elem);
    IRInstr *tmp = emit_temp(L, elem, s->pos);
    emit_store(L, tmp, v, s->pos);
    emit_callrt(L, "gort_chansend", NULL, s->pos, 2, as_ptr(L, c, s->pos), as_ptr(L, tmp, s->pos));
}

/* <-x; with ok_out, also whether a value was received (false: closed and drained). */
IRInstr *lower_chan_recv(Lower *L, Node *e, IRInstr **ok_out) {
    Type *elem = chan_elem(e->x->type);
    if (!elem) return lower_unsupported(L, e, "this receive");
    IRInstr *c = lower_expr(L, e->x);
    IRInstr *tmp = emit_temp(L, elem, e->pos);
    IRInstr *ok = emit_callrt(L, "gort_chanrecv", t_bool, e->pos, 2, as_ptr(L, c, e->pos), as_ptr(L, tmp, e->pos));
    if (ok_out) *ok_out = ok;
    return emit_load(L, tmp, elem, e->pos);
}

/* Assigns a received value (or ok) to a range variable / select clause target: a fresh
 * variable with :=, else any assignable expression. */
static void assign_to(Lower *L, bool define, Node *lhs, IRInstr *v, Type *vt) {
    if (!lhs || is_blank(lhs) || !v) return;
    if (define) {
        Obj *o = unparen(lhs)->obj;
        if (!o) return;
        IRInstr *var = emit_var(L, o, lhs->pos);
        emit_store(L, var, lower_conversion(L, v, vt, o->type, lhs->pos, lhs), lhs->pos);
        return;
    }
    Type *lt = unparen(lhs)->type;
    IRInstr *addr = is_map_index(lhs) ? lower_map_slot(L, lower_map_ref(L, lhs)) : lower_addr(L, lhs);
    emit_store(L, addr, lower_conversion(L, v, vt, lt, lhs->pos, lhs), lhs->pos);
}

/* ---- for range over a channel --------------------------------------------------------------- */

void lower_chan_range(Lower *L, Node *s, Node *label) {
    Pos pos = s->pos;
    Type *elem = chan_elem(s->x->type);
    if (!elem) { diag_unsupported(s->x->pos, "this range statement"); return; }
    Node *key = s->op ? s->key : NULL;
    IRInstr *c = as_ptr(L, lower_expr(L, s->x), pos);
    IRBlock *cond = new_block(L, "chanrange.cond"), *body = new_block(L, "chanrange.body"),
            *done = new_block(L, "chanrange.done");
    emit_jump(L, cond, pos);
    L->loop_depth++;
    set_block(L, cond);
    IRInstr *tmp = emit_temp(L, elem, pos);
    IRInstr *ok = emit_callrt(L, "gort_chanrecv", t_bool, pos, 2, c, as_ptr(L, tmp, pos));
    emit_branch(L, ok, body, done, pos);
    set_block(L, body);
    if (key && !is_blank(key)) assign_to(L, s->op == TK_DEFINE, key, emit_load(L, tmp, elem, pos), elem);
    JumpTarget *jt = xcalloc(1, sizeof *jt);
    jt->stmt = s;
    jt->label = label;
    jt->brk = done;
    jt->cont = cond;
    vec_push(&L->targets, jt);
    lower_block(L, s->body);
    vec_pop(&L->targets);
    if (!block_terminated(L->cur)) emit_jump(L, cond, pos);
    L->loop_depth--;
    set_block(L, done);
}

/* ---- select --------------------------------------------------------------------------------- */

enum { SEL_SEND = 1, SEL_RECV = 2 };

static Type *select_case_type(void) {
    Field f[3] = { { .name = "c", .type = t_unsafeptr }, { .name = "elem", .type = t_unsafeptr },
                   { .name = "dir", .type = t_int } };
    Field *fs = xcalloc(3, sizeof(Field));
    memcpy(fs, f, sizeof f);
    return type_struct(fs, 3);
}

typedef struct SelCase {
    Node *clause;
    int dir;            /* 0: default */
    Node *recv;         /* the <-c expression of a receive */
    IRInstr *tmp;       /* element temp (NULL for a receive into nothing) */
    Type *elem;
} SelCase;

static void store_field(Lower *L, IRInstr *rec, Type *st, int i, IRInstr *v, Pos pos) {
    IRInstr *fa = emit1(L, IR_FIELDADDR, type_pointer(under(st)->fields[i].type), pos, rec);
    fa->index = i;
    emit_store(L, fa, v, pos);
}

void lower_select(Lower *L, Node *s) {
    Node *label = L->pending_label;
    L->pending_label = NULL;
    Pos pos = s->pos;
    Vec *clauses = s->body ? &s->body->list : NULL;
    int n = clauses ? clauses->len : 0;
    SelCase *sc = xcalloc(n ? n : 1, sizeof(SelCase));
    int ncomm = 0, dflt = -1;
    Type *ct = select_case_type();
    /* Go: every channel operand and send value is evaluated once, in source order, first */
    IRInstr **chans = xcalloc(n ? n : 1, sizeof(IRInstr *));
    for (int i = 0; i < n; i++) {
        Node *c = VEC_AT(*clauses, i);
        sc[i].clause = c;
        Node *comm = c->init;
        if (!comm) { dflt = i; continue; }
        if (comm->kind == N_SENDSTMT) {
            sc[i].dir = SEL_SEND;
            sc[i].elem = chan_elem(comm->x->type);
            chans[i] = as_ptr(L, lower_expr(L, comm->x), comm->pos);
            IRInstr *v = lower_expr_to(L, comm->y, sc[i].elem);
            sc[i].tmp = emit_temp(L, sc[i].elem, comm->pos);
            emit_store(L, sc[i].tmp, v, comm->pos);
        } else {
            Node *r = NULL;
            if (comm->kind == N_EXPRSTMT) r = unparen(comm->x);
            else if (comm->kind == N_ASSIGN && comm->list2.len == 1) r = unparen(VEC_AT(comm->list2, 0));
            if (!r || r->kind != N_UNARY || r->op != TK_ARROW || !chan_elem(r->x->type)) {
                diag_unsupported(comm->pos, "this select case");
                free(sc);
                free(chans);
                return;
            }
            sc[i].dir = SEL_RECV;
            sc[i].recv = r;
            sc[i].elem = chan_elem(r->x->type);
            chans[i] = as_ptr(L, lower_expr(L, r->x), r->pos);
            sc[i].tmp = emit_temp(L, sc[i].elem, r->pos);
        }
        ncomm++;
    }
    IRInstr *arr = emit_temp(L, type_array(ct, ncomm ? ncomm : 1), pos);
    int *case_of = xcalloc(n ? n : 1, sizeof(int));
    for (int i = 0, k = 0; i < n; i++) {
        if (!sc[i].dir) { case_of[i] = -1; continue; }
        case_of[i] = k;
        IRInstr *slot = emit2(L, IR_INDEXADDR, type_pointer(ct), pos, arr, k_int(k));
        slot->elem = ct;
        store_field(L, slot, ct, 0, chans[i], pos);
        store_field(L, slot, ct, 1, as_ptr(L, sc[i].tmp, pos), pos);
        store_field(L, slot, ct, 2, k_int(sc[i].dir), pos);
        k++;
    }
    IRInstr *okp = emit_temp(L, t_bool, pos);
    IRInstr *first = emit2(L, IR_INDEXADDR, type_pointer(ct), pos, arr, k_int(0));
    first->elem = ct;
    IRInstr *chosen = emit_callrt(L, "gort_select", t_int, pos, 4, first, k_int(ncomm),
                                  k_bool(dflt < 0), okp);
    IRBlock *done = new_block(L, "select.done");
    IRBlock **bodies = xcalloc(n ? n : 1, sizeof(IRBlock *));
    for (int i = 0; i < n; i++) bodies[i] = new_block(L, "select.case");
    for (int i = 0; i < n; i++) {
        IRInstr *cond = emit_cmp(L, TK_EQL, chosen, k_int(case_of[i]), pos);
        IRBlock *next = new_block(L, "select.next");
        emit_branch(L, cond, bodies[i], next, pos);
        set_block(L, next);
    }
    emit0(L, IR_UNREACHABLE, NULL, pos);   /* gort_select returns a case index or -1 */
    JumpTarget *jt = xcalloc(1, sizeof *jt);
    jt->stmt = s;
    jt->label = label;
    jt->brk = done;
    vec_push(&L->targets, jt);
    for (int i = 0; i < n; i++) {
        Node *c = sc[i].clause;
        set_block(L, bodies[i]);
        Node *comm = c->init;
        if (sc[i].dir == SEL_RECV && comm->kind == N_ASSIGN) {
            bool define = comm->op == TK_DEFINE;
            IRInstr *v = emit_load(L, sc[i].tmp, sc[i].elem, comm->pos);
            assign_to(L, define, VEC_AT(comm->list, 0), v, sc[i].elem);
            if (comm->list.len > 1)
                assign_to(L, define, VEC_AT(comm->list, 1), emit_load(L, okp, t_bool, comm->pos), t_bool);
        }
        for (int j = 0; j < c->list2.len; j++) lower_stmt(L, VEC_AT(c->list2, j));
        if (!block_terminated(L->cur)) emit_jump(L, done, c->pos);
    }
    vec_pop(&L->targets);
    set_block(L, done);
    free(bodies);
    free(case_of);
    free(chans);
    free(sc);
}

/* ---- go statements -------------------------------------------------------------------------- */

/* Word 0 of f's static closure record: its code pointer. */
static IRInstr *code_pointer(Lower *L, IRFunc *f, Pos pos) {
    IRInstr *fv = k_funcval(f, f->sig ? f->sig : t_unsafeptr);
    IRInstr *p = emit_convert(L, fv, type_pointer(t_unsafeptr), pos);
    return emit_load(L, p, t_unsafeptr, pos);
}

static const char *wrapper_name(Lower *L) {
    for (int k = 1;; k++) {
        const char *name = xsprintf("%s.gowrap%d", L->fn->name, k);
        bool taken = false;
        for (int i = 0; i < L->ir->funcs.len && !taken; i++)
            taken = !strcmp(((IRFunc *)VEC_AT(L->ir->funcs, i))->name, name);
        if (!taken) return name;
    }
}

/* The wrapper: loads the call's operands from its env (the record) and makes the call. */
static IRFunc *go_wrapper(Lower *L, IRInstr *call, Type *rec_t, Pos pos) {
    IRFunc *f = ir_func_new(L->ir, wrapper_name(L));
    f->sig = type_func(NULL, 0, NULL, 0, false);
    f->pkg = L->pkg;
    f->pos = pos;
    f->param_types = xcalloc(1, sizeof(Type *));
    f->result_types = xcalloc(1, sizeof(Type *));
    Lower saved;
    lower_enter(L, &saved, f);
    IRInstr *env = emit0(L, IR_PARAM, type_pointer(rec_t), pos);
    env->index = -1;
    IRInstr **args = xcalloc(call->nargs + 1, sizeof(IRInstr *));
    for (int i = 0; i < call->nargs; i++) {
        Type *at = under(rec_t)->fields[i + 1].type;
        IRInstr *fa = emit1(L, IR_FIELDADDR, type_pointer(at), pos, env);
        fa->index = i + 1;
        args[i] = emit_load(L, fa, at, pos);
    }
    IRInstr *in = emit(L, call->op, call->type, call->pos, call->nargs, args);
    in->func = call->func;
    in->index = call->index;
    emit0(L, IR_RET, NULL, pos);
    free(args);
    lower_leave(L, &saved);
    return f;
}

void lower_go(Lower *L, Node *s) {
    Node *call = unparen(s->x);
    if (!call || call->kind != N_CALL) { diag_unsupported(s->pos, "this go statement"); return; }
    if (call->call_kind == CALL_BUILTIN) { lower_go_thunk(L, s); return; }
    if (call->call_kind == CALL_CONVERSION) { diag_unsupported(s->pos, "this go statement"); return; }
    IRInstr *in = lower_call(L, call);
    if (!in || !L->cur || !L->cur->instrs.len || VEC_AT(L->cur->instrs, L->cur->instrs.len - 1) != in ||
        (in->op != IR_CALL && in->op != IR_CALLIND && in->op != IR_CALLIFACE)) {
        if (in) diag_unsupported(s->pos, "this go statement");
        return;
    }
    /* detach the call: it runs in the wrapper, on the new goroutine */
    L->cur->instrs.len--;
    in->block = NULL;
    Field *fs = xcalloc(in->nargs + 1, sizeof(Field));
    fs[0].name = "F";
    fs[0].type = t_unsafeptr;
    for (int i = 0; i < in->nargs; i++) {
        fs[i + 1].name = xsprintf("A%d", i);
        fs[i + 1].type = in->args[i]->type;
    }
    Type *rec_t = type_struct(fs, in->nargs + 1);
    IRFunc *wrap = go_wrapper(L, in, rec_t, s->pos);
    /* no site: gc reports nothing for the go statement's own record under -m */
    IRInstr *rec = emit_alloc(L, ALLOC_DEFER, rec_t, NULL, s->pos, NULL);
    store_field(L, rec, rec_t, 0, code_pointer(L, wrap, s->pos), s->pos);
    for (int i = 0; i < in->nargs; i++) store_field(L, rec, rec_t, i + 1, in->args[i], s->pos);
    emit_callrt(L, "gort_go", NULL, s->pos, 1, as_ptr(L, rec, s->pos));
}
