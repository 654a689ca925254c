/* ir.h — golc's intermediate representation: the contract between lowering, escape analysis
 * and codegen.
 *
 * Shape. A program is a set of functions and globals. A function is a list of basic blocks;
 * a block is a list of instructions ending in exactly one terminator (JUMP, BRANCH, RET,
 * UNREACHABLE). Each instruction that produces a value defines it once (SSA values), and a
 * use must be dominated by its definition. There are no phis: Go variables live in memory
 * (an ALLOC site each), so a value that must flow across a join goes through a variable; codegen
 * hands those to LLVM's mem2reg. Constants, globals' addresses, function references and type
 * descriptors are "free" instructions (not in any block, usable anywhere).
 *
 * Types. Every value has a frontend Type* (types.h). The LLVM shape of each Go type is fixed
 * by codegen (codegen/layout.c); the IR never mentions LLVM. Aggregates (structs, arrays,
 * strings, slices, interfaces, tuples) are first-class values: LOAD of a struct yields the
 * whole struct, EXTRACT picks a member, MAKE builds one.
 *
 * Allocation sites. Every place that may need memory beyond a register is one ALLOC with a
 * site kind, a type, a source position and a `decision` that only escape/ writes.
 * Codegen: STACK → an alloca in the entry block, zeroed at the ALLOC's position (so a variable
 * declared in a loop is re-zeroed every iteration); HEAP → a call to the runtime allocator.
 * ALLOCs with a `count` operand (make([]T, n), buffers sized at run time) allocate `count`
 * elements of `type`; they may be STACK only when count is a constant.
 *
 * Checks. Bounds, nil and division checks are explicit instructions so that later passes can
 * remove them; codegen expands each into a compare and a branch to a cold block that calls the
 * runtime's panic function with gc's message.
 *
 * Printing. ir_print() writes the textual form shown by `golc build -emit=ir`. */
#ifndef GOLC_IR_H
#define GOLC_IR_H

#include "types.h"

typedef struct IRFunc IRFunc;
typedef struct IRBlock IRBlock;
typedef struct IRInstr IRInstr;
typedef struct IRGlobal IRGlobal;
typedef struct IRItab IRItab;

