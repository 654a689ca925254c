/* lower_assert.c — type assertions x.(T) (single-value: panics like gc; comma-ok) and type
 * switches.
 *
 * The dynamic type of an interface is its type descriptor: word 0 of an empty interface, or
 * word 0 of the itab a non-empty interface points to. Descriptors are unique per type, so a
 * concrete case is one pointer comparison.
 *
 * Asserting to a non-empty interface I needs an itab for (dynamic type, I). golc sees the whole
 * program, so the dynamic type is one of the concrete types that lowering converted to some
 * interface; for each I asserted to, lowering synthesizes "golc.assert.<I>" (descriptor →
 * static itab, or nil) once every function has been lowered and that set is complete
 * (lower_finish_asserts). */
#include "lower.h"

#include <string.h>

static bool is_empty_iface(Type *t) { return under(t)->kind == T_INTERFACE && under(t)->nimethods == 0; }

/* ---- the registry of concrete types that reach interfaces --------------------------------- */

void lower_note_boxed(Lower *L, Type *concrete) {
    for (int i = 0; i < L->boxed.len; i++)
        if (VEC_AT(L->boxed, i) == concrete) return;
    vec_push(&L->boxed, concrete);
}

static IRFunc *new_assert_func(Lower *L, const char *name, Type *result) {
    IRFunc *f = ir_func_new(L->ir, name);
    f->nparams = 1;
    f->param_types = xcalloc(1, sizeof(Type *));
    f->param_types[0] = t_unsafeptr;
    f->nresults = 1;
    f->result_types = xcalloc(1, sizeof(Type *));
    f->result_types[0] = result;
    return f;
}

/* "golc.assert.I" (descriptor → itab or nil) and, for gc's panic message,
 * "golc.assertmiss.I" (descriptor → name of the first method of I it lacks). */
static IRFunc *assert_func_kind(Lower *L, Type *iface, bool missing) {
    for (int i = 0; i < L->assert_ifaces.len; i++)
        if (VEC_AT(L->assert_ifaces, i) == iface) {
            IRFunc *f = VEC_AT(L->assert_funcs, i);
            if (!missing) return f;
            if (!VEC_AT(L->assert_miss, i))
                VEC_AT(L->assert_miss, i) = new_assert_func(L, xsprintf("golc.assertmiss.%s", type_string(iface)), t_string);
            return VEC_AT(L->assert_miss, i);
        }
    IRFunc *f = new_assert_func(L, xsprintf("golc.assert.%s", type_string(iface)), t_unsafeptr);
    vec_push(&L->assert_ifaces, iface);
    vec_push(&L->assert_funcs, f);
    vec_push(&L->assert_miss, NULL);
    return missing ? assert_func_kind(L, iface, true) : f;
}

static IRFunc *assert_func(Lower *L, Type *iface) { return assert_func_kind(L, iface, false); }

/* The first method of interface i that concrete type c lacks (declared directly on it), or
 * NULL when c implements i. */
static const char *missing_method(Type *c, Type *i) {
    Type *iu = under(i);
    for (int k = 0; k < iu->nimethods; k++) {
        Method *m = find_method(c, iu->imethods[k].name);
        if (!m && lower_has_promoted(c, iu->imethods[k].name)) continue; /* method sets: see checker */
        if (!m) return iu->imethods[k].name;
        if (m->sig && iu->imethods[k].sig && !type_identical(m->sig, iu->imethods[k].sig))
            return iu->imethods[k].name; /* same name, other signature: Unwrap() error vs []error */
        bool ptr_recv = m->ptr_recv || (m->obj && m->obj->ptr_recv);
        if (ptr_recv && c->kind != T_POINTER) return iu->imethods[k].name;
    }
    return NULL;
}

static bool implements(Type *c, Type *i) { return missing_method(c, i) == NULL; }

static IRInstr *kstr(const char *s);

static void finish_missing(Lower *L, IRFunc *f, Type *iface) {
    Pos pos = {0};
    Lower saved;
    lower_enter(L, &saved, f);
    IRInstr *t = emit0(L, IR_PARAM, t_unsafeptr, pos);
    for (int i = 0; i < L->boxed.len; i++) {
        Type *c = VEC_AT(L->boxed, i);
        const char *m = missing_method(c, iface);
        if (!m) continue;
        IRBlock *yes = new_block(L, "assert.match"), *no = new_block(L, "assert.next");
        emit_branch(L, emit_cmp(L, TK_EQL, t, k_typedesc(c), pos), yes, no, pos);
        set_block(L, yes);
        emit1(L, IR_RET, NULL, pos, kstr(m));
        set_block(L, no);
    }
    emit1(L, IR_RET, NULL, pos, kstr("?"));
    lower_leave(L, &saved);
}

