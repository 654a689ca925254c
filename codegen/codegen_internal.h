/* codegen_internal.h — state shared by the codegen files (never included outside codegen/).
 *
 * One CG value lives for one codegen_emit call. Everything LLVM-side that is derived from the
 * IR (LLVM types of Go types, functions, globals, descriptors, instruction values) is kept in
 * maps owned by the CG, never in the IR's `cg` fields: the same IRProgram may be emitted
 * several times (one per target), and a stale LLVMValueRef from an earlier context would be a
 * silent miscompile. */
#ifndef GOLC_CODEGEN_INTERNAL_H
#define GOLC_CODEGEN_INTERNAL_H

#include <llvm-c/Core.h>
#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>

#include "codegen.h"

/* ---- pointer-keyed hash map (open addressing, grows at 50% load) ---- */
typedef struct PtrMap {
    const void **keys;
    void **vals;
    size_t cap, len;
} PtrMap;
void *pm_get(PtrMap *m, const void *key);
void pm_put(PtrMap *m, const void *key, void *val);
void pm_free(PtrMap *m);

/* What codegen knows about one Go type. */
typedef struct TypeInfo {
    LLVMTypeRef llty;
    int64_t size, align;      /* Go's layout rules (identical on amd64 and arm64) */
    int *field_index;         /* struct: Go field i → LLVM element index (padding is explicit) */
    int64_t *field_offset;    /* struct: Go byte offsets */
    LLVMValueRef desc;        /* runtime type descriptor (GoType constant), made on demand */
} TypeInfo;

typedef struct CG {
    IRProgram *prog;
    CodegenOptions *opts;
    bool is_arm64;
    LLVMContextRef ctx;
    LLVMModuleRef mod;
    LLVMBuilderRef b;         /* the instruction builder */
    LLVMBuilderRef ab;        /* positioned in the current function's alloca block */
    LLVMTargetMachineRef tm;
    LLVMTargetDataRef td;
    /* frequently used LLVM types */
    LLVMTypeRef i1, i8, i16, i32, i64, f32, f64, ptr, void_t, str_t, slice_t, iface_t;
    LLVMTypeRef gotype_t, gofield_t, gomethod_t;
    /* maps */
    PtrMap types;             /* Type* → TypeInfo* */
    PtrMap funcs;             /* IRFunc* → LLVMValueRef (function) */
    PtrMap closures;          /* IRFunc* → LLVMValueRef (static closure record) */
    PtrMap globals;           /* IRGlobal* → LLVMValueRef */
    PtrMap itabs;             /* IRItab* → LLVMValueRef */
    PtrMap consts;            /* free IRInstr* → LLVMValueRef */
    PtrMap values;            /* per function: IRInstr* → LLVMValueRef; IRBlock* → LLVMBasicBlockRef */
    /* current function */
    IRFunc *fn;
    LLVMValueRef llfn;
    int errors;               /* internal errors + unsupported features reported by codegen */
    void *debug;              /* debuginfo.c's state (DIBuilder, files, current subprogram) */
} CG;

