/* lower_iface.c — interface values: boxing a concrete value into an interface, itabs, and
 * the "(*T).M" wrappers through which an interface calls a value-receiver method.
 *
 * An interface's data word is the value itself for pointer-shaped types and otherwise points
 * to a boxed copy (ALLOC_BOX: the site escape analysis decides). Because the receiver passed
 * through an interface is always that data word, a value method T.M is reached through a
 * wrapper taking *T; such wrappers are made once per method (IRFunc.ptr_wrapper). */
#include "lower.h"

#include <string.h>

Method *find_method(Type *t, const char *name) {
    Type *n = t;
    if (n->kind == T_POINTER) n = n->elem;
    if (!n || n->kind != T_NAMED) return NULL;
    for (int i = 0; i < n->methods.len; i++) {
        Method *m = VEC_AT(n->methods, i);
        if (!strcmp(m->name, name)) return m;
    }
    return NULL;
}

/* ---- wrappers ---------------------------------------------------------------------------- */

static Type *wrapper_recv(Type *recv) { return type_pointer(recv); }

IRFunc *lower_method_wrapper(Lower *L, IRFunc *method, Type *recv) {
    if (method->ptr_wrapper) return method->ptr_wrapper;
    Obj *o = method->obj;
    const char *tn = recv->kind == T_NAMED && recv->obj ? recv->obj->name : type_string(recv);
    const char *pkg = method->pkg ? method->pkg->path : "?";
    IRFunc *w = ir_func_new(L->ir, xsprintf("%s.(*%s).%s", pkg, tn, o ? o->name : "?"));
    w->sig = method->sig;
    w->pkg = method->pkg;
    w->pos = method->pos;
    w->wrapped = method;
    w->nparams = method->nparams;
    w->param_types = xcalloc(w->nparams ? w->nparams : 1, sizeof(Type *));
    for (int i = 0; i < w->nparams; i++) w->param_types[i] = method->param_types[i];
    w->param_types[0] = wrapper_recv(recv);
    w->nresults = method->nresults;
    w->result_types = method->result_types;
    method->ptr_wrapper = w;

    /* body: load *recv (nil check as gc does for value methods called through nil) and call */
    Lower saved;
    lower_enter(L, &saved, w);
    Pos pos = method->pos;
    IRInstr **args = xcalloc(w->nparams ? w->nparams : 1, sizeof(IRInstr *));
    for (int i = 0; i < w->nparams; i++) {
        args[i] = emit0(L, IR_PARAM, w->param_types[i], pos);
        args[i]->index = i;
    }
    emit1(L, IR_NILCHECK, NULL, pos, args[0]);
    args[0] = emit_load(L, args[0], recv, pos);
    Type *rt = method->nresults == 0 ? NULL
             : method->nresults == 1 ? method->result_types[0]
             : result_type_of(method->sig);
    IRInstr *call = emit(L, IR_CALL, rt, pos, w->nparams, args);
    call->func = method;
    emit_return_call(L, w, call, pos);
    free(args);
    lower_leave(L, &saved);
    return w;
}

/* ---- promoted methods -------------------------------------------------------------------- */

enum { MAX_EMBED_DEPTH = 8 };

/* Searches the embedded fields of struct type st for method `name`, shallowest first:
 * fills path[0..*n) with field indices; *emb = the embedded field's type that has the method
 * (a named type, a pointer to one, or an interface). */
static bool search_embedded(Type *st, const char *name, int depth, int *path, int *n, Type **emb) {
    Type *u = under(st);
    if (u->kind != T_STRUCT || depth >= MAX_EMBED_DEPTH) return false;
    for (int i = 0; i < u->nfields; i++) {
        if (!u->fields[i].embedded) continue;
        Type *ft = u->fields[i].type;
        Type *base = under(ft)->kind == T_POINTER && ft->kind != T_NAMED ? ft->elem : ft;
        bool found = find_method(base, name) != NULL;
        if (!found && under(base)->kind == T_INTERFACE)
            for (int k = 0; k < under(base)->nimethods; k++)
                if (!strcmp(under(base)->imethods[k].name, name)) found = true;
        if (found) {
            path[depth] = i;
            *n = depth + 1;
            *emb = ft;
            return true;
        }
    }
    for (int i = 0; i < u->nfields; i++) {
        if (!u->fields[i].embedded) continue;
        Type *ft = u->fields[i].type;
        Type *base = under(ft)->kind == T_POINTER && ft->kind != T_NAMED ? ft->elem : ft;
        path[depth] = i;
        if (search_embedded(base, name, depth + 1, path, n, emb)) return true;
    }
    return false;
}

