/* lower_closure.c — func literals, method values and method expressions used as values.
 *
 * A func value is a pointer to a closure record whose word 0 is the code pointer; calls pass
 * the record as the hidden env argument (codegen, runtime.h). A func literal becomes its own
 * IRFunc ("main.main.func1"); if it captures variables, lowering allocates the record as an
 * ALLOC_CLOSURE site of type struct { code unsafe.Pointer; p1 *T1; ... } holding the ADDRESSES
 * of the captured variables (Go closures capture by reference), and inside the literal each
 * captured variable's address is loaded from the env (IR_PARAM with index -1, see ir.h).
 * The code pointer is word 0 of the static record of IR_FUNCVAL. Literals that capture nothing
 * are plain static func values.
 *
 * A method value x.M evaluates the receiver now and binds it: a record { code, recv } with the
 * synthesized "pkg.T.M-fm" as code, which loads the receiver from its env and calls M. */
#include "lower.h"

#include <string.h>

static void add_capture(Vec *caps, Obj *o) {
    for (int i = 0; i < caps->len; i++)
        if (VEC_AT(*caps, i) == o) return;
    vec_push(caps, o);
}

/* Variables of the enclosing function(s) used in n: they have an address already (o->ir). */
static void collect_captures(Node *n, Vec *caps) {
    if (!n) return;
    if (n->kind == N_IDENT && n->obj && n->obj->kind == OBJ_VAR && !n->obj->is_global && !n->obj->is_field &&
        n->obj->ir)
        add_capture(caps, n->obj);
    Node *kids[] = { n->x, n->y, n->z, n->w, n->init, n->cond, n->post, n->body, n->els, n->tag,
                     n->assign, n->key, n->value };
    for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++) collect_captures(kids[i], caps);
    Vec *lists[] = { &n->list, &n->list2 };
    for (int l = 0; l < 2; l++)
        for (int i = 0; i < lists[l]->len; i++) collect_captures(VEC_AT(*lists[l], i), caps);
}

/* The record's type: word 0 the code pointer, then one field per captured variable, named
 * "X<i>" when it holds the variable's address and "V<i>" when it holds a copy of its value
 * (byval may be NULL: all by reference). lower_bind_captures reads the names back. */
static Type *env_type_byval(Type **members, const bool *byval, int n) {
    Field *f = xcalloc(n + 1, sizeof(Field));
    f[0].name = "F";
    f[0].type = t_unsafeptr;
    for (int i = 0; i < n; i++) {
        f[i + 1].name = xsprintf("%c%d", byval && byval[i] ? 'V' : 'X', i);
        f[i + 1].type = members[i];
    }
    return type_struct(f, n + 1);
}

static Type *env_type(Type **members, int n) { return env_type_byval(members, NULL, n); }

/* ---- capture by value ---------------------------------------------------------------------
 * Like gc, a captured variable of at most 128 bytes that is never assigned after its
 * declaration and whose address is never taken is captured by value: the record holds a copy,
 * so the variable need not move to the heap when the closure escapes. Whether the variable is
 * ever assigned is read from the syntax of the function declaring it (o->func's body), which
 * must contain both the literal being lowered and the variable's declaring identifier (else:
 * by reference). A variable declared by a 3-clause for statement's init is copied into a
 * fresh variable at the start of each iteration (lower_for); the cond and post statements
 * act on the loop's own copy, so for a literal in the body only assignments there count. */

typedef struct CapScan {
    Obj *o;
    Node *lit;
    bool found_decl, found_lit, changed;
} CapScan;

/* The variable whose storage an lvalue / address operand is part of (x, x.f, x[i] of an
 * array x, parenthesised), or NULL when it goes through a pointer, slice or map. */
static Obj *storage_root(Node *e) {
    while (e && e->kind == N_PAREN) e = e->x;
    if (!e) return NULL;
    if (e->kind == N_IDENT) return e->obj;
    if (e->kind == N_SELECTOR && e->sel && e->sel->kind == SEL_FIELD && !e->sel->indirect && e->x->type &&
        under(e->x->type)->kind != T_POINTER)
        return storage_root(e->x);
    if (e->kind == N_INDEX && e->x->type && under(e->x->type)->kind == T_ARRAY) return storage_root(e->x);
    return NULL;
}

static bool contains(Node *n, Node *target);

static void scan_changes(CapScan *cs, Node *n);