void lower_finish_asserts(Lower *L) {
    for (int n = 0; n < L->assert_funcs.len; n++) {
        IRFunc *f = VEC_AT(L->assert_funcs, n);
        if (f->blocks.len) continue;
        Type *iface = VEC_AT(L->assert_ifaces, n);
        Pos pos = {0};
        IRFunc *miss = VEC_AT(L->assert_miss, n);
        if (miss && !miss->blocks.len) finish_missing(L, miss, iface);
        Lower saved;
        lower_enter(L, &saved, f);
        IRInstr *t = emit0(L, IR_PARAM, t_unsafeptr, pos);
        for (int i = 0; i < L->boxed.len; i++) {
            Type *c = VEC_AT(L->boxed, i);
            if (!implements(c, iface)) continue;
            IRItab *it = lower_itab(L, c, iface, pos);
            if (!it) continue;
            IRBlock *yes = new_block(L, "assert.match"), *no = new_block(L, "assert.next");
            emit_branch(L, emit_cmp(L, TK_EQL, t, k_typedesc(c), pos), yes, no, pos);
            set_block(L, yes);
            IRInstr *w = ir_instr_new(IR_ITAB, t_unsafeptr, pos);
            w->itab = it;
            emit1(L, IR_RET, NULL, pos, w);
            set_block(L, no);
        }
        emit1(L, IR_RET, NULL, pos, k_zero(t_unsafeptr));
        lower_leave(L, &saved);
    }
}

/* ---- pieces ------------------------------------------------------------------------------ */

/* The type descriptor of interface value v of type it (nil for a nil interface). */
static IRInstr *dynamic_type(Lower *L, IRInstr *v, Type *it, Pos pos) {
    IRInstr *w0 = emit_extract(L, v, 0, t_unsafeptr, pos);
    if (is_empty_iface(it)) return w0;
    IRInstr *tmp = emit_temp(L, t_unsafeptr, pos);
    IRBlock *load = new_block(L, "itab.type"), *done = new_block(L, "itab.done");
    emit_branch(L, emit_cmp(L, TK_EQL, w0, k_zero(t_unsafeptr), pos), done, load, pos);
    set_block(L, load);
    IRInstr *p = emit_convert(L, w0, type_pointer(t_unsafeptr), pos);
    emit_store(L, tmp, emit_load(L, p, t_unsafeptr, pos), pos);
    emit_jump(L, done, pos);
    set_block(L, done);
    return emit_load(L, tmp, t_unsafeptr, pos);
}

/* Word 0 of an interface of type `to` for dynamic type dt (NULL result: no match possible). */
static IRInstr *iface_word0(Lower *L, IRInstr *dt, Type *to, Pos pos) {
    if (is_empty_iface(to)) return dt;
    IRInstr *call = emit1(L, IR_CALL, t_unsafeptr, pos, dt);
    call->func = assert_func(L, to);
    return call;
}

/* Conversion between non-empty interface types (statically valid: from's method set covers
 * to's): the itab for (dynamic type, to) is looked up like a successful assertion; a nil
 * interface stays nil because no type descriptor matches nil. */
IRInstr *lower_iface_to_iface(Lower *L, IRInstr *v, Type *from, Type *to, Pos pos) {
    IRInstr *dt = dynamic_type(L, v, from, pos);
    IRInstr *w0 = iface_word0(L, dt, to, pos);
    IRInstr *data = emit_extract(L, v, 1, t_unsafeptr, pos);
    return emit2(L, IR_MAKE, to, pos, w0, data);
}

/* The value of type T held by an interface whose data word is `data` (type known to match). */
static IRInstr *unbox(Lower *L, IRInstr *data, Type *t, Pos pos) {
    if (is_pointer_shaped(t)) return emit_convert(L, data, t, pos);
    IRInstr *p = emit_convert(L, data, type_pointer(t), pos);
    return emit_load(L, p, t, pos);
}

/* As gc's runtime prints types in panics: "interface {}", "interface { M() }". */
static const char *runtime_type_name(Type *t) {
    Type *u = under(t);
    if (u->kind == T_INTERFACE && t->kind != T_NAMED && t != t_error) {
        if (u->nimethods == 0) return "interface {}";
        StrBuf b = {0};
        sb_puts(&b, "interface { ");
        for (int i = 0; i < u->nimethods; i++) {
            char *sig = type_string(u->imethods[i].sig); /* "func(...) ..." */
            sb_printf(&b, "%s%s%s", i ? "; " : "", u->imethods[i].name, strncmp(sig, "func", 4) ? sig : sig + 4);
        }
        sb_puts(&b, " }");
        return b.data;
    }
    return type_string(canonical_type(t));
}

