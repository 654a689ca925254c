/* entry.c — the two C-callable functions the runtime's main() calls (runtime.h):
 *   void golc_program_init(void *env)  → the synthesized package initialiser (IRProgram.init)
 *   void golc_program_main(void *env)  → main.main
 * Both are plain C functions of one pointer argument, which is exactly a Go function's shape
 * with no parameters (the env), so they simply forward it. A program without init or main gets
 * an empty body (object files for tests; linking an executable then still works). */
#include "codegen_internal.h"

static void forwarder(CG *cg, const char *name, IRFunc *target) {
    LLVMTypeRef pt = cg->ptr;
    LLVMTypeRef ft = LLVMFunctionType(cg->void_t, &pt, 1, false);
    LLVMValueRef fn = LLVMAddFunction(cg->mod, name, ft);
    LLVMAttributeRef fp = LLVMCreateStringAttribute(cg->ctx, "frame-pointer", 13, "all", 3);
    LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, fp);
    /* its frame is where runtime.Callers stops (runtime/symtab.c): never a tail call */
    LLVMAttributeRef tc = LLVMCreateStringAttribute(cg->ctx, "disable-tail-calls", 18, "true", 4);
    LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, tc);
    LLVMBasicBlockRef bb = LLVMAppendBasicBlockInContext(cg->ctx, fn, "entry");
    LLVMPositionBuilderAtEnd(cg->b, bb);
    if (target && !target->external && target->nparams == 0) {
        LLVMValueRef callee = cg_func_decl(cg, target);
        LLVMValueRef arg = LLVMGetParam(fn, 0);
        LLVMBuildCall2(cg->b, LLVMGlobalGetValueType(callee), callee, &arg, 1, "");
    } else if (target) {
        cg_ice(cg, "%s cannot be the program's %s", target->name, name);
    }
    LLVMBuildRetVoid(cg->b);
}

void cg_program_entry(CG *cg) {
    forwarder(cg, "golc_program_init", cg->prog->init);
    forwarder(cg, "golc_program_main", cg->prog->main);
}