bool lower_has_promoted(Type *concrete, const char *name) {
    int path[MAX_EMBED_DEPTH], n = 0;
    Type *emb = NULL;
    Type *base = concrete->kind == T_POINTER ? concrete->elem : concrete;
    if (!search_embedded(base, name, 0, path, &n, &emb)) return false;
    /* Method sets: a pointer-receiver method promoted into a value type T belongs to T's set
     * only when some embedded field on the way is a pointer (gc: "method has pointer receiver"). */
    bool via_ptr = concrete->kind == T_POINTER;
    Type *t = base;
    for (int i = 0; i < n && !via_ptr; i++) {
        Type *ft = under(t)->fields[path[i]].type;
        if (under(ft)->kind == T_POINTER && ft->kind != T_NAMED) {
            via_ptr = true;
            ft = ft->elem;
        }
        t = ft;
    }
    if (via_ptr) return true;
    Method *m = find_method(emb, name);
    return !(m && (m->ptr_recv || (m->obj && m->obj->ptr_recv)));
}

/* "pkg.(*C).M" for a method M promoted into C through embedded fields: the receiver is the
 * interface data word (a *C, or C itself when C is a pointer). */
static IRFunc *promoted_wrapper(Lower *L, Type *concrete, const char *name, Type *sig) {
    Type *base = concrete->kind == T_POINTER ? concrete->elem : concrete;
    const char *wname = base->kind == T_NAMED && base->obj && base->obj->pkg
                            ? xsprintf("%s.(*%s).%s", base->obj->pkg->path, base->obj->name, name)
                            : xsprintf("(*%s).%s", type_string(base), name);
    for (int i = 0; i < L->ir->funcs.len; i++) {
        IRFunc *f = VEC_AT(L->ir->funcs, i);
        if (!strcmp(f->name, wname)) return f;
    }
    int path[MAX_EMBED_DEPTH], n = 0;
    Type *emb = NULL;
    if (!search_embedded(base, name, 0, path, &n, &emb)) return NULL;
    Type *eb = under(emb)->kind == T_POINTER && emb->kind != T_NAMED ? emb->elem : emb;
    Method *m = find_method(eb, name);
    bool via_iface = !m && under(eb)->kind == T_INTERFACE;
    if (!via_iface && (!m || !m->obj || !m->obj->ir)) return NULL;
    int mindex = 0;
    if (via_iface) {
        for (int k = 0; k < under(eb)->nimethods; k++)
            if (!strcmp(under(eb)->imethods[k].name, name)) { mindex = k; sig = under(eb)->imethods[k].sig; }
    } else sig = m->obj->type;
    IRFunc *w = ir_func_new(L->ir, wname);
    w->sig = sig;
    w->pkg = L->pkg;
    Type *su = under(sig);
    w->nparams = su->nfields + 1;
    w->param_types = xcalloc(w->nparams, sizeof(Type *));
    w->param_types[0] = type_pointer(base);
    for (int i = 0; i < su->nfields; i++) w->param_types[i + 1] = su->fields[i].type;
    w->nresults = su->nresults;
    w->result_types = xcalloc(su->nresults ? su->nresults : 1, sizeof(Type *));
    for (int i = 0; i < su->nresults; i++) w->result_types[i] = su->results[i].type;

    Lower saved;
    Pos pos = {0};
    lower_enter(L, &saved, w);
    IRInstr **args = xcalloc(w->nparams + 1, sizeof(IRInstr *));
    for (int i = 0; i < w->nparams; i++) {
        args[i] = emit0(L, IR_PARAM, w->param_types[i], pos);
        args[i]->index = i;
    }
    emit1(L, IR_NILCHECK, NULL, pos, args[0]);
    Type *ft;
    IRInstr *fa = field_path_addr(L, args[0], base, path, n, pos, &ft);
    Type *rt = result_type_of(sig);
    IRInstr *call;
    if (via_iface) {
        args[0] = emit_load(L, fa, ft, pos);
        call = emit(L, IR_CALLIFACE, rt, pos, w->nparams, args);
        call->index = mindex;
    } else {
        IRInstr *p = fa; /* pointer to the embedded value */
        if (under(ft)->kind == T_POINTER && ft->kind != T_NAMED) p = emit_load(L, fa, ft, pos);
        bool ptr_recv = m->ptr_recv || m->obj->ptr_recv;
        if (ptr_recv) args[0] = p;
        else {
            emit1(L, IR_NILCHECK, NULL, pos, p);
            args[0] = emit_load(L, p, eb, pos);
        }
        call = emit(L, IR_CALL, rt, pos, w->nparams, args);
        call->func = m->obj->ir;
    }
    emit_return_call(L, w, call, pos);
    free(args);
    lower_leave(L, &saved);
    return w;
}

