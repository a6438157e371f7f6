//! The bytecode: typed register instructions.
//!
//! This file is the contract between `compile` (which emits it) and `vm` (which runs it).
//! Go is statically typed, so every instruction already knows the types of its operands:
//! `AddI` adds two ints and never checks a tag. Registers are numbered per function frame;
//! a frame is a window onto the goroutine's register stack.
//!
//! Calling convention (overlapping windows, as in Lua): `Call { func, base }` makes the
//! callee's register 0 be the caller's register `base`. The caller puts the arguments in
//! `base .. base+nparams` before the call; the callee's `Ret { src, n }` copies its
//! registers `src .. src+n` to its registers `0 .. n`, i.e. the caller finds the results in
//! `base .. base+nresults`. Registers of a new frame above its parameters start zeroed
//! (`Value::ZERO`), which is the zero value of every type, so the compiler need not clear them.
//!
//! Values (see `value.rs`): ints, bools (0/1) and floats (bit pattern) live in `Value::w`;
//! strings, channels, closures, boxes and WaitGroups are heap handles in `Value::h`
//! (0 = nil, and 0 is also the empty string); interface values carry their dynamic type id
//! in `Value::t` (0 = nil interface) plus the payload in `w`/`h`. A slice is a backing-array
//! handle in `h`, offset and length in `w` and capacity in `t` (boxed inside interfaces).
//! A map is the handle of its `Obj::Map` (nil = 0), not boxed inside interfaces.
//! A struct is the handle of an `Obj::Struct` that the holder owns alone (a pointer to the
//! struct is the same handle); the compiler copies it (`CopyStruct`) wherever Go copies a
//! struct value, and assignment copies into the existing object (`StoreStructInto`).

use super::program::{Func, Program};

/// A register index within the current frame.
pub type Reg = u16;
/// An index into `Program::funcs`.
pub type FuncId = u32;
/// An index into `Program::types`.
pub type TypeId = u32;
/// An element type's size in bytes (saturated at 0x7fff) in the low 15 bits, and whether it
/// holds pointers in bit 15: what Go's allocator rounds a grown slice's capacity by.
pub type ElemSize = u16;
/// The bit of `ElemSize` set when the element holds pointers.
pub const ELEM_POINTERS: ElemSize = 0x8000;