typedef enum IROp {
    /* free values (no block) */
    IR_CONST,       /* cv (converted to `type`); or cv == NULL: the zero value of `type` */
    IR_GLOBALADDR,  /* global: address of a package-level variable (type = *T) */
    IR_FUNCVAL,     /* func: a func value for a top-level function (static closure, no env) */
    IR_TYPEDESC,    /* ref_type: pointer to the runtime type descriptor of ref_type (unsafe.Pointer) */
    IR_ITAB,        /* itab: pointer to the method table for (concrete type, interface type) */
    /* entry block */
    IR_PARAM,       /* index-th parameter value (receiver first for methods); index -1: the
                       hidden env pointer (the closure record the function was called
                       through), used by func literals and method values (lowering) */
    /* memory */
    IR_ALLOC,       /* args[0] = count (optional): pointer to zeroed memory for `elem` (×count) */
    IR_LOAD,        /* args[0] = address → value of `type` */
    IR_STORE,       /* args[0] = address, args[1] = value */
    IR_ZERO,        /* args[0] = address: store the zero value of `elem` */
    IR_MEMMOVE,     /* args[0] = dst ptr, args[1] = src ptr, args[2] = byte count (int) */
    IR_FIELDADDR,   /* args[0] = pointer to struct; index → pointer to that field */
    IR_INDEXADDR,   /* args[0] = pointer to element 0 (or to an array), args[1] = index (int)
                       → pointer to element; `elem` = element type. No bounds check. */
    /* aggregates */
    IR_MAKE,        /* args = members → aggregate of `type`: struct fields in order, string
                       (ptr, len), slice (ptr, len, cap), interface (typedesc/itab, data),
                       array (elements), tuple (members) */
    IR_EXTRACT,     /* args[0] = aggregate; index → member (string/slice: 0 ptr, 1 len, 2 cap;
                       interface: 0 type, 1 data) */
    /* arithmetic (operands have identical types; result `type`) */
    IR_BINOP,       /* op: TK_ADD SUB MUL QUO REM AND OR XOR SHL SHR AND_NOT with Go semantics:
                       wrapping, x/-1 ok, shifts ≥ width give 0 / sign fill (shift count may be
                       any unsigned or non-negative signed integer type: args[1] keeps its type;
                       negative signed counts panic: codegen checks), division by zero panics,
                       float ops IEEE. String + is not a BINOP: lowering uses ALLOC + MEMMOVE. */
    IR_UNOP,        /* op: TK_SUB (negate), TK_XOR (bitwise complement), TK_NOT (bool not) */
    IR_CMP,         /* op: TK_EQL NEQ LSS LEQ GTR GEQ; operands of any comparable type
                       (strings, structs and arrays compared member-wise by codegen) → bool */
    IR_CONVERT,     /* numeric conversion of args[0] to `type` (int↔int, int↔float,
                       float↔float, complex↔complex; float→int truncates like gc on the target),
                       or between types with identical underlying representation (no-op) */
    IR_STRCMP,      /* args[0], args[1] strings → int (-1/0/1) (for < <= > >=) */
    /* checks */
    IR_BOUNDSCHECK, /* args[0] = index, args[1] = length; check: 0 ≤ index < length,
                       panics "index out of range [i] with length n" */
    IR_SLICECHECK,  /* args = (lo, hi, max) as ints (max = cap or len); index = check_kind: which
                       bound failed is reported exactly as gc does (see runtime.h).
                       Kinds as lowering emits them (codegen/checks.c): 0 slice (lo, hi, cap),
                       1 string/array (lo, hi, len), 2 3-index slice (lo, hi, max, cap),
                       3 3-index array (lo, hi, max, len). Bounds keep their integer type. */
    IR_NILCHECK,    /* args[0] = pointer: panics "invalid memory address or nil pointer dereference" */
    /* calls */
    IR_CALL,        /* func = callee, args = arguments → result (`type`: T, tuple, or NULL) */
    IR_CALLIND,     /* args[0] = func value, args[1..] = arguments */
    IR_CALLIFACE,   /* args[0] = interface value, index = method index in the interface's sorted
                       method set, args[1..] = arguments; the receiver passed is the data word */
    IR_CALLRT,      /* rt_name = runtime function (runtime.h), args → result; the C ABI
                       applies: see codegen for how aggregates are flattened */
    /* terminators */
    IR_JUMP,        /* succ[0] */
    IR_BRANCH,      /* args[0] = bool; succ[0] if true else succ[1] */
    IR_RET,         /* args = results (0, 1, or n: codegen packs n > 1 into a tuple) */
    IR_UNREACHABLE, /* after a call that never returns (panic) */
    IR_OP_COUNT
} IROp;

typedef enum AllocKind {
    ALLOC_VAR,       /* a declared local variable (incl. params/results whose address is taken) */
    ALLOC_TEMP,      /* compiler temporary (e.g. && / || result); never escapes */
    ALLOC_NEW,       /* new(T) */
    ALLOC_COMPOSITE, /* &T{...} and composite literal storage */
    ALLOC_SLICELIT,  /* backing array of a slice literal []T{...} */
    ALLOC_MAKESLICE, /* make([]T, len, cap) backing array */
    ALLOC_MAKEMAP,   /* make(map...) / map literal: the map's header (see "Maps" below) */
    ALLOC_MAKECHAN,  /* make(chan...) (later) */
    ALLOC_CLOSURE,   /* closure environment (later) */
    ALLOC_BOX,       /* interface boxing of a non-pointer value */
    ALLOC_STRBUF,    /* string concatenation / conversion buffer */
    ALLOC_APPEND,    /* backing array grown by append */
    ALLOC_VARIADIC,  /* implicit slice for a ... parameter */
    ALLOC_DEFER,     /* defer/go argument record (later) */
} AllocKind;

typedef enum AllocDecision { DEC_UNDECIDED, DEC_STACK, DEC_HEAP } AllocDecision;