/* Method expression T.M / (*T).M of a method promoted into T through embedded fields: a
 * function whose first parameter is the receiver as written (T or *T). The *T form is the
 * promoted wrapper itself; the T form copies the receiver and passes the copy's address. */
IRFunc *lower_promoted_method_expr(Lower *L, Type *recv_t, const char *name) {
    IRFunc *w = promoted_wrapper(L, recv_t, name, NULL);
    if (!w || recv_t->kind == T_POINTER) return w;
    const char *fname = xsprintf("%s·value", w->name);
    for (int i = 0; i < L->ir->funcs.len; i++) {
        IRFunc *f = VEC_AT(L->ir->funcs, i);
        if (!strcmp(f->name, fname)) return f;
    }
    IRFunc *f = ir_func_new(L->ir, fname);
    f->sig = w->sig;
    f->pkg = L->pkg;
    f->nparams = w->nparams;
    f->param_types = xcalloc(f->nparams, sizeof(Type *));
    for (int i = 0; i < f->nparams; i++) f->param_types[i] = w->param_types[i];
    f->param_types[0] = recv_t;
    f->nresults = w->nresults;
    f->result_types = w->result_types;
    Lower saved;
    Pos pos = {0};
    lower_enter(L, &saved, f);
    IRInstr **args = xcalloc(f->nparams + 1, sizeof(IRInstr *));
    for (int i = 0; i < f->nparams; i++) {
        args[i] = emit0(L, IR_PARAM, f->param_types[i], pos);
        args[i]->index = i;
    }
    /* the copy is an ordinary allocation site: escape analysis decides where it lives */
    IRInstr *copy = emit_alloc(L, ALLOC_COMPOSITE, recv_t, NULL, pos, NULL);
    emit_store(L, copy, args[0], pos);
    args[0] = copy;
    IRInstr *call = emit(L, IR_CALL, result_type_of(w->sig), pos, f->nparams, args);
    call->func = w;
    emit_return_call(L, f, call, pos);
    free(args);
    lower_leave(L, &saved);
    return f;
}

/* ---- itabs ------------------------------------------------------------------------------- */

/* The function an interface calls for method `name` of a value of type `concrete` (the
 * receiver is the data word). NULL if golc cannot provide it. */
static IRFunc *itab_entry(Lower *L, Type *concrete, const char *name, Type *sig) {
    Method *m = find_method(concrete, name);
    if (!m && concrete->kind != T_POINTER && is_pointer_shaped(concrete)) return NULL;
    if (!m) return promoted_wrapper(L, concrete, name, sig);
    if (!m->obj || !m->obj->ir) return NULL;
    IRFunc *f = m->obj->ir;
    bool value_recv = !m->ptr_recv && !m->obj->ptr_recv;
    if (!value_recv) return f;                       /* *T method, data word is *T */
    if (is_pointer_shaped(concrete) && concrete->kind != T_POINTER) return f; /* T itself is the word */
    Type *base = concrete->kind == T_POINTER ? concrete->elem : concrete;
    return lower_method_wrapper(L, f, base);
}