/* Layout of the head of a runtime GoType (runtime.h), to read the name of a dynamic type. */
static Type *gotype_head(void) {
    static Type *t;
    if (t) return t;
    Field f[5] = {0};
    const char *names[5] = { "size", "align", "kind", "flags", "name" };
    for (int i = 0; i < 5; i++) {
        f[i].name = names[i];
        f[i].type = i < 4 ? t_int64 : t_string;
    }
    t = type_struct(f, 5);
    return t;
}

static IRInstr *kstr(const char *s) {
    ConstVal *cv = xcalloc(1, sizeof *cv);
    cv->kind = CV_STRING;
    cv->s = s;
    cv->slen = strlen(s);
    return k_const(t_string, cv);
}

/* panic: interface conversion: I is D, not T   /   D is not I: missing method M */
static void assert_fail(Lower *L, IRInstr *dt, Type *src, Type *target, Pos pos, Node *site) {
    IRInstr *name = emit_temp(L, t_string, pos);
    emit_store(L, name, kstr("nil"), pos);
    IRBlock *has = new_block(L, "assert.name"), *done = new_block(L, "assert.msg");
    emit_branch(L, emit_cmp(L, TK_EQL, dt, k_zero(t_unsafeptr), pos), done, has, pos);
    set_block(L, has);
    IRInstr *head = emit_convert(L, dt, type_pointer(gotype_head()), pos);
    IRInstr *fa = emit1(L, IR_FIELDADDR, type_pointer(t_string), pos, head);
    fa->index = 4;
    emit_store(L, name, emit_load(L, fa, t_string, pos), pos);
    emit_jump(L, done, pos);
    set_block(L, done);
    IRInstr *dn = emit_load(L, name, t_string, pos);
    IRInstr *parts[5];
    int n = 0;
    if (type_is_interface(target)) {
        IRBlock *isnil = new_block(L, "assert.nil"), *notnil = new_block(L, "assert.missing");
        emit_branch(L, emit_cmp(L, TK_EQL, dt, k_zero(t_unsafeptr), pos), isnil, notnil, pos);
        set_block(L, isnil);
        IRInstr *m0 = kstr(xsprintf("interface conversion: interface is nil, not %s", runtime_type_name(target)));
        emit_panic_call(L, "gort_panic_msg", pos, 2, emit_extract(L, m0, 0, type_pointer(t_uint8), pos), k_int((int64_t)m0->cv->slen));
        set_block(L, notnil);
        IRInstr *miss = emit1(L, IR_CALL, t_string, pos, dt);
        miss->func = assert_func_kind(L, target, true);
        parts[n++] = kstr("interface conversion: ");
        parts[n++] = dn;
        parts[n++] = kstr(xsprintf(" is not %s: missing method ", runtime_type_name(target)));
        parts[n++] = miss;
    } else {
        parts[n++] = kstr(xsprintf("interface conversion: %s is ", runtime_type_name(src)));
        parts[n++] = dn;
        parts[n++] = kstr(xsprintf(", not %s", runtime_type_name(target)));
    }
    IRInstr *msg = lower_concat(L, parts, n, t_string, pos, site);
    IRInstr *p = emit_extract(L, msg, 0, type_pointer(t_uint8), pos);
    IRInstr *len = emit_extract(L, msg, 1, t_int, pos);
    emit_panic_call(L, "gort_panic_msg", pos, 2, p, len);
}

/* ---- x.(T) ------------------------------------------------------------------------------- */

IRInstr *lower_type_assert(Lower *L, Node *e, IRInstr **ok_out) {
    Pos pos = e->pos;
    Type *src = e->x->type;
    Type *t = e->y && e->y->type ? e->y->type : e->type;
    if (!t || !src || !type_is_interface(src)) return lower_unsupported(L, e, "this type assertion");
    IRInstr *v = lower_expr(L, e->x);
    IRInstr *dt = dynamic_type(L, v, src, pos);
    IRInstr *data = emit_extract(L, v, 1, t_unsafeptr, pos);
    IRInstr *w0 = NULL, *okv;
    if (type_is_interface(t)) {
        w0 = iface_word0(L, dt, t, pos);
        okv = emit_cmp(L, TK_NEQ, w0, k_zero(t_unsafeptr), pos);
    } else {
        okv = emit_cmp(L, TK_EQL, dt, k_typedesc(t), pos);
    }
    IRBlock *yes = new_block(L, "assert.ok"), *no = new_block(L, "assert.fail");
    IRInstr *tmp = ok_out ? emit_temp(L, t, pos) : NULL;
    emit_branch(L, okv, yes, no, pos);
    if (!ok_out) {
        set_block(L, no);
        assert_fail(L, dt, src, t, pos, e);
        set_block(L, yes);
        return w0 ? emit2(L, IR_MAKE, t, pos, w0, data) : unbox(L, data, t, pos);
    }
    IRBlock *done = new_block(L, "assert.done");
    set_block(L, yes);
    emit_store(L, tmp, w0 ? emit2(L, IR_MAKE, t, pos, w0, data) : unbox(L, data, t, pos), pos);
    emit_jump(L, done, pos);
    set_block(L, no);
    emit_jump(L, done, pos); /* tmp stays the zero value */
    set_block(L, done);
    *ok_out = okv;
    return emit_load(L, tmp, t, pos);
}