/// The operations of `Op::Cplx`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CplxOp {
    /// dst = complex(a, b) from two floats.
    Make,
    Add,
    Sub,
    Mul,
    /// Go's division: no panic on zero, Inf and NaN as the runtime's complex128div.
    Div,
    Neg,
    /// dst = bool(a == b) / bool(a != b).
    Eq,
    Ne,
    /// dst = real(a) / imag(a), a float.
    Real,
    Imag,
    /// dst = a, rounded when `single` (conversions between complex types).
    Conv,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    Nop,
    // ---- constants and moves
    /// dst = v (ints and bools; a bool is 0 or 1).
    LoadInt {
        dst: Reg,
        v: i64,
    },
    /// dst = v (float64).
    LoadFloat {
        dst: Reg,
        v: f64,
    },
    /// dst = Program::strings[k].
    LoadStr {
        dst: Reg,
        k: u32,
    },
    /// dst = the zero Value (nil of any reference type, nil interface, 0, false, "").
    LoadNil {
        dst: Reg,
    },
    Move {
        dst: Reg,
        src: Reg,
    },
    /// Package-level variables.
    LoadGlobal {
        dst: Reg,
        g: u32,
    },
    StoreGlobal {
        g: u32,
        src: Reg,
    },

    // ---- int (int is 64-bit signed; wrapping arithmetic as in Go)
    AddI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    SubI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    MulI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// Panics "integer divide by zero" when b == 0.
    DivI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    RemI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    AndI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    OrI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    XorI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    AndNotI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// Shift count is an unsigned value in b; a negative count panics "negative shift amount".
    ShlI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    ShrI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// dst = a + k (for i++, i += 3 and friends).
    AddIK {
        dst: Reg,
        a: Reg,
        k: i32,
    },
    NegI {
        dst: Reg,
        a: Reg,
    },
    /// Bitwise complement ^a.
    ComplI {
        dst: Reg,
        a: Reg,
    },
    EqI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    NeI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    LtI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    LeI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    GtI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    GeI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// Logical not of a bool.
    Not {
        dst: Reg,
        a: Reg,
    },

    // ---- float64
    AddF {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    SubF {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    MulF {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    DivF {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    NegF {
        dst: Reg,
        a: Reg,
    },
    EqF {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    NeF {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    LtF {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    LeF {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    GtF {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    GeF {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    IntToFloat {
        dst: Reg,
        a: Reg,
    },
    // ---- string
    Concat {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    EqS {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    NeS {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    LtS {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    LeS {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    GtS {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    GeS {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// len(s) in bytes.
    LenS {
        dst: Reg,
        a: Reg,
    },
    /// dst = s[i] (a byte, as int); panics "index out of range [i] with length n".
    IndexS {
        dst: Reg,
        s: Reg,
        i: Reg,
    },
    /// r, w = the rune that starts at byte i of s (0 <= i < len(s)) and its width in bytes,
    /// as a range over a string decodes: U+FFFD and width 1 where no valid UTF-8 sequence
    /// starts.
    DecodeRune {
        r: Reg,
        w: Reg,
        s: Reg,
        i: Reg,
    },

    // ---- reference identity (channels, funcs vs nil, pointers): compares handles.
    EqRef {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    NeRef {
        dst: Reg,
        a: Reg,
        b: Reg,
    },

    // ---- control flow (targets are indices into Func::code)
    Jmp {
        to: u32,
    },
    JmpIf {
        c: Reg,
        to: u32,
    },
    JmpIfNot {
        c: Reg,
        to: u32,
    },

    // ---- calls and closures
    /// Call a known function; see the calling convention above.
    Call {
        func: FuncId,
        base: Reg,
    },
    /// Call the closure value in register f (panics on a nil func value).
    CallClosure {
        f: Reg,
        base: Reg,
    },
    /// Return n values from registers src..src+n.
    Ret {
        src: Reg,
        n: u16,
    },
    /// dst = a closure of `func`, capturing the current frame's registers listed in
    /// `Program::funcs[func].captures` (copied: each is either a value never assigned
    /// after capture, or the handle of a box).
    MakeClosure {
        dst: Reg,
        func: FuncId,
    },
    /// dst = the idx-th captured value of the running closure.
    LoadCapture {
        dst: Reg,
        idx: u16,
    },
    /// dst = a new box (heap cell) holding src: for variables captured by reference
    /// or whose address is taken.
    NewBox {
        dst: Reg,
        src: Reg,
    },
    LoadBox {
        dst: Reg,
        b: Reg,
    },
    StoreBox {
        b: Reg,
        src: Reg,
    },

    // ---- goroutines
    /// Start a goroutine running `func` with arguments copied from base..base+nargs.
    Go {
        func: FuncId,
        base: Reg,
        nargs: u16,
    },
    /// Same with the closure in register f.
    GoClosure {
        f: Reg,
        base: Reg,
        nargs: u16,
    },

    // ---- channels (elem type id is recorded for the views and for printing)
    /// dst = make(chan T, cap); panics "makechan: size out of range" when cap < 0.
    MakeChan {
        dst: Reg,
        cap: Reg,
        elem: TypeId,
    },
    Send {
        ch: Reg,
        v: Reg,
    },
    Recv {
        dst: Reg,
        ch: Reg,
    },
    /// v, ok := <-ch
    Recv2 {
        dst: Reg,
        ok: Reg,
        ch: Reg,
    },
    Close {
        ch: Reg,
    },
    LenChan {
        dst: Reg,
        ch: Reg,
    },
    CapChan {
        dst: Reg,
        ch: Reg,
    },

    // ---- interfaces
    /// dst = interface value with dynamic type `ty` and the payload of src.
    MakeIface {
        dst: Reg,
        src: Reg,
        ty: TypeId,
    },
    /// Calls method `sel` of the interface value in register `base` (arguments after it, as
    /// for `Call`): the function comes from the dynamic type's method table
    /// (`TypeDesc::methods`) and gets the payload, type word cleared, as its receiver. A
    /// nil interface panics with the nil dereference error.
    ///
    /// With `sel` = `PENDING_CALL` it follows an instruction that may need Go code run
    /// (`Native::may_call_go`, `RunDefers`): when that instruction left a function in
    /// register base (its id in the low half of `w`, its closure in `h`, `t` = 1), that
    /// function is called with base+1 as its register 0; `t` becomes 2 and, when the call
    /// returns here, the instruction before runs again. With `t` = 0, nothing happens.
    CallIface {
        sel: u32,
        base: Reg,
    },
    /// x.(T): when the interface value src holds dynamic type `ty` (a concrete type), or a
    /// type implementing `ty` (an interface type), dst = src with, for a concrete `ty`, the
    /// type word cleared (the compiler unboxes or copies the payload after). Otherwise, with
    /// `ok`, dst = the zero Value and dst+1 = false; without, a panic "interface
    /// conversion: ..." naming `iface`, the static type of src. With `ok`, dst+1 = true on
    /// success.
    TypeAssert {
        dst: Reg,
        src: Reg,
        ty: TypeId,
        iface: TypeId,
        ok: bool,
    },
    /// dst = (a == b) for two interface values (dst = (a != b) when `ne`): same dynamic
    /// type and equal payloads; an uncomparable dynamic type panics as Go does.
    EqIface {
        dst: Reg,
        a: Reg,
        b: Reg,
        ne: bool,
    },

    // ---- sync.WaitGroup (a variable of type sync.WaitGroup holds the handle of a heap
    // WaitGroup created by NewWaitGroup at its declaration; &wg is the same handle)
    NewWaitGroup {
        dst: Reg,
    },
    /// wg.Add(n).
    WgAdd {
        wg: Reg,
        n: Reg,
    },
    /// wg.Done(): wg.Add(-1), told apart so that a negative counter's traceback shows the
    /// Done frame Go shows (Add's alone for wg.Add(-1)).
    WgDone {
        wg: Reg,
    },
    WgWait {
        wg: Reg,
    },

    // ---- select
    /// A select statement with `n` cases (source order, the default clause not counted).
    /// Case i's channel is in register base+2i; for a send case (bit i of `sends` set) the
    /// value to send is in base+2i+1. Afterwards dst = the index of the case that ran, or -1
    /// when the default clause was taken; for a receive case, dst+1 = the value received
    /// and dst+2 = ok (false when the channel was closed). With n = 0 and no default
    /// (`select {}`) the goroutine blocks forever. Cases are polled in a random order, as
    /// Go does; nil channels are never ready. At most 32 cases.
    Select {
        dst: Reg,
        base: Reg,
        n: u8,
        has_default: bool,
        sends: u32,
    },

    // ---- sync.Mutex (like WaitGroup: a variable of type sync.Mutex holds the handle of a
    // heap Mutex made by NewMutex at its declaration; &mu is the same handle)
    NewMutex {
        dst: Reg,
    },
    /// mu.Lock(): parks with wait reason "sync.Mutex.Lock" while another goroutine holds it.
    MutexLock {
        mu: Reg,
    },
    /// mu.Unlock(): "fatal error: sync: unlock of unlocked mutex" when not locked.
    MutexUnlock {
        mu: Reg,
    },

    // ---- library functions implemented in Rust; arguments at base..base+nargs,
    // results written to base..
    CallNative {
        native: Native,
        base: Reg,
        nargs: u16,
    },

    /// panic(v): v holds an interface value.
    Panic {
        v: Reg,
    },
    /// defer f(args): records a call of the closure value in f with the nargs values at
    /// base.. (evaluated now) on the goroutine's defer stack, for this frame.
    Defer {
        f: Reg,
        base: Reg,
        nargs: u16,
    },
    /// Takes this frame's latest deferred call off the defer stack (in the panic frame, the
    /// latest of any frame) and leaves it for the `CallIface { sel: PENDING_CALL, base }`
    /// that follows (its function in base, arguments from base+1), which returns here; when
    /// none is left, leaves nothing and execution goes on. See interp/panics.rs.
    RunDefers {
        base: Reg,
    },
    /// dst = recover().
    Recover {
        dst: Reg,
    },
    /// Falling off the end of a function that must return: an internal error.
    Unreachable,
    /// A run-time error whose text (after "runtime error: ") is `Program::strings[k]`.
    RuntimeError {
        k: u32,
    },

    // ---- superinstructions, made only by `compile::peephole` (the last pass, never by code generation)
    /// `dst = a CMP b`, then jump to `to` if the result equals `jump_if`, else skip the next
    /// instruction. Replaces `CmpI{dst,a,b}` followed by `JmpIf/JmpIfNot{c: dst, to}`; that
    /// conditional jump stays in place (and is skipped) for code that jumps to it directly.
    CmpJmpI {
        cmp: Cmp,
        jump_if: bool,
        dst: Reg,
        a: Reg,
        b: Reg,
        to: u32,
    },
    /// `dst = a + k; pc = to`. Replaces `AddIK` followed by `Jmp` (a loop's back edge); the
    /// `Jmp` stays in place for code that jumps to it directly.
    AddIKJmp {
        dst: Reg,
        a: Reg,
        k: i32,
        to: u32,
    },
    /// `kdst = k`, then `dst = a CMP k` and the jump as `CmpJmpI`, skipping the two
    /// instructions after it. Replaces `LoadInt { dst: kdst, v: k }` followed by a `CmpJmpI`
    /// that compares with kdst (`a CMP kdst`, or `kdst CMP x`, turned around into
    /// `x CMP' k`); both stay in place for code that jumps to them directly.
    CmpJmpIK {
        cmp: Cmp,
        jump_if: bool,
        dst: Reg,
        a: Reg,
        kdst: Reg,
        k: i16,
        to: u32,
    },
    /// `a + b` (ints) returned as the one result: replaces `AddI { dst, a, b }` followed by
    /// `Ret { src: dst, n: 1 }` (`return x + y`, the shape of many recursive functions); the
    /// `Ret` stays in place for code that jumps to it directly.
    AddIRet {
        a: Reg,
        b: Reg,
    },
    /// `if a CMP k { return src } else { kdst = k; dst = false; pc = to }` (one result):
    /// replaces a `CmpJmpIK { jump_if: false, .. }` whose fall-through is `Ret { src, n: 1 }`,
    /// the base case of a recursive function (`if n < 2 { return n }`). The compare's
    /// registers are written only on the jump's side: on the other the frame returns and
    /// they die with it. Both instructions stay in place.
    CmpRetIK {
        cmp: Cmp,
        dst: Reg,
        a: Reg,
        kdst: Reg,
        k: i16,
        src: Reg,
        to: u32,
    },
    /// `dst = a` (`add` false) or `dst = a + k` (`add` true, ints), then
    /// `Call { func, base }`, returning past that call. Replaces `Move` or `AddIK` followed
    /// by a `Call` (an argument computed just before the call: `f(x)`, `f(n-1)`); the call
    /// stays in place for code that jumps to it directly.
    ArgCall {
        add: bool,
        dst: Reg,
        a: Reg,
        k: i16,
        func: FuncId,
        base: Reg,
    },

    // ---- slices (layout in value.rs; element access locks the backing array's slot)
    /// dst = make([]elem, len, cap) with zeroed elements. Panics "runtime error: makeslice:
    /// len out of range" when len < 0 or absurdly large, "... cap out of range" when
    /// cap < len; a size over the heap limit is an out-of-memory fatal error.
    MakeSlice {
        dst: Reg,
        len: Reg,
        cap: Reg,
        elem: TypeId,
    },
    /// dst = a new slice of the n values in base..base+n (a composite literal).
    SliceLit {
        dst: Reg,
        base: Reg,
        n: u16,
    },
    /// dst = s[i]; panics "runtime error: index out of range [i] with length n".
    IndexSlice {
        dst: Reg,
        s: Reg,
        i: Reg,
    },
    /// Before an index of type uint, uint64 or uintptr: panics as IndexSlice (IndexS when
    /// `string`) would for i of 2^63 or more, which the register holds as a negative int.
    CheckIndexU {
        s: Reg,
        i: Reg,
        string: bool,
    },
    /// s[i] = v, with the same panic as IndexSlice.
    StoreSlice {
        s: Reg,
        i: Reg,
        v: Reg,
    },
    LenSlice {
        dst: Reg,
        a: Reg,
    },
    CapSlice {
        dst: Reg,
        a: Reg,
    },
    /// dst = append(s, base..base+n): in place when the capacity allows, else into a new
    /// array of the capacity Go's growslice gives (see rt::sizeclass::grown_cap). `elem` is the element type when elements
    /// are struct or array values (each is an object a slot owns: moving them to a new
    /// array copies them, as Go copies values), else 0.
    Append {
        dst: Reg,
        s: Reg,
        base: Reg,
        n: u16,
        elem: TypeId,
        /// The element's size in bytes and whether it holds pointers (`ElemSize`), for the
        /// capacity Go gives a grown slice.
        esize: ElemSize,
    },
    /// dst = append(s, t...); `elem` and `esize` as for Append (t's elements are copied too).
    AppendSlice {
        dst: Reg,
        s: Reg,
        t: Reg,
        elem: TypeId,
        esize: ElemSize,
    },
    /// dst = s[lo:hi:max] of a slice; `flags` says which bounds are present (SLICE_LO,
    /// SLICE_HI, SLICE_MAX); absent ones are 0, len(s) and cap(s). Panics with Go's
    /// "runtime error: slice bounds out of range ..." texts.
    SliceExpr {
        dst: Reg,
        s: Reg,
        lo: Reg,
        hi: Reg,
        max: Reg,
        flags: u8,
    },
    /// dst = s[lo:hi] of a string (a new string); flags as for SliceExpr.
    SliceStr {
        dst: Reg,
        s: Reg,
        lo: Reg,
        hi: Reg,
        flags: u8,
    },
    /// dst = copy(to, from): the number of elements copied, min(len(to), len(from)).
    /// `elem` as for Append: struct or array elements are copied into to's own objects.
    Copy {
        dst: Reg,
        to: Reg,
        from: Reg,
        elem: TypeId,
    },
    /// dst = []byte(s), or []rune(s) when `runes`.
    StrToSlice {
        dst: Reg,
        s: Reg,
        runes: bool,
    },
    /// dst = string(b) of a []byte (its bytes as they are), or of a []rune when `runes`.
    SliceToStr {
        dst: Reg,
        s: Reg,
        runes: bool,
    },
    /// dst = the array (or pointer to an array) `a` of `n` elements viewed as a slice of all
    /// of them, sharing its storage: how indexing, slicing, len and range reach an array's
    /// elements. A nil pointer panics as Go's nil dereference.
    ArraySlice {
        dst: Reg,
        a: Reg,
        n: u32,
    },
    /// dst = [n]T(s): a new array of the slice's first n elements (`ty` the array type);
    /// panics "cannot convert slice with length L to array or pointer to array with
    /// length n" when the slice is shorter.
    SliceToArray {
        dst: Reg,
        s: Reg,
        ty: TypeId,
    },
    /// dst = (*[n]T)(s): a pointer to the slice's first n elements, sharing them. Panics
    /// as `SliceToArray` when the slice is shorter. An array is an object of its own (its
    /// pointer, its handle), so the pointer can share the slice's storage only when the
    /// slice starts its backing array and the array has exactly n elements; otherwise the
    /// conversion stops the program as not supported yet.
    SliceToArrayPtr {
        dst: Reg,
        s: Reg,
        n: u32,
    },
    /// dst = string(r) of an integer: its UTF-8 encoding, "\uFFFD" when r is no rune.
    RuneToStr {
        dst: Reg,
        a: Reg,
    },

    // ---- structs (an `Obj::Struct` per struct value; a struct-typed register, field,
    // element or global holds the handle of an object it owns alone, and a pointer to a
    // struct is that same handle). `ty` is the struct's TypeId, whose field types say
    // which fields are nested structs (copied deeply) and which are sync objects.
    /// dst = a new zero struct: nested struct fields are fresh zero structs and sync.Mutex
    /// / sync.WaitGroup fields fresh unlocked objects.
    NewStruct {
        dst: Reg,
        ty: TypeId,
    },
    /// dst = a deep copy of the struct src (value semantics: assignment to a new variable,
    /// passing, sending, boxing in an interface). A copied Mutex or WaitGroup (a field, or
    /// `ty` itself) is a new object in the original's state, as Go copies the state word:
    /// a WaitGroup passed by value keeps its counter, a copy of a locked Mutex is locked.
    /// A nil src (a zero value that was never materialised, e.g. received from a closed
    /// channel) copies as the zero struct.
    CopyStruct {
        dst: Reg,
        src: Reg,
        ty: TypeId,
    },
    /// Copies src's fields into the existing object dst (`v = w`, `*p = w`), so pointers
    /// to dst (and to its nested struct fields) keep seeing it. Panics with the nil
    /// dereference error when dst is nil. Sync fields and library cells of dst keep their
    /// objects and take src's state (a Mutex's lock, a WaitGroup's counter, a cell's value);
    /// `ty` may be sync.Mutex or WaitGroup itself.
    StoreStructInto {
        dst: Reg,
        src: Reg,
        ty: TypeId,
    },
    /// dst = obj.fields[idx]; nil obj: "invalid memory address or nil pointer dereference",
    /// whose signal line reports `addr`: the address gc's code would fault at, the field's
    /// offset in Go's layout (the sum of the offsets of a chain of struct-valued fields).
    LoadField {
        dst: Reg,
        obj: Reg,
        idx: u16,
        addr: u32,
    },
    /// obj.fields[idx] = src, with the same nil check (`addr` as LoadField's, for the word
    /// gc stores first).
    StoreField {
        obj: Reg,
        idx: u16,
        src: Reg,
        addr: u32,
    },
    /// Complex arithmetic: a complex value is the handle of an immutable object holding
    /// its parts (0 = 0+0i). Unary operations read `a` only; `single` rounds a complex
    /// result's parts (or `Real`/`Imag`'s float) to float32, for complex64.
    Cplx {
        op: CplxOp,
        dst: Reg,
        a: Reg,
        b: Reg,
        single: bool,
    },
    /// dst = (a == b) field by field for struct type `ty` (dst = (a != b) when `ne`).
    EqStruct {
        dst: Reg,
        a: Reg,
        b: Reg,
        ty: TypeId,
        ne: bool,
    },
    /// Panics with the nil dereference error when p is nil (`*p` of a struct pointer, or a
    /// value method called through one: both copy the struct p points to; `p[c]` of a
    /// pointer to an array). `addr` is the fault address the signal line reports.
    NilCheck {
        p: Reg,
        addr: u32,
    },
    /// Panics with the nil dereference error when the interface value x is nil (its type
    /// word is 0): the method value `i.M` of a nil interface, as Go evaluates it.
    NilCheckIface {
        x: Reg,
    },
    /// Panics with `Program::strings[k]` (Go's panicwrap text, "value method main.T.M
    /// called using nil *T pointer") when the pointer p is nil: the method table's wrapper
    /// that calls a value method through a *T.
    NilCheckWrap {
        p: Reg,
        k: u32,
    },
    /// dst = &obj.fields[idx] for a field that is not itself a struct: an interior pointer,
    /// the struct's handle in `h` and idx+1 in `w` (LoadBox/StoreBox follow it). Panics
    /// with the nil dereference error when obj is nil.
    FieldAddr {
        dst: Reg,
        obj: Reg,
        idx: u16,
    },
    /// dst = &s[i] for an element that is not a struct: the backing array's handle in `h`
    /// and (offset + i)+1 in `w`; panics as IndexSlice does when i is out of range.
    ElemAddr {
        dst: Reg,
        s: Reg,
        i: Reg,
    },

    // ---- maps (rt/map.rs). A map value is the handle of an `Obj::Map`; nil is handle 0.
    // Every access locks the map's slot. `kk` says how the key is compared.
    /// dst = make(map[key]elem) (a size hint is evaluated by the compiler and ignored).
    MakeMap {
        dst: Reg,
        key: TypeId,
        elem: TypeId,
    },
    /// dst = m[k], or the zero value when k is absent or m is nil.
    MapIndex {
        dst: Reg,
        m: Reg,
        k: Reg,
        kk: MapKeyKind,
    },
    /// dst, ok = m[k].
    MapIndex2 {
        dst: Reg,
        ok: Reg,
        m: Reg,
        k: Reg,
        kk: MapKeyKind,
    },
    /// m[k] = v; panics "assignment to entry in nil map" when m is nil.
    MapStore {
        m: Reg,
        k: Reg,
        v: Reg,
        kk: MapKeyKind,
    },
    /// delete(m, k): nothing when m is nil or k absent.
    MapDelete {
        m: Reg,
        k: Reg,
        kk: MapKeyKind,
    },
    LenMap {
        dst: Reg,
        m: Reg,
    },
    /// clear(m).
    /// clear(s) of a slice: every element set to the zero value of `elem` (struct and
    /// array elements zeroed in place, so pointers to them see it).
    ClearSlice {
        s: Reg,
        elem: TypeId,
    },
    MapClear {
        m: Reg,
    },
    /// dst = a new iterator over m for a range statement (nil when m is nil): a snapshot of
    /// the keys from a random starting entry (the M's generator, so deterministic mode
    /// repeats the order).
    MapIterInit {
        dst: Reg,
        m: Reg,
    },
    /// Advances iterator `it`: k, v = the next entry still in the map and ok = true, or
    /// ok = false when there is none (a nil iterator has none). A flag rather than a jump
    /// target keeps label patching to the three jump instructions.
    MapIterNext {
        k: Reg,
        v: Reg,
        ok: Reg,
        it: Reg,
    },
    // ---- 64-bit unsigned integers (uint, uint64, uintptr; smaller unsigned types are kept
    // zero-extended, so the signed instructions give their results).
    /// dst = a / b (`rem` false) or a % b, unsigned; panics "integer divide by zero".
    DivU {
        dst: Reg,
        a: Reg,
        b: Reg,
        rem: bool,
    },
    /// dst = a >> b, a logical shift (b as for ShrI).
    ShrU {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// dst = a CMP b, unsigned.
    CmpU {
        cmp: Cmp,
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// dst = float64(a) of an unsigned a.
    UintToFloat {
        dst: Reg,
        a: Reg,
    },
    /// dst = uint64(a) of a float64 a.
    FloatToUint {
        dst: Reg,
        a: Reg,
    },
    FloatToInt {
        dst: Reg,
        a: Reg,
    },
    /// dst = float64(float32(a)): a float32 value is kept as the float64 of the same
    /// number, so every float32 operation and conversion rounds its result to 32 bits.
    RoundF32 {
        dst: Reg,
        a: Reg,
    },
    /// dst = float32(a) of an integer (`unsigned`: a uint64), rounded once from the
    /// integer: through float64 first, an integer above 2^53 would be rounded twice.
    IntToF32 {
        dst: Reg,
        a: Reg,
        unsigned: bool,
    },
}

/// How a map key is compared (`MapKey`): chosen by the compiler from the key type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MapKeyKind {
    /// Ints and bools, by their word.
    Word,
    /// float64: +0 and -0 are one key; NaN is never equal to itself.
    Float,
    /// Strings, by their text.
    Str,
    /// Channels and pointers, by handle.
    Ref,
    /// Interfaces: by dynamic type and payload; unhashable payloads panic.
    Iface,
    /// Structs and arrays of type id `.0` (below 65536: the instruction stays 16 bytes),
    /// field by field.
    Agg(u16),
}

/// `Op::CallIface`'s selector for the call an instruction before it asks for.
pub const PENDING_CALL: u32 = u32::MAX;

/// `Op::SliceExpr` flags: which of the bounds lo, hi and max are written in the source.
pub const SLICE_LO: u8 = 1;
pub const SLICE_HI: u8 = 2;
pub const SLICE_MAX: u8 = 4;
/// `Op::SliceExpr` flag: the operand is an array (or a pointer to one), whose capacity is
/// its length, so an out-of-range bound is reported "with length" as Go does.
pub const SLICE_ARRAY: u8 = 8;
/// `Op::SliceExpr` / `Op::SliceStr` flags: bound lo, hi or max has type uint, uint64 or
/// uintptr, so a register with the top bit set holds 2^63 or more, not a negative number.
pub const SLICE_LO_U: u8 = 16;
pub const SLICE_HI_U: u8 = 32;
pub const SLICE_MAX_U: u8 = 64;

/// Integer comparisons, for `Op::CmpJmpI`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cmp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl Cmp {
    /// The comparison with its operands swapped: `x c y` is `y c.swap() x`.
    pub fn swap(self) -> Cmp {
        match self {
            Cmp::Lt => Cmp::Gt,
            Cmp::Le => Cmp::Ge,
            Cmp::Gt => Cmp::Lt,
            Cmp::Ge => Cmp::Le,
            c => c,
        }
    }

    #[inline(always)]
    pub fn eval(self, x: i64, y: i64) -> bool {
        match self {
            Cmp::Eq => x == y,
            Cmp::Ne => x != y,
            Cmp::Lt => x < y,
            Cmp::Le => x <= y,
            Cmp::Gt => x > y,
            Cmp::Ge => x >= y,
        }
    }
}

/// Library functions implemented in Rust. Arguments that Go declares as `...any` arrive as
/// interface values, one per register.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Native {
    /// fmt.Println(a ...any) -> (n int, err error): results are not written.
    FmtPrintln,
    FmtPrint,
    /// fmt.Printf(format string, a ...any): base holds the format string.
    FmtPrintf,
    /// fmt.Sprintf / Sprint / Sprintln -> string in register base.
    FmtSprintf,
    FmtSprint,
    FmtSprintln,
    /// The builtins println/print: write to standard error, as Go does.
    BuiltinPrintln,
    BuiltinPrint,
    /// runtime.GOMAXPROCS(n int) int: returns the previous setting; n < 1 leaves it unchanged.
    RuntimeGOMAXPROCS,
    RuntimeNumGoroutine,
    RuntimeNumCPU,
    /// runtime.Gosched(): yields the processor.
    RuntimeGosched,
    /// runtime.Goexit(): runs the goroutine's deferred calls, then ends it.
    RuntimeGoexit,
    /// time.Sleep(d Duration): d in nanoseconds.
    TimeSleep,
    /// os.Exit(code): the program ends at once with that status; deferred calls do not run
    /// and nothing more is printed.
    OsExit,
    /// time.After(d): base holds a fresh channel (cap 1, elem time.Time, made by the caller's
    /// MakeChan), base+1 holds d. Arms a timer that sends the time on it after d; the
    /// channel is left in base as the result.
    TimeAfterChan,
    /// time.Tick(d): as TimeAfterChan, but the timer sends every d (dropping ticks nobody
    /// takes, as Go's tickers do). When d <= 0 the result in base is nil, as Go's Tick gives.
    TimeTickChan,
    /// syscall.Nanosleep(ts, leftover *Timespec) error: a blocking system call. The M
    /// leaves the interpreter (`Exit::Syscall`) and blocks outside it, so sysmon can hand
    /// its P to another M; the result (a nil error) is written to base.
    SyscallNanosleep,
    /// A function or method of the library table (`crate::library::natives()[id]`): the
    /// arguments (a method's receiver first) at base.., its results written from base.
    Lib(u16),
}

impl Native {
    /// Whether the native may need Go code run (fmt calling Error and String methods): the
    /// compiler follows it with `CallIface { sel: PENDING_CALL, base: base + nargs }` and
    /// reserves two registers after its arguments (the function, then its receiver).
    pub fn may_call_go(self) -> bool {
        use Native::*;
        matches!(self, FmtPrintln | FmtPrint | FmtPrintf | FmtSprintf | FmtSprint | FmtSprintln)
    }
}

impl Op {
    /// Calls `f` with every operand that names one register of the frame (not the first of a
    /// run of registers, such as a call's `base`: those are checked where they are used).
    /// Exhaustive, so that a new instruction cannot skip `check_func`.
    pub fn each_reg(&self, mut f: impl FnMut(Reg)) {
        use Op::*;
        match *self {
            Nop
            | Jmp { .. }
            | Unreachable
            | RuntimeError { .. }
            | Call { .. }
            | Ret { .. }
            | Select { .. }
            | CallNative { .. }
            | Go { .. }
            | SliceLit { .. } => {}
            LoadInt { dst, .. }
            | LoadFloat { dst, .. }
            | LoadStr { dst, .. }
            | LoadNil { dst }
            | LoadGlobal { dst, .. }
            | LoadCapture { dst, .. }
            | MakeClosure { dst, .. }
            | NewWaitGroup { dst }
            | NewMutex { dst }
            | NewStruct { dst, .. }
            | MakeMap { dst, .. } => f(dst),
            StoreGlobal { src, .. } => f(src),
            Move { dst, src }
            | NewBox { dst, src }
            | MakeIface { dst, src, .. }
            | CopyStruct { dst, src, .. }
            | StoreStructInto { dst, src, .. } => {
                f(dst);
                f(src)
            }
            AddI { dst, a, b }
            | SubI { dst, a, b }
            | MulI { dst, a, b }
            | DivI { dst, a, b }
            | RemI { dst, a, b }
            | AndI { dst, a, b }
            | OrI { dst, a, b }
            | XorI { dst, a, b }
            | AndNotI { dst, a, b }
            | ShlI { dst, a, b }
            | ShrI { dst, a, b }
            | EqI { dst, a, b }
            | NeI { dst, a, b }
            | LtI { dst, a, b }
            | LeI { dst, a, b }
            | GtI { dst, a, b }
            | GeI { dst, a, b }
            | AddF { dst, a, b }
            | SubF { dst, a, b }
            | MulF { dst, a, b }
            | DivF { dst, a, b }
            | EqF { dst, a, b }
            | NeF { dst, a, b }
            | LtF { dst, a, b }
            | LeF { dst, a, b }
            | GtF { dst, a, b }
            | GeF { dst, a, b }
            | Concat { dst, a, b }
            | EqS { dst, a, b }
            | NeS { dst, a, b }
            | LtS { dst, a, b }
            | LeS { dst, a, b }
            | GtS { dst, a, b }
            | GeS { dst, a, b }
            | EqRef { dst, a, b }
            | NeRef { dst, a, b }
            | CmpJmpI { dst, a, b, .. }
            | EqIface { dst, a, b, .. }
            | DivU { dst, a, b, .. }
            | ShrU { dst, a, b }
            | CmpU { dst, a, b, .. }
            | EqStruct { dst, a, b, .. }
            | Cplx { dst, a, b, .. } => {
                f(dst);
                f(a);
                f(b)
            }
            AddIK { dst, a, .. }
            | NegI { dst, a }
            | ComplI { dst, a }
            | Not { dst, a }
            | NegF { dst, a }
            | IntToFloat { dst, a }
            | UintToFloat { dst, a }
            | FloatToUint { dst, a }
            | FloatToInt { dst, a }
            | RoundF32 { dst, a }
            | IntToF32 { dst, a, .. }
            | LenS { dst, a }
            | LenSlice { dst, a }
            | CapSlice { dst, a }
            | AddIKJmp { dst, a, .. } => {
                f(dst);
                f(a)
            }
            ArgCall { dst, a, .. } => {
                f(dst);
                f(a)
            }
            AddIRet { a, b } => {
                f(a);
                f(b)
            }
            CmpRetIK { dst, a, kdst, src, .. } => {
                f(dst);
                f(a);
                f(kdst);
                f(src)
            }
            CmpJmpIK { dst, a, kdst, .. } => {
                f(dst);
                f(a);
                f(kdst)
            }
            IndexS { dst, s, i } | IndexSlice { dst, s, i } | ElemAddr { dst, s, i } => {
                f(dst);
                f(s);
                f(i)
            }
            DecodeRune { r, w, s, i } => {
                f(r);
                f(w);
                f(s);
                f(i)
            }
            JmpIf { c, .. } | JmpIfNot { c, .. } => f(c),
            CallClosure { f: fr, .. } | GoClosure { f: fr, .. } => f(fr),
            LoadBox { dst, b } => {
                f(dst);
                f(b)
            }
            StoreBox { b, src } => {
                f(b);
                f(src)
            }
            MakeChan { dst, cap, .. } => {
                f(dst);
                f(cap)
            }
            Send { ch, v } => {
                f(ch);
                f(v)
            }
            Recv { dst, ch } | LenChan { dst, ch } | CapChan { dst, ch } => {
                f(dst);
                f(ch)
            }
            Recv2 { dst, ok, ch } => {
                f(dst);
                f(ok);
                f(ch)
            }
            Close { ch } => f(ch),
            WgAdd { wg, n } => {
                f(wg);
                f(n)
            }
            WgWait { wg } | WgDone { wg } => f(wg),
            MutexLock { mu } | MutexUnlock { mu } => f(mu),
            Panic { v } => f(v),
            Defer { f: fr, .. } => f(fr),
            RunDefers { base } => f(base),
            Recover { dst } => f(dst),
            CallIface { sel, base } => {
                f(base);
                if sel == PENDING_CALL {
                    f(base.saturating_add(1))
                }
            }
            TypeAssert { dst, src, ok, .. } => {
                f(dst);
                f(src);
                if ok {
                    f(dst.saturating_add(1))
                }
            }
            MakeSlice { dst, len, cap, .. } => {
                f(dst);
                f(len);
                f(cap)
            }
            StoreSlice { s, i, v } => {
                f(s);
                f(i);
                f(v)
            }
            CheckIndexU { s, i, .. } => {
                f(s);
                f(i)
            }
            Append { dst, s, .. } => {
                f(dst);
                f(s)
            }
            AppendSlice { dst, s, t, .. } => {
                f(dst);
                f(s);
                f(t)
            }
            SliceExpr { dst, s, lo, hi, max, .. } => {
                f(dst);
                f(s);
                f(lo);
                f(hi);
                f(max)
            }
            SliceStr { dst, s, lo, hi, .. } => {
                f(dst);
                f(s);
                f(lo);
                f(hi)
            }
            Copy { dst, to, from, .. } => {
                f(dst);
                f(to);
                f(from)
            }
            RuneToStr { dst, a }
            | ArraySlice { dst, a, .. }
            | SliceToArray { dst, s: a, .. }
            | SliceToArrayPtr { dst, s: a, .. } => {
                f(dst);
                f(a)
            }
            StrToSlice { dst, s, .. } | SliceToStr { dst, s, .. } => {
                f(dst);
                f(s)
            }
            LoadField { dst, obj, .. } | FieldAddr { dst, obj, .. } => {
                f(dst);
                f(obj)
            }
            StoreField { obj, src, .. } => {
                f(obj);
                f(src)
            }
            NilCheck { p, .. } => f(p),
            NilCheckIface { x } => f(x),
            NilCheckWrap { p, .. } => f(p),
            MapIndex { dst, m, k, .. } => {
                f(dst);
                f(m);
                f(k)
            }
            MapIndex2 { dst, ok, m, k, .. } => {
                f(dst);
                f(ok);
                f(m);
                f(k)
            }
            MapStore { m, k, v, .. } => {
                f(m);
                f(k);
                f(v)
            }
            MapDelete { m, k, .. } => {
                f(m);
                f(k)
            }
            LenMap { dst, m } | MapIterInit { dst, m } => {
                f(dst);
                f(m)
            }
            MapClear { m } => f(m),
            ClearSlice { s, .. } => f(s),
            MapIterNext { k, v, ok, it } => {
                f(k);
                f(v);
                f(ok);
                f(it)
            }
        }
    }

    /// Where control may go after this instruction, at index `i`, besides leaving the
    /// function (a return, a panic, parking resumes at `i + 1`): the jump target and the
    /// next instruction the fall-through reaches (`CmpJmpI` skips the jump it replaced).
    fn successors(&self, i: usize) -> (Option<u32>, Option<usize>) {
        match *self {
            Op::Jmp { to } | Op::AddIKJmp { to, .. } => (Some(to), None),
            Op::JmpIf { to, .. } | Op::JmpIfNot { to, .. } => (Some(to), Some(i + 1)),
            Op::CmpJmpI { to, .. } => (Some(to), Some(i + 2)),
            Op::CmpJmpIK { to, .. } => (Some(to), Some(i + 3)),
            Op::ArgCall { .. } => (None, Some(i + 2)),
            Op::CmpRetIK { to, .. } => (Some(to), None),
            Op::Ret { .. }
            | Op::AddIRet { .. }
            | Op::Unreachable
            | Op::Panic { .. }
            | Op::RuntimeError { .. } => (None, None),
            _ => (None, Some(i + 1)),
        }
    }
}

/// Checks what the interpreter's dispatch loop takes for granted in `func`: the code is not
/// empty, every register operand (and every register a `Ret` returns) is below `nregs`, and
/// every jump target and fall-through lands on an instruction (so the pc never runs off the
/// end).
pub fn check_func(func: &Func) -> Result<(), String> {
    let len = func.code.len();
    if len == 0 {
        return Err(format!("{}: no code", func.name));
    }
    if func.nparams > func.nregs {
        return Err(format!(
            "{}: {} parameters in {} registers",
            func.name, func.nparams, func.nregs
        ));
    }
    for (i, op) in func.code.iter().enumerate() {
        let mut bad = None;
        op.each_reg(|r| {
            if r >= func.nregs {
                bad = Some(r);
            }
        });
        if let Op::Ret { src, n } = *op {
            if src as u32 + n as u32 > func.nregs as u32 {
                bad = Some(src.saturating_add(n));
            }
        }
        if let Some(r) = bad {
            return Err(format!(
                "{}: instruction {i} ({op:?}) names register {r} of {}",
                func.name, func.nregs
            ));
        }
        let (to, next) = op.successors(i);
        if to.is_some_and(|t| t as usize >= len) || next.is_some_and(|n| n >= len) {
            return Err(format!(
                "{}: instruction {i} ({op:?}) leads past the end ({len} instructions)",
                func.name
            ));
        }
    }
    Ok(())
}

/// `check_func` for every function of `prog`, its entry points exist, and every direct call
/// (`Call`, `ArgCall`) names one of its functions.
pub fn check_program(prog: &Program) -> Result<(), String> {
    let nfuncs = prog.funcs.len();
    if prog.main as usize >= nfuncs || prog.init.is_some_and(|i| i as usize >= nfuncs) {
        return Err("main or init is not a function of the program".into());
    }
    prog.funcs.iter().try_for_each(check_func)?;
    // The dispatch loop looks up the callee of a direct call without a bounds check.
    for f in &prog.funcs {
        for op in &f.code {
            if let Op::Call { func, .. } | Op::ArgCall { func, .. } = *op {
                if func as usize >= nfuncs {
                    return Err(format!("{}: {op:?} calls no function of the program", f.name));
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn func(nregs: u16, code: Vec<Op>) -> Func {
        Func { name: "f".into(), nregs, code, ..Default::default() }
    }

    #[test]
    fn check_program_rejects_a_call_of_no_function() {
        let prog = Program {
            funcs: vec![func(1, vec![Op::Call { func: 1, base: 0 }, Op::Ret { src: 0, n: 0 }])],
            ..Default::default()
        };
        assert!(check_program(&prog).is_err());
    }

    #[test]
    fn an_instruction_is_16_bytes() {
        assert_eq!(std::mem::size_of::<Op>(), 16);
    }

    #[test]
    fn check_func_accepts_well_formed_code() {
        let f = func(
            3,
            vec![
                Op::LoadInt { dst: 0, v: 1 },
                Op::CmpJmpI { cmp: Cmp::Lt, jump_if: true, dst: 2, a: 0, b: 1, to: 0 },
                Op::JmpIf { c: 2, to: 0 },
                Op::Ret { src: 0, n: 1 },
            ],
        );
        assert_eq!(check_func(&f), Ok(()));
    }

    #[test]
    fn check_func_rejects_what_the_loop_would_not_check() {
        let bad = [
            func(1, vec![]),
            func(1, vec![Op::Move { dst: 0, src: 1 }, Op::Ret { src: 0, n: 0 }]),
            func(1, vec![Op::Jmp { to: 2 }, Op::Ret { src: 0, n: 0 }]),
            func(1, vec![Op::LoadInt { dst: 0, v: 1 }]),
            func(1, vec![Op::Ret { src: 0, n: 0 }, Op::JmpIf { c: 0, to: 0 }]),
            func(2, vec![Op::Ret { src: 1, n: 2 }]),
            func(
                3,
                vec![
                    Op::CmpJmpI { cmp: Cmp::Eq, jump_if: true, dst: 2, a: 0, b: 1, to: 0 },
                    Op::Ret { src: 0, n: 0 },
                ],
            ),
        ];
        for f in &bad {
            assert!(check_func(f).is_err(), "{:?}", f.code);
        }
    }
}
