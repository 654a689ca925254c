package runtime

// Call stacks: Caller, Callers, FuncForPC and CallersFrames (the C side is
// stdlib/runtime/symtab.c over runtime/symtab.c, which walks frame pointers and reads the
// executable's symbol table and DWARF line tables, emitted by codegen/debuginfo.c).
//
// Known difference from gc: gc keeps a tree of inlined calls, so a frame inlined into
// another is still a frame of its own. Golc's frames are machine frames: a function inlined
// into its caller (by golc's inliner or LLVM's) reports its caller's name, while lines are
// still those of the inlined code. Functions that call Caller or Callers themselves are
// never inlined, so their own frame and the ones they ask about are real.

// Caller reports file and line number information about function invocations on the
// calling goroutine's stack. The argument skip is the number of stack frames to ascend,
// with 0 identifying the caller of Caller. The return values report the program counter,
// the file name, and the line number within the file of the corresponding call. The
// boolean ok is false if it was not possible to recover the information.
func Caller(skip int) (pc uintptr, file string, line int, ok bool)

// Callers fills the slice pc with the return program counters of function invocations on
// the calling goroutine's stack. The argument skip is the number of stack frames to skip
// before recording in pc, with 0 identifying the frame for Callers itself and 1 identifying
// the caller of Callers. It returns the number of entries written to pc.
func Callers(skip int, pc []uintptr) int

// A Func represents a Go function in the running binary.
type Func struct {
	name  string
	entry uintptr
}

// FuncForPC returns a *Func describing the function that contains the given program
// counter address, or else nil.
func FuncForPC(pc uintptr) *Func {
	name, entry, ok := funcInfo(pc)
	if !ok {
		return nil
	}
	return &Func{name: name, entry: entry}
}

// funcInfo: the name (gc's spelling) and entry of the function containing pc (symtab.c).
func funcInfo(pc uintptr) (name string, entry uintptr, ok bool)

// fileLine: the source position of the instruction at pc; "?" and 0 when unknown.
func fileLine(pc uintptr) (file string, line int)

// Name returns the name of the function.
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.name
}

// Entry returns the entry address of the function.
func (f *Func) Entry() uintptr {
	if f == nil {
		return 0
	}
	return f.entry
}

// FileLine returns the file name and line number of the source code corresponding to the
// program counter pc. The result will not be accurate if pc is not a program counter
// within f.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	return fileLine(pc)
}

// Frames may be used to get function/file/line information for a slice of PC values
// returned by Callers.
type Frames struct {
	callers []uintptr
}

// Frame is the information returned by Frames for each call frame.
type Frame struct {
	// PC is the program counter for the location in this frame (for a frame that called
	// another frame, the call instruction's).
	PC uintptr
	// Func is the Func value of this call frame, nil if unknown.
	Func *Func
	// Function is the package path-qualified function name of this call frame.
	Function string
	// File and Line are the file name and line number of the location in this frame.
	File string
	Line int
	// Entry point program counter for the function.
	Entry uintptr
}

// CallersFrames takes a slice of PCs returned by Callers and prepares to return
// function/file/line information. Do not change the slice until you are done with the
// Frames.
func CallersFrames(callers []uintptr) *Frames {
	return &Frames{callers: callers}
}

// Next returns a Frame representing the next call frame in the slice of PC values,
// and whether there are more frames after it.
func (ci *Frames) Next() (frame Frame, more bool) {
	if len(ci.callers) == 0 {
		return Frame{}, false
	}
	// Callers records return addresses: the call is the instruction before.
	pc := ci.callers[0] - 1
	ci.callers = ci.callers[1:]
	frame.PC = pc
	frame.Func = FuncForPC(pc)
	if frame.Func != nil {
		frame.Function = frame.Func.name
		frame.Entry = frame.Func.entry
	}
	frame.File, frame.Line = fileLine(pc)
	return frame, len(ci.callers) > 0
}
