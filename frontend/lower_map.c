/* lower_map.c — maps: make, literals, m[k] (with comma-ok), assignment, op=, delete, clear,
 * len and range, all as calls into the runtime (runtime.h, "maps").
 *
 * A map value is a pointer to a runtime header. make(map[K]V) and map literals allocate that
 * header themselves as an ALLOC_MAKEMAP site (elem = [MAP_HEADER_WORDS]unsafe.Pointer, site =
 * the make call or the literal) so that escape analysis decides where it lives, then call
 * gort_makemap to initialise it; the runtime allocates the slot tables on the GC heap.
 *
 * Keys and values cross into the runtime by address: a key is stored into an ALLOC_TEMP and
 * its address passed; a read copies the value into an ALLOC_TEMP (gort_mapaccess), and an
 * insertion returns the address of the value slot (gort_mapassign), into which the generated
 * code stores. That slot is only valid until the map next grows, so it is obtained after the
 * right-hand side has been evaluated (MapRef). Every call also passes the map's type
 * descriptor: the runtime hashes and compares keys by walking it. */
#include "lower.h"

/* Mirrors GORT_MAP_WORDS and GORT_MAPITER_WORDS in runtime/runtime.h (the runtime checks its
 * structures fit with static asserts). */
enum { MAP_HEADER_WORDS = 8, MAP_ITER_WORDS = 10 };

static Node *unparen(Node *e) {
    while (e && e->kind == N_PAREN) e = e->x;
    return e;
}

static bool is_blank(Node *e) { return e && e->kind == N_IDENT && e->name && e->name[0] == '_' && !e->name[1]; }

bool is_map_index(Node *e) {
    e = unparen(e);
    return e && e->kind == N_INDEX && e->x && e->x->type && under(e->x->type)->kind == T_MAP && e->list.len == 1;
}

static IRInstr *map_typedesc(Type *maptype) { return k_typedesc(under(maptype)); }

/* The address of a temporary holding key node k converted to the map's key type. */
static IRInstr *key_addr(Lower *L, Type *maptype, Node *k) {
    Type *kt = under(maptype)->key;
    IRInstr *v = lower_expr_to(L, k, kt);
    IRInstr *tmp = emit_temp(L, kt, k->pos);
    emit_store(L, tmp, v, k->pos);
    return tmp;
}

static IRInstr *new_map(Lower *L, Type *t, IRInstr *hint, Pos pos, Node *site) {
    Type *words = type_array(t_unsafeptr, MAP_HEADER_WORDS);
    IRInstr *hdr = emit_alloc(L, ALLOC_MAKEMAP, words, NULL, pos, site);
    emit_callrt(L, "gort_makemap", NULL, pos, 3, hdr, map_typedesc(t), hint);
    return emit_convert(L, hdr, t, pos);
}

IRInstr *lower_make_map(Lower *L, Node *call) {
    Type *t = value_type(call->type);
    IRInstr *hint = k_int(0);
    if (call->list.len > 1) {
        Node *h = VEC_AT(call->list, 1);
        hint = h->mode == MODE_CONST && h->cv ? k_const(t_int, h->cv) : emit_convert(L, lower_expr(L, h), t_int, h->pos);
    }
    return new_map(L, t, hint, call->pos, call);
}

IRInstr *lower_map_lit(Lower *L, Node *lit, Type *t) {
    Type *mt = under(t);
    IRInstr *m = new_map(L, t, k_int(lit->list.len), lit->pos, lit);
    IRInstr *td = map_typedesc(t);
    /* entries in source order, each key and value evaluated before it is inserted */
    for (int i = 0; i < lit->list.len; i++) {
        Node *kv = VEC_AT(lit->list, i);
        if (kv->kind != N_KEYVALUE) continue; /* reported by the checker */
        IRInstr *k = key_addr(L, t, kv->x);
        IRInstr *v = lower_expr_to(L, kv->y, mt->elem);
        IRInstr *slot = emit_callrt(L, "gort_mapassign", type_pointer(mt->elem), kv->pos, 3, td, m, k);
        emit_store(L, slot, v, kv->pos);
    }
    return m;
}

IRInstr *lower_map_index(Lower *L, Node *e, IRInstr **ok_out) {
    e = unparen(e);
    Type *t = value_type(e->x->type);
    Type *vt = under(t)->elem;
    IRInstr *m = lower_expr(L, e->x);
    IRInstr *k = key_addr(L, t, VEC_AT(e->list, 0));
    IRInstr *out = emit_temp(L, vt, e->pos);
    IRInstr *ok = emit_callrt(L, "gort_mapaccess", t_bool, e->pos, 4, map_typedesc(t), m, k, out);
    if (ok_out) *ok_out = ok;
    return emit_load(L, out, vt, e->pos);
}

IRInstr *lower_map_index_addr(Lower *L, Node *e) {
    Type *vt = under(value_type(unparen(e)->x->type))->elem;
    IRInstr *v = lower_map_index(L, e, NULL);
    IRInstr *tmp = emit_temp(L, vt, e->pos);
    emit_store(L, tmp, v, e->pos);
    return tmp;
}

MapRef *lower_map_ref(Lower *L, Node *e) {
    e = unparen(e);
    MapRef *r = xcalloc(1, sizeof *r);
    r->maptype = value_type(e->x->type);
    r->pos = e->pos;
    r->map = lower_expr(L, e->x);
    r->key = key_addr(L, r->maptype, VEC_AT(e->list, 0));
    return r;
}