static void scan_kids(CapScan *cs, Node *n) {
    Node *kids[] = { n->x, n->y, n->z, n->w, n->init, n->cond, n->post, n->body, n->els, n->tag,
                     n->assign, n->key, n->value, n->recv };
    for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++) scan_changes(cs, kids[i]);
    Vec *lists[] = { &n->list, &n->list2, &n->names };
    for (int l = 0; l < 3; l++)
        for (int i = 0; i < lists[l]->len; i++) scan_changes(cs, VEC_AT(*lists[l], i));
}

static bool declares(Node *id, Obj *o) {
    return id && id->kind == N_IDENT && id->obj == o && id->pos.line == o->pos.line && id->pos.col == o->pos.col;
}

static void scan_changes(CapScan *cs, Node *n) {
    if (!n || cs->changed) return;
    Obj *o = cs->o;
    if (n == cs->lit) cs->found_lit = true;
    switch (n->kind) {
    case N_IDENT:
        if (declares(n, o)) cs->found_decl = true;
        break;
    case N_ASSIGN:
        for (int i = 0; i < n->list.len; i++) {
            Node *lhs = VEC_AT(n->list, i);
            if (n->op == TK_DEFINE && declares(lhs, o)) continue;
            if (storage_root(lhs) == o) cs->changed = true;
        }
        break;
    case N_INCDEC:
        if (storage_root(n->x) == o) cs->changed = true;
        break;
    case N_RANGE:
        if (n->op != TK_DEFINE && (storage_root(n->key) == o || storage_root(n->value) == o)) cs->changed = true;
        break;
    case N_UNARY:
        if (n->op == TK_AND && storage_root(n->x) == o) cs->changed = true;
        break;
    case N_SELECTOR:   /* x.M with a pointer receiver takes &x (calls and method values) */
        if (n->sel && n->sel->kind == SEL_METHOD && n->sel->addr_recv && storage_root(n->x) == o) cs->changed = true;
        break;
    case N_SLICE:      /* slicing an array variable takes its address */
        if (n->x && n->x->type && under(n->x->type)->kind == T_ARRAY && storage_root(n->x) == o) cs->changed = true;
        break;
    case N_FOR:
        if (n->init && n->init->kind == N_ASSIGN && n->init->op == TK_DEFINE && contains(n->body, cs->lit)) {
            bool declared_here = false;
            for (int i = 0; i < n->init->list.len; i++) declared_here |= declares(VEC_AT(n->init->list, i), o);
            if (declared_here) {
                cs->found_decl = true;
                scan_changes(cs, n->body);
                return;
            }
        }
        break;
    default:
        break;
    }
    scan_kids(cs, n);
}

static bool find_node(Node *n, Node *target) {
    if (!n) return false;
    if (n == target) return true;
    Node *kids[] = { n->x, n->y, n->z, n->w, n->init, n->cond, n->post, n->body, n->els, n->tag,
                     n->assign, n->key, n->value, n->recv };
    for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
        if (find_node(kids[i], target)) return true;
    Vec *lists[] = { &n->list, &n->list2, &n->names };
    for (int l = 0; l < 3; l++)
        for (int i = 0; i < lists[l]->len; i++)
            if (find_node(VEC_AT(*lists[l], i), target)) return true;
    return false;
}

static bool contains(Node *n, Node *target) { return target && find_node(n, target); }

static bool capture_by_value(Obj *o, Node *lit) {
    if (!o->type || o->type->size < 0 || o->type->size > 128 || o->is_result) return false;
    Node *fd = o->func ? o->func->decl : NULL;
    if (!fd || fd->kind != N_FUNCDECL || !fd->body) return false;
    CapScan cs = { .o = o, .lit = lit };
    scan_changes(&cs, fd->body);
    return !cs.changed && cs.found_lit && (cs.found_decl || o->is_param);
}

/* Word 0 of f's static closure record: its code pointer. */
static IRInstr *code_pointer(Lower *L, IRFunc *f, Pos pos) {
    IRInstr *fv = k_funcval(f, f->sig ? f->sig : t_unsafeptr);
    IRInstr *p = emit_convert(L, fv, type_pointer(t_unsafeptr), pos);
    return emit_load(L, p, t_unsafeptr, pos);
}