/* ---- type switch ------------------------------------------------------------------------- */

static bool is_nil_case(Node *te) {
    return te->kind == N_IDENT && te->name && !strcmp(te->name, "nil") && (!te->obj || te->obj->kind == OBJ_NIL);
}

void lower_type_switch(Lower *L, Node *s, Node *label) {
    if (s->init) lower_stmt(L, s->init);
    Node *ta = NULL;
    if (s->assign && s->assign->kind == N_ASSIGN && s->assign->list2.len == 1) ta = VEC_AT(s->assign->list2, 0);
    else if (s->assign && s->assign->kind == N_EXPRSTMT) ta = s->assign->x;
    while (ta && ta->kind == N_PAREN) ta = ta->x;
    if (!ta || ta->kind != N_TYPEASSERT || !ta->x || !ta->x->type) {
        diag_unsupported(s->pos, "this type switch");
        return;
    }
    Pos pos = ta->pos;
    Type *src = ta->x->type;
    IRInstr *v = lower_expr(L, ta->x);
    IRInstr *dt = dynamic_type(L, v, src, pos);
    IRInstr *data = emit_extract(L, v, 1, t_unsafeptr, pos);
    Vec *clauses = &s->body->list;
    int n = clauses->len;
    IRBlock **bodies = xcalloc(n ? n : 1, sizeof(IRBlock *));
    for (int i = 0; i < n; i++) bodies[i] = new_block(L, "typeswitch.case");
    IRBlock *done = new_block(L, "typeswitch.done");
    int dflt = -1;
    for (int i = 0; i < n; i++) {
        Node *c = VEC_AT(*clauses, i);
        if (c->is_default || c->list.len == 0) { dflt = i; continue; }
        for (int j = 0; j < c->list.len; j++) {
            Node *te = VEC_AT(c->list, j);
            IRInstr *cond;
            if (is_nil_case(te)) cond = emit_cmp(L, TK_EQL, dt, k_zero(t_unsafeptr), te->pos);
            else if (!te->type) { diag_unsupported(te->pos, "this type switch case"); continue; }
            else if (type_is_interface(te->type))
                cond = emit_cmp(L, TK_NEQ, iface_word0(L, dt, te->type, te->pos), k_zero(t_unsafeptr), te->pos);
            else cond = emit_cmp(L, TK_EQL, dt, k_typedesc(te->type), te->pos);
            IRBlock *next = new_block(L, "typeswitch.next");
            emit_branch(L, cond, bodies[i], next, te->pos);
            set_block(L, next);
        }
    }
    emit_jump(L, dflt >= 0 ? bodies[dflt] : done, s->pos);
    IRBlock *saved_ft = L->fallthrough_to;
    L->fallthrough_to = NULL;
    JumpTarget *jt = xcalloc(1, sizeof *jt);
    jt->stmt = s;
    jt->label = label;
    jt->brk = done;
    vec_push(&L->targets, jt);
    for (int i = 0; i < n; i++) {
        Node *c = VEC_AT(*clauses, i);
        set_block(L, bodies[i]);
        Obj *o = c->implicit_objs.len ? VEC_AT(c->implicit_objs, 0) : NULL;
        if (o) {
            Node *te = c->list.len == 1 ? VEC_AT(c->list, 0) : NULL;
            IRInstr *val;
            if (te && !is_nil_case(te) && te->type && !type_is_interface(te->type)) val = unbox(L, data, te->type, pos);
            else if (te && !is_nil_case(te) && te->type && type_is_interface(te->type))
                val = emit2(L, IR_MAKE, te->type, pos, iface_word0(L, dt, te->type, pos), data);
            else val = lower_conversion(L, v, src, o->type, pos, ta);
            /* gc's position for the clause's variable: its last type (a pointer type's
             * element), or `default` */
            Node *last = c->list.len ? VEC_AT(c->list, c->list.len - 1) : NULL;
            if (last && last->kind == N_STAR && last->x) last = last->x;
            Pos vpos = last ? last->pos : c->pos;
            IRInstr *var = emit_var(L, o, vpos);
            emit_store(L, var, val, pos);
        }
        for (int j = 0; j < c->list2.len; j++) lower_stmt(L, VEC_AT(c->list2, j));
        if (!block_terminated(L->cur)) emit_jump(L, done, c->pos);
    }
    vec_pop(&L->targets);
    L->fallthrough_to = saved_ft;
    free(bodies);
    set_block(L, done);
}