IRItab *lower_itab(Lower *L, Type *concrete, Type *iface, Pos pos) {
    for (int i = 0; i < L->ir->itabs.len; i++) {
        IRItab *t = VEC_AT(L->ir->itabs, i);
        if (t->concrete == concrete && t->iface == iface) return t;
    }
    Type *iu = under(iface);
    IRItab *t = xcalloc(1, sizeof *t);
    t->concrete = concrete;
    t->iface = iface;
    t->nmethods = iu->nimethods;
    t->methods = xcalloc(t->nmethods ? t->nmethods : 1, sizeof(IRFunc *));
    for (int i = 0; i < t->nmethods; i++) {
        t->methods[i] = itab_entry(L, concrete, iu->imethods[i].name, iu->imethods[i].sig);
        if (!t->methods[i]) {
            diag_unsupported(pos, "this interface conversion");
            return NULL;
        }
    }
    vec_push(&L->ir->itabs, t);
    return t;
}

/* ---- conversion to an interface ---------------------------------------------------------- */

static IRInstr *iface_to_empty(Lower *L, IRInstr *v, Type *to, Pos pos) {
    /* (itab, data) → (itab ? itab->type : nil, data) */
    IRInstr *itab = emit_extract(L, v, 0, t_unsafeptr, pos);
    IRInstr *data = emit_extract(L, v, 1, t_unsafeptr, pos);
    IRInstr *tmp = emit_temp(L, t_unsafeptr, pos);
    IRBlock *load = new_block(L, "iface.type"), *done = new_block(L, "iface.done");
    emit_branch(L, emit_cmp(L, TK_EQL, itab, k_zero(t_unsafeptr), pos), done, load, pos);
    set_block(L, load);
    IRInstr *p = emit_convert(L, itab, type_pointer(t_unsafeptr), pos);
    emit_store(L, tmp, emit_load(L, p, t_unsafeptr, pos), pos);
    emit_jump(L, done, pos);
    set_block(L, done);
    IRInstr *ty = emit_load(L, tmp, t_unsafeptr, pos);
    return emit2(L, IR_MAKE, to, pos, ty, data);
}

IRInstr *lower_to_iface(Lower *L, IRInstr *v, Type *from, Type *to, Pos pos, Node *site) {
    if (!v) return NULL;
    if (!from) from = v->type;
    if (from && from->kind == T_UNTYPED_NIL) return k_zero(to);
    if (type_identical(from, to)) return v->type == to ? v : emit_convert(L, v, to, pos);
    Type *tu = under(to);
    if (type_is_interface(from)) {
        Type *fu = under(from);
        if (tu->nimethods == 0) {
            if (fu->nimethods == 0) return emit_convert(L, v, to, pos);
            return iface_to_empty(L, v, to, pos);
        }
        if (fu->nimethods == tu->nimethods) {
            bool same = true;
            for (int i = 0; i < tu->nimethods && same; i++)
                same = !strcmp(tu->imethods[i].name, fu->imethods[i].name);
            if (same) return emit_convert(L, v, to, pos);
        }
        return lower_iface_to_iface(L, v, from, to, pos);
    }
    /* concrete → interface */
    Type *ct = canonical_type(value_type(from));
    if (v->type != ct && v->op == IR_CONST && !v->block) v = lower_conversion(L, v, v->type, ct, pos, site);
    IRInstr *word0;
    lower_note_boxed(L, ct);
    if (tu->nimethods == 0) word0 = k_typedesc(ct);
    else {
        IRItab *it = lower_itab(L, ct, to, pos);
        if (!it) return k_zero(to);
        word0 = ir_instr_new(IR_ITAB, t_unsafeptr, pos);
        word0->itab = it;
    }
    IRInstr *data;
    if (is_pointer_shaped(ct)) data = emit_convert(L, v, t_unsafeptr, pos);
    else {
        IRInstr *box = emit_alloc(L, ALLOC_BOX, ct, NULL, pos, site);
        emit_store(L, box, v, pos);
        data = emit_convert(L, box, t_unsafeptr, pos);
    }
    return emit2(L, IR_MAKE, to, pos, word0, data);
}