/* Allocates and fills a closure record; returns it as a value of func type ft. */
static IRInstr *make_closure(Lower *L, IRFunc *code, Type *et, IRInstr **vals, int n, Type *ft, Pos pos, Node *site) {
    IRInstr *rec = emit_alloc(L, ALLOC_CLOSURE, et, NULL, pos, site);
    IRInstr *f0 = emit1(L, IR_FIELDADDR, type_pointer(t_unsafeptr), pos, rec);
    f0->index = 0;
    emit_store(L, f0, code_pointer(L, code, pos), pos);
    Type *u = under(et);
    for (int i = 0; i < n; i++) {
        IRInstr *fa = emit1(L, IR_FIELDADDR, type_pointer(u->fields[i + 1].type), pos, rec);
        fa->index = i + 1;
        emit_store(L, fa, vals[i], pos);
    }
    return emit_convert(L, rec, ft, pos);
}

static IRFunc *new_code_func(Lower *L, const char *name, Type *sig, Type *recv, Pos pos) {
    IRFunc *f = ir_func_new(L->ir, name);
    f->sig = sig;
    f->pkg = L->pkg;
    f->pos = pos;
    Type *u = under(sig);
    int extra = recv ? 1 : 0;
    f->nparams = u->nfields + extra;
    f->param_types = xcalloc(f->nparams ? f->nparams : 1, sizeof(Type *));
    if (recv) f->param_types[0] = recv;
    for (int i = 0; i < u->nfields; i++) f->param_types[i + extra] = u->fields[i].type;
    f->nresults = u->nresults;
    f->result_types = xcalloc(u->nresults ? u->nresults : 1, sizeof(Type *));
    for (int i = 0; i < u->nresults; i++) f->result_types[i] = u->results[i].type;
    return f;
}

/* ---- names --------------------------------------------------------------------------------- */

/* gc's closure names: inside a top-level function F literals are F.func1, F.func2, ...;
 * inside a literal G they are G.1, G.2, ...; range-over-func bodies are F-range1, ... counted
 * apart; a range body is transparent (literals in it count in the function owning the loop).
 * -m messages and run-time function names read the same as gc's. */
static IRFunc *closure_owner(IRFunc *fn) { return fn->range_parent ? fn->range_parent : fn; }

const char *lower_closure_name(Lower *L, bool range_body) {
    IRFunc *owner = closure_owner(L->fn);
    if (range_body) return xsprintf("%s-range%d", owner->name, ++owner->nrangelits);
    return xsprintf("%s%s%d", owner->name, owner->funclit ? "." : ".func", ++owner->nfunclits);
}

void lower_mark_range_body(Lower *L, IRFunc *body, IRFunc *loop_owner) {
    (void)L;
    body->rangefunc_body = true;
    body->range_parent = closure_owner(loop_owner);
}

/* ---- func literals ----------------------------------------------------------------------- */

IRInstr *lower_funclit(Lower *L, Node *lit) {
    Type *ft = value_type(lit->type);
    if (!ft || under(ft)->kind != T_FUNC || !lit->body) return lower_unsupported(L, lit, "this func literal");
    Vec caps = {0};
    collect_captures(lit->body, &caps);
    IRFunc *f = new_code_func(L, lower_closure_name(L, false), ft, NULL, lit->pos);
    f->funclit = true;

    /* the env layout: the captured variables' addresses, or copies of their values */
    Type **members = xcalloc(caps.len + 1, sizeof(Type *));
    IRInstr **addrs = xcalloc(caps.len + 1, sizeof(IRInstr *));
    IRInstr **outer = xcalloc(caps.len + 1, sizeof(IRInstr *));
    bool *byval = xcalloc(caps.len + 1, sizeof(bool));
    for (int i = 0; i < caps.len; i++) {
        Obj *o = VEC_AT(caps, i);
        byval[i] = capture_by_value(o, lit);
        members[i] = byval[i] ? o->type : type_pointer(o->type);
        outer[i] = o->ir;
        addrs[i] = var_addr(L, o, lit->pos);
        if (byval[i]) addrs[i] = emit_load(L, addrs[i], o->type, lit->pos);
    }
    Type *et = env_type_byval(members, byval, caps.len);
    free(byval);

    /* lower the body as a function of its own; captured variables live behind the env */
    Lower saved = *L;
    L->result_vars = (Vec){0};
    L->targets = (Vec){0};
    L->labels = (Vec){0};
    L->captures = caps;
    L->env_type = et;
    lower_func_body(L, f, lit);
    lower_leave(L, &saved);
    for (int i = 0; i < caps.len; i++) ((Obj *)VEC_AT(caps, i))->ir = outer[i];

    IRInstr *r = caps.len == 0 ? k_funcval(f, ft) : make_closure(L, f, et, addrs, caps.len, ft, lit->pos, lit);
    free(members);
    free(addrs);
    free(outer);
    return r;
}

/* Called by lower_func_body at the top of the entry block of a closure: points each
 * captured variable at its address loaded from the env. */