/* Lowering conventions (frontend/lower*.c), documented here because escape and codegen read
 * the IR they produce:
 *  - Maps (frontend/lower_map.c, runtime/map.c). A map value is the address of its header: an
 *    ALLOC_MAKEMAP of [8]unsafe.Pointer (site = the make call or the map literal), initialised
 *    by CALLRT gort_makemap(hdr, TYPEDESC map, hint) and IR_CONVERTed to the map type. The
 *    header points to slot tables the runtime allocates on the heap (never an ALLOC): a key
 *    or value stored into a map goes to the heap. Stores into a map go through the pointer
 *    returned by CALLRT gort_mapassign(TYPEDESC, m, &key) (an ALLOC_TEMP holding the key):
 *    that pointer is heap memory. Reads copy into an ALLOC_TEMP (gort_mapaccess); range
 *    loads key/value pointers (into the heap) from an ALLOC_TEMP iterator.
 *  - Every ALLOC's `type` is a pointer to `elem` (also with a count: pointer to element 0).
 *  - Params: PARAM i in the entry block, stored into an ALLOC_VAR when the param is named.
 *    Named results are ALLOC_VARs allocated (zeroed) in the entry block; a bare `return`
 *    loads them. Unnamed results are not variables: RET takes the values directly.
 *  - For a `for` loop whose init declares an address-taken variable, the body works on a
 *    per-iteration copy: a second ALLOC_VAR for the same Obj at the top of the body (loop
 *    depth + 1), copied back before the post statement (Go 1.22 semantics).
 *  - CALLRT arguments are always scalars or pointers: lowering flattens strings and slices
 *    into their words (EXTRACT) itself, and passes out-pointers (ALLOC_TEMP) where runtime.h
 *    returns through one. CALLRT results are scalars or a string.
 *  - append: the growth path is `CALLRT gort_growslice(out, ptr, len, cap, newlen, elemsize,
 *    TYPEDESC elem)`; that CALLRT instruction is the allocation site of the new backing array
 *    and carries alloc_kind = ALLOC_APPEND and site = the append call (it has no decision:
 *    the runtime always allocates on the heap). Escape should treat the resulting slice's
 *    backing array as a heap location; `out` is an ALLOC_TEMP holding the result slice.
 *  - Interface data words and boxed pointers are converted to unsafe.Pointer with IR_CONVERT
 *    (a no-op on pointers); IR_CONVERT is also used for unsafe.Pointer <-> uintptr.
 *  - Closures: a func literal that captures variables is its own IRFunc plus an ALLOC_CLOSURE
 *    record struct { code unsafe.Pointer; X0 *T0; ... } holding the captured variables'
 *    addresses (site = the N_FUNCLIT); `code` is LOADed from word 0 of the IR_FUNCVAL of the
 *    literal's IRFunc. Inside, PARAM -1 is the record; each captured variable's address is
 *    LOADed from it in the entry block. Method values x.M bind the receiver the same way,
 *    with a synthesized "pkg.T.M-fm" as code (site = the selector).
 *  - Type assertions to a non-empty interface I call the synthesized "golc.assert.I"
 *    (type descriptor → static itab or nil), built after all functions from the concrete
 *    types lowering converted to interfaces.
 *  - Non-empty → empty interface conversion loads the type descriptor from word 0 of the
 *    itab (LOAD unsafe.Pointer through the itab pointer converted to *unsafe.Pointer). */

struct IRInstr {
    IROp op;
    int id;             /* value number within the function (for printing) */
    Type *type;         /* result type (NULL: no value) */
    Pos pos;
    Pos inl_pos;        /* copied by inlining (escape/inline_clone.c): the outermost call's
                           position in the function it now belongs to; else line 0 */
    IRBlock *block;     /* NULL for free values */
    IRInstr **args;
    int nargs;
    /* op-specific */
    int index;          /* PARAM, FIELDADDR, EXTRACT, SLICECHECK kind */
    Tok op2;            /* BINOP/UNOP/CMP operator */
    ConstVal *cv;       /* CONST */
    IRGlobal *global;   /* GLOBALADDR */
    IRItab *itab;       /* ITAB */
    IRFunc *func;       /* CALL, FUNCVAL */
    Type *ref_type;     /* TYPEDESC */
    const char *rt_name;/* CALLRT */
    IRBlock *succ[2];   /* JUMP, BRANCH */
    /* ALLOC */
    AllocKind alloc_kind;
    Type *elem;         /* ALLOC: allocated type (per element); ZERO, INDEXADDR: element type */
    AllocDecision decision;
    Obj *var;           /* ALLOC_VAR: the variable */
    Node *site;         /* ALLOC (not VAR): the expression that caused it (for -m messages) */
    int loop_depth;     /* ALLOC, CALL, CALLIND: number of loops enclosing the site (the
                           syntactic nesting: what an inlined body's allocations add) */
    void *cg;           /* codegen's LLVMValueRef; opaque here */
    void *esc;          /* escape analysis' per-instruction data; opaque here */
};

struct IRBlock {
    int id;
    const char *name;   /* hint for printing ("entry", "for.body", ...) */
    IRFunc *func;
    Vec instrs;         /* IRInstr*; the last one is the terminator */
    void *cg;
};