/* ---- errors (codegen.c) ---- */
void cg_ice(CG *cg, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void cg_unsupported(CG *cg, Pos pos, const char *what);

/* ---- layout.c: Go types → LLVM types ---- */
Type *cg_under(Type *t);
TypeInfo *cg_info(CG *cg, Type *t);
LLVMTypeRef cg_type(CG *cg, Type *t);          /* NULL type → void */
int64_t cg_sizeof(CG *cg, Type *t);
int64_t cg_alignof(CG *cg, Type *t);
int cg_field_index(CG *cg, Type *struct_type, int field);
bool cg_is_signed(Type *t);
bool cg_is_float(Type *t);
bool cg_is_complex(Type *t);
bool cg_is_pointer_shaped(Type *t);            /* its interface data word is the value itself */
bool cg_has_pointers(Type *t);
LLVMTypeRef cg_func_type(CG *cg, Type **params, int nparams, Type **results, int nresults);
/* A single result this big is returned through a hidden last parameter (layout.c) */
bool cg_result_in_memory(CG *cg, Type **results, int nresults);
bool cg_big_value(CG *cg, Type *t);   /* passed and returned through memory (layout.c) */
/* func.c: the argument for a parameter passed through memory: a pointer to the value */
LLVMValueRef cg_big_arg(CG *cg, IRInstr *call, IRInstr *arg);
/* func.c: a big call result living in the caller's memory at ptr (see "big aggregates") */
void cg_set_memory_value(CG *cg, IRInstr *in, LLVMValueRef ptr);

/* ---- typedesc.c: runtime type descriptors, itabs, static closures ---- */
void cg_typedesc_init(CG *cg);
LLVMValueRef cg_typedesc(CG *cg, Type *t);
LLVMValueRef cg_itab(CG *cg, IRItab *it);
LLVMValueRef cg_closure(CG *cg, IRFunc *f);
LLVMValueRef cg_const_string(CG *cg, const char *s, size_t len); /* {ptr,len} constant */

/* ---- func.c: functions and instructions ---- */
LLVMValueRef cg_func_decl(CG *cg, IRFunc *f);
void cg_func_body(CG *cg, IRFunc *f);
LLVMValueRef cg_value(CG *cg, IRInstr *in);    /* the LLVM value of an operand */
LLVMValueRef cg_entry_alloca(CG *cg, LLVMTypeRef ty, int64_t align, const char *name);
LLVMValueRef cg_global(CG *cg, IRGlobal *g);
LLVMValueRef cg_to_i64(CG *cg, LLVMValueRef v, Type *t); /* integer of any Go int type → i64 */

/* ---- alloc.c: a heap object of a known size (inline fast path, runtime call when empty) ---- */
LLVMValueRef cg_heap_alloc(CG *cg, Type *elem, int64_t size, LLVMValueRef desc);

/* ---- arith.c: arithmetic, comparison and conversion with Go semantics ---- */
LLVMValueRef cg_binop(CG *cg, IRInstr *in);
LLVMValueRef cg_unop(CG *cg, IRInstr *in);
LLVMValueRef cg_cmp(CG *cg, IRInstr *in);
LLVMValueRef cg_equal(CG *cg, Type *t, LLVMValueRef a, LLVMValueRef b); /* → i1 */
LLVMValueRef cg_convert(CG *cg, IRInstr *in);
LLVMValueRef cg_strcmp(CG *cg, IRInstr *in);

/* ---- checks.c: run-time checks with cold panic blocks ---- */
/* Continues in a fresh block when ok (i1) holds; otherwise calls the noreturn runtime function
 * rt with the given i64 arguments. */
void cg_check(CG *cg, LLVMValueRef ok, const char *rt, LLVMValueRef *args, int nargs);
void cg_boundscheck(CG *cg, IRInstr *in);
void cg_slicecheck(CG *cg, IRInstr *in);
void cg_nilcheck(CG *cg, IRInstr *in);

/* ---- calls.c: Go calls and the C ABI ---- */
LLVMValueRef cg_call(CG *cg, IRInstr *in);      /* CALL, CALLIND, CALLIFACE, CALLRT */
/* Declares (once) and calls a C function with already-flattened scalar arguments. */
LLVMValueRef cg_call_c(CG *cg, const char *name, LLVMTypeRef ret, LLVMValueRef *args, int nargs);
LLVMValueRef cg_runtime_fn(CG *cg, const char *name, LLVMTypeRef fnty);
LLVMValueRef cg_extern_decl(CG *cg, IRFunc *f);

/* ---- defer.c: setjmp, recover and keepalive calls; attributes of thunks (defer/recover) ---- */
bool cg_defer_rt_call(CG *cg, IRInstr *in, LLVMValueRef *out); /* false: not one of them */
void cg_defer_func_attrs(CG *cg, IRFunc *f, LLVMValueRef fn);

/* ---- target.c ---- */
const char *cg_triple(const char *goarch);
bool cg_target_init(CG *cg);
bool cg_optimize(CG *cg);
bool cg_write_output(CG *cg, EmitKind kind, const char *path);

/* ---- link.c ---- */
int cg_link(const char *goarch, const char *obj, const char *runtime_lib, const char *output,
            bool sanitize_address);

/* ---- sanitize.c: -sanitize=address; returns `slot` itself in normal builds ---- */
LLVMValueRef cg_asan_stack_slot(CG *cg, IRInstr *alloc, LLVMValueRef slot, LLVMTypeRef ty, int64_t align);

/* ---- debuginfo.c: DWARF line tables and the frame attributes runtime.Caller relies on ---- */
void cg_debug_init(CG *cg);
void cg_debug_finalize(CG *cg);                  /* before verification */
void cg_debug_dispose(CG *cg);
void cg_debug_begin(CG *cg, IRFunc *f);          /* cg->llfn is f's function */
void cg_debug_pos(CG *cg, Pos pos);              /* before emitting the instruction at pos */
void cg_debug_end(CG *cg);
void cg_debug_func_attrs(CG *cg, IRFunc *f, LLVMValueRef fn);

/* ---- entry.c ---- */
void cg_program_entry(CG *cg);

#endif