void lower_bind_captures(Lower *L, Pos pos) {
    if (!L->captures.len) return;
    IRInstr *env = emit0(L, IR_PARAM, type_pointer(L->env_type), pos);
    env->index = -1;
    for (int i = 0; i < L->captures.len; i++) {
        Obj *o = VEC_AT(L->captures, i);
        if (under(L->env_type)->fields[i + 1].name[0] == 'V') {
            /* a copy in the record: the variable is never assigned, so its copy is it */
            IRInstr *fa = emit1(L, IR_FIELDADDR, type_pointer(o->type), pos, env);
            fa->index = i + 1;
            o->ir = fa;
            continue;
        }
        IRInstr *fa = emit1(L, IR_FIELDADDR, type_pointer(type_pointer(o->type)), pos, env);
        fa->index = i + 1;
        o->ir = emit_load(L, fa, type_pointer(o->type), pos);
    }
    L->captures = (Vec){0};
}

/* ---- method values ----------------------------------------------------------------------- */

/* "pkg.T.M-fm": loads the bound receiver from the env and calls the method. */
static IRFunc *bound_method_func(Lower *L, IRFunc *m, Type *recv_t, Type *et, Pos pos) {
    const char *name = xsprintf("%s-fm", m->name);
    for (int i = 0; i < L->ir->funcs.len; i++) {
        IRFunc *f = VEC_AT(L->ir->funcs, i);
        if (!strcmp(f->name, name)) return f;
    }
    IRFunc *f = new_code_func(L, name, m->sig, NULL, pos);
    Lower saved;
    lower_enter(L, &saved, f);
    IRInstr *env = emit0(L, IR_PARAM, type_pointer(et), pos);
    env->index = -1;
    IRInstr **args = xcalloc(f->nparams + 2, sizeof(IRInstr *));
    IRInstr *fa = emit1(L, IR_FIELDADDR, type_pointer(recv_t), pos, env);
    fa->index = 1;
    args[0] = emit_load(L, fa, recv_t, pos);
    for (int i = 0; i < f->nparams; i++) {
        args[i + 1] = emit0(L, IR_PARAM, f->param_types[i], pos);
        args[i + 1]->index = i;
    }
    Type *rt = result_type_of(m->sig);
    IRInstr *call = emit(L, IR_CALL, rt, pos, f->nparams + 1, args);
    call->func = m;
    emit_return_call(L, f, call, pos);
    free(args);
    lower_leave(L, &saved);
    return f;
}

/* The code behind an interface's method used as a value. Unbound (method expression I.M):
 * a function whose first parameter is the interface. Bound (method value i.M, et != NULL):
 * a closure body reading the interface from its record. Either way it makes the dynamic call. */
IRFunc *lower_iface_method_func(Lower *L, Type *it, int mi, Type *et, Pos pos) {
    Method *im = &under(it)->imethods[mi];
    char *tn = type_string(it);
    const char *name = xsprintf("%s.%s%s", tn, im->name, et ? "-fm" : "");
    free(tn);
    for (int i = 0; i < L->ir->funcs.len; i++) {
        IRFunc *f = VEC_AT(L->ir->funcs, i);
        if (!strcmp(f->name, name)) return f;
    }
    IRFunc *f = new_code_func(L, name, im->sig, et ? NULL : it, pos);
    Lower saved;
    lower_enter(L, &saved, f);
    IRInstr **args = xcalloc(f->nparams + 2, sizeof(IRInstr *));
    int first = 0;
    if (et) {
        IRInstr *env = emit0(L, IR_PARAM, type_pointer(et), pos);
        env->index = -1;
        IRInstr *fa = emit1(L, IR_FIELDADDR, type_pointer(it), pos, env);
        fa->index = 1;
        args[0] = emit_load(L, fa, it, pos);
    } else {
        args[0] = emit0(L, IR_PARAM, it, pos);
        args[0]->index = 0;
        first = 1;
    }
    int n = 1;
    for (int i = first; i < f->nparams; i++) {
        args[n] = emit0(L, IR_PARAM, f->param_types[i], pos);
        args[n++]->index = i;
    }
    IRInstr *call = emit(L, IR_CALLIFACE, result_type_of(im->sig), pos, n, args);
    call->index = mi;
    emit_return_call(L, f, call, pos);
    free(args);
    lower_leave(L, &saved);
    return f;
}