struct IRFunc {
    const char *name;   /* link name: "main.main", "main.T.String", "main.(*T).Set", "fmt.Println" */
    Obj *obj;           /* NULL for synthesized functions (package init) */
    Type *sig;          /* T_FUNC; for methods the receiver is params[0] of the IR function */
    Type **param_types; /* all IR params (receiver first) */
    int nparams;
    Type **result_types;
    int nresults;
    Vec blocks;         /* IRBlock*; blocks.data[0] is the entry */
    bool external;      /* body-less Go declaration: implemented in C as `c_name` */
    const char *c_name; /* "fmt_writeString" for func writeString in package fmt (see codegen) */
    Pos pos;
    Package *pkg;
    int nvalues;        /* counter for IRInstr ids */
    void *cg;
    void *esc;
    /* Added by lowering (additive): for a method with a value receiver T (not pointer-shaped),
     * the synthesized wrapper "pkg.(*T).M" whose receiver is *T (it loads *recv and calls
     * this method). Itabs and the type descriptors' method tables use it, because the
     * receiver passed through an interface is always the data word. NULL otherwise. */
    IRFunc *ptr_wrapper;
    IRFunc *wrapped;    /* on a wrapper: the method it calls (else NULL) */
    /* Added by the defer part (additive): a defer statement's thunk (frontend/lower_defer.c),
     * which codegen keeps a real frame of its own (recover checks the frame chain). */
    bool defer_thunk;
    /* Added by range-over-func (frontend/lower_rangefunc.c): a loop body closure. Its defer
     * records join the enclosing function's frame and outlive this one: never frame-local. */
    bool rangefunc_body;
    /* Closure names follow gc's scheme (frontend/lower_closure.c: lower_closure_name): literals
     * count per outer function, range bodies separately, and a range body's literals count
     * in the function whose loop it is. */
    bool funclit;           /* the code of a func literal */
    IRFunc *range_parent;   /* on a range body: the function owning the loop */
    int nfunclits, nrangelits;
};

struct IRGlobal {
    const char *name;   /* link name: "main.counter" */
    Type *type;
    Obj *obj;
    void *cg;
};

/* Interfaces. An empty interface holds (type descriptor, data); a non-empty one holds
 * (itab, data), where an itab is { type descriptor, code pointers in the order of the
 * interface's sorted method set }. `data` is the value itself for pointer-shaped types
 * (pointers, unsafe.Pointer, maps, chans, funcs) and otherwise a pointer to a boxed copy
 * (an ALLOC_BOX site). Either way every itab entry is a function whose receiver is that data
 * word: for a value-receiver method of T lowering synthesizes the wrapper "(*T).M". */
struct IRItab {
    Type *concrete;
    Type *iface;
    IRFunc **methods;   /* one per interface method, in sorted order */
    int nmethods;
    void *cg;
};

typedef struct IRProgram {
    Vec funcs;          /* IRFunc* (external ones included, so calls can reference them) */
    Vec globals;        /* IRGlobal* */
    Vec itabs;          /* IRItab* */
    IRFunc *main;       /* main.main */
    IRFunc *init;       /* synthesized: runs every package's var initialisation and init()
                           functions in dependency order; called by the runtime before main */
} IRProgram;

/* Construction helpers (frontend/ir.c) */
IRFunc *ir_func_new(IRProgram *p, const char *name);
IRBlock *ir_block_new(IRFunc *f, const char *name);
IRInstr *ir_instr_new(IROp op, Type *type, Pos pos);       /* free value or to be appended */
IRInstr *ir_append(IRBlock *b, IRInstr *in);              /* sets block + id; returns in */
void ir_set_args(IRInstr *in, int n, ...);                 /* IRInstr* varargs */
bool ir_is_terminator(IROp op);
const char *ir_op_name(IROp op);
const char *alloc_kind_name(AllocKind k);
void ir_print(IRProgram *p, StrBuf *out);
void ir_print_func(IRFunc *f, StrBuf *out);
void ir_verify(IRProgram *p);   /* aborts with a message on a malformed IR (debug aid) */
/* Added (additive): the checks ir_verify makes, without aborting: returns the number of
 * problems found and describes each on a line of `err` (may be NULL). For tests. */
int ir_check(IRProgram *p, StrBuf *err);
int ir_check_func(IRFunc *f, StrBuf *err);

#endif