IRInstr *lower_map_slot(Lower *L, MapRef *r) {
    Type *vt = under(r->maptype)->elem;
    return emit_callrt(L, "gort_mapassign", type_pointer(vt), r->pos, 3, map_typedesc(r->maptype), r->map, r->key);
}

static IRInstr *map_ref_load(Lower *L, MapRef *r) {
    Type *vt = under(r->maptype)->elem;
    IRInstr *out = emit_temp(L, vt, r->pos);
    emit_callrt(L, "gort_mapaccess", t_bool, r->pos, 4, map_typedesc(r->maptype), r->map, r->key, out);
    return emit_load(L, out, vt, r->pos);
}

/* m[k] op= v is m[k] = m[k] op v with m and k evaluated once (gc's order: the old value is
 * read before v is evaluated). */
void lower_map_op_assign(Lower *L, Node *s) {
    Node *lhs = VEC_AT(s->list, 0), *rhs = VEC_AT(s->list2, 0);
    Tok op = (Tok)(s->op - TK_ADD_ASSIGN + TK_ADD);
    Type *t = value_type(lhs->type);
    MapRef *r = lower_map_ref(L, lhs);
    IRInstr *old = map_ref_load(L, r);
    IRInstr *y = lower_expr(L, rhs);
    IRInstr *v = lower_binary_values(L, op, t, old, t, y, rhs->type, s->pos, s);
    emit_store(L, lower_map_slot(L, r), v, s->pos);
    free(r);
}

IRInstr *lower_map_len(Lower *L, Node *x, Pos pos) {
    return emit_callrt(L, "gort_maplen", t_int, pos, 1, lower_expr(L, x));
}

void lower_map_delete(Lower *L, Node *call) {
    Node *mn = VEC_AT(call->list, 0);
    Type *t = value_type(mn->type);
    IRInstr *m = lower_expr(L, mn);
    IRInstr *k = key_addr(L, t, VEC_AT(call->list, 1));
    emit_callrt(L, "gort_mapdelete", NULL, call->pos, 3, map_typedesc(t), m, k);
}

void lower_map_clear(Lower *L, Node *call) {
    Node *mn = VEC_AT(call->list, 0);
    IRInstr *m = lower_expr(L, mn);
    emit_callrt(L, "gort_mapclear", NULL, call->pos, 2, map_typedesc(value_type(mn->type)), m);
}

/* ---- range ------------------------------------------------------------------------------- */

/* Assigns one iteration value to a range key/value: a fresh variable per iteration with :=,
 * else any assignable expression (including another map's m[k]). */
static void range_target(Lower *L, Node *s, Node *lhs, IRInstr *v, Type *vt) {
    if (!lhs || is_blank(lhs) || !v) return;
    if (s->op == TK_DEFINE) {
        Obj *o = lhs->obj;
        if (!o) return;
        IRInstr *var = emit_var(L, o, lhs->pos);
        emit_store(L, var, lower_conversion(L, v, vt, o->type, lhs->pos, lhs), lhs->pos);
        return;
    }
    Type *lt = unparen(lhs)->type;
    IRInstr *addr = is_map_index(lhs) ? lower_map_slot(L, lower_map_ref(L, lhs)) : lower_addr(L, lhs);
    emit_store(L, addr, lower_conversion(L, v, vt, lt, lhs->pos, lhs), lhs->pos);
}

/* The iteration value at word `index` of the iterator (0: key, 1: value), of type t. */
static IRInstr *iter_word(Lower *L, IRInstr *it, int index, Type *t, Pos pos) {
    IRInstr *slot = emit2(L, IR_INDEXADDR, type_pointer(t_unsafeptr), pos, it, k_int(index));
    slot->elem = t_unsafeptr;
    IRInstr *p = emit_convert(L, emit_load(L, slot, t_unsafeptr, pos), type_pointer(t), pos);
    return emit_load(L, p, t, pos);
}

void lower_map_range(Lower *L, Node *s, Node *label) {
    Node *x = s->x;
    Pos pos = s->pos;
    Type *t = value_type(x->type), *mt = under(t);
    Node *key = s->op ? s->key : NULL, *val = s->op ? s->value : NULL;
    IRInstr *m = lower_expr(L, x);
    IRInstr *it = emit_temp(L, type_array(t_unsafeptr, MAP_ITER_WORDS), pos);
    emit_callrt(L, "gort_mapiterinit", NULL, pos, 3, map_typedesc(t), m, it);
    IRBlock *cond = new_block(L, "maprange.cond"), *body = new_block(L, "maprange.body"),
            *done = new_block(L, "maprange.done");
    emit_jump(L, cond, pos);
    L->loop_depth++;
    set_block(L, cond);
    IRInstr *more = emit_callrt(L, "gort_mapiternext", t_bool, pos, 1, it);
    emit_branch(L, more, body, done, pos);
    set_block(L, body);
    /* both are read before either is assigned: `for k, m[k] = range m` sees this entry */
    IRInstr *kv = key && !is_blank(key) ? iter_word(L, it, 0, mt->key, pos) : NULL;
    IRInstr *vv = val && !is_blank(val) ? iter_word(L, it, 1, mt->elem, pos) : NULL;
    range_target(L, s, key, kv, mt->key);
    range_target(L, s, val, vv, mt->elem);
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