/* i.M on an interface: the interface is evaluated (and must not be nil) now, as gc does. */
static IRInstr *iface_method_value(Lower *L, Node *e, Type *ft) {
    Type *it = value_type(e->x->type);
    IRInstr *iv = lower_expr(L, e->x);
    IRBlock *bad = new_block(L, "methodvalue.nil"), *ok = new_block(L, "methodvalue.ok");
    emit_branch(L, emit_cmp(L, TK_EQL, emit_extract(L, iv, 0, t_unsafeptr, e->pos), k_zero(t_unsafeptr), e->pos),
                bad, ok, e->pos);
    set_block(L, bad);
    emit_panic_call(L, "gort_panic_nil", e->pos, 0);
    set_block(L, ok);
    Type *members[1] = { it };
    Type *et = env_type(members, 1);
    IRFunc *code = lower_iface_method_func(L, it, e->sel->method_index, et, e->pos);
    IRInstr *vals[1] = { iv };
    return make_closure(L, code, et, vals, 1, ft, e->pos, e);
}

IRInstr *lower_method_value(Lower *L, Node *e) {
    Selection *sel = e->sel;
    Type *ft = value_type(e->type);
    if (sel->kind == SEL_METHODEXPR) {
        /* T.M / (*T).M: the method itself takes the receiver as its first parameter */
        Obj *m = sel->obj;
        if (!m && type_is_interface(e->x->type) && ft && under(ft)->kind == T_FUNC) {
            IRFunc *f = lower_iface_method_func(L, value_type(e->x->type), sel->method_index, NULL, e->pos);
            return emit_convert(L, k_funcval(f, f->sig), ft, e->pos);
        }
        if (!m || !m->ir || !ft || under(ft)->kind != T_FUNC || under(ft)->nfields < 1)
            return lower_unsupported(L, e, "this method expression");
        IRFunc *f = m->ir;
        Type *want = under(ft)->fields[0].type;
        if (f->param_types[0] != want && f->ptr_wrapper && f->ptr_wrapper->param_types[0] == want) f = f->ptr_wrapper;
        else if (f->param_types[0] != want && !type_identical(f->param_types[0], want)) {
            f = sel->npath > 0 ? lower_promoted_method_expr(L, want, m->name) : NULL;
            if (!f) return lower_unsupported(L, e, "this method expression");
        }
        return emit_convert(L, k_funcval(f, f->sig), ft, e->pos);
    }
    Obj *m = sel->obj;
    if (!m && sel->npath == 0 && type_is_interface(e->x->type)) return iface_method_value(L, e, ft);
    if (!m || !m->ir) return lower_unsupported(L, e, "method value of an interface");
    IRFunc *mf = m->ir;
    Type *recv_t = mf->param_types[0];
    IRInstr *recv = lower_receiver(L, e->x, sel, m->ptr_recv, e->pos);
    Type *members[1] = { recv_t };
    Type *et = env_type(members, 1);
    IRFunc *code = bound_method_func(L, mf, recv_t, et, e->pos);
    IRInstr *vals[1] = { recv };
    return make_closure(L, code, et, vals, 1, ft, e->pos, e);
}

/* ---- synthesized closures ---------------------------------------------------------------- */

void lower_collect_captures(Node *n, Vec *caps) { collect_captures(n, caps); }

IRInstr *lower_synth_closure(Lower *L, const char *name, Type *ft, Vec *caps, Pos pos, Node *site,
                             void (*body)(Lower *L, IRFunc *f, void *arg), void *arg) {
    IRFunc *f = new_code_func(L, name, ft, NULL, pos);
    int n = caps->len;
    Type **members = xcalloc(n + 1, sizeof(Type *));
    IRInstr **addrs = xcalloc(n + 1, sizeof(IRInstr *));
    IRInstr **outer = xcalloc(n + 1, sizeof(IRInstr *));
    for (int i = 0; i < n; i++) {
        Obj *o = VEC_AT(*caps, i);
        members[i] = type_pointer(o->type);
        outer[i] = o->ir;
        addrs[i] = var_addr(L, o, pos);
    }
    Type *et = env_type(members, n);
    Lower saved;
    lower_enter(L, &saved, f);
    L->captures = *caps;
    L->env_type = et;
    lower_bind_captures(L, pos);
    body(L, f, arg);
    lower_leave(L, &saved);
    for (int i = 0; i < n; i++) ((Obj *)VEC_AT(*caps, i))->ir = outer[i];
    IRInstr *r = n == 0 ? k_funcval(f, ft) : make_closure(L, f, et, addrs, n, ft, pos, site);
    free(members);
    free(addrs);
    free(outer);
    return r;
}
