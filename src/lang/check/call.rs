//! Calls (go/types call.go, builtins.go, conversions.go) and selectors (selector
//! expressions on packages and on library types with methods).

use super::expr::{representable, Operand};
use super::{Builtin, Checker, LibFunc, Mode, ObjId, ObjKind, Object};
use crate::lang::ast::{expr_string, ChanDir, Expr, ExprKind};
use crate::lang::constant::Value;
use crate::lang::token::{Operator, Pos};
use crate::lang::types::{identical, BasicKind, Signature, Type};
use std::rc::Rc;

impl<'a> Checker<'a> {
    pub(crate) fn call_expr(&mut self, e: &'a Expr) -> Operand<'a> {
        let inv = Operand::invalid(e);
        let ExprKind::Call { fun, args, has_dots, .. } = &e.kind else {
            return inv;
        };
        if let Some(o) = self.generic_callee(fun) {
            return self.generic_call(e, fun, o, args, *has_dots);
        }
        let mut x = self.raw_expr(fun, None);
        self.exclude(&mut x, true, false, false);
        self.single_value(&mut x);
        match x.mode {
            Mode::Invalid => {
                self.use_exprs(args);
                inv
            }
            Mode::TypeExpr => {
                let t = x.ty.clone();
                match args.len() {
                    0 => {
                        self.error(
                            e.start(),
                            format!("missing argument in conversion to {}", self.ts(&t)),
                        );
                        inv
                    }
                    1 => {
                        if *has_dots {
                            self.error(
                                args[0].start(),
                                format!("invalid use of ... in conversion to {}", self.ts(&t)),
                            );
                            return inv;
                        }
                        let mut a = self.expr(&args[0]);
                        if a.is_invalid() {
                            return inv;
                        }
                        self.conversion(&mut a, &t);
                        a.expr = Some(e);
                        a
                    }
                    n => {
                        self.use_exprs(args);
                        self.error(
                            args[n - 1].start(),
                            format!("too many arguments in conversion to {}", self.ts(&t)),
                        );
                        inv
                    }
                }
            }
            Mode::Builtin(b) => self.builtin(e, b, args, *has_dots),
            _ => {
                let Some(sig) = x.ty.signature() else {
                    let s = self.operand_string(&x);
                    self.error(
                        x.pos(),
                        format!("invalid operation: cannot call non-function {}", s),
                    );
                    self.use_exprs(args);
                    return inv;
                };
                let argv = self.call_args(args);
                let sig = match self.lib_instance(fun, &argv) {
                    Some(Ok(s)) => s,
                    Some(Err(())) => return inv,
                    None => sig,
                };
                self.call_with_sig(e, fun, sig, argv, *has_dots)
            }
        }
    }

    /// A call of `fun` (of signature `sig`) with the evaluated arguments `argv`: the
    /// arguments are checked against the parameters and the result is the call's value.
    pub(crate) fn call_with_sig(
        &mut self,
        e: &'a Expr,
        fun: &'a Expr,
        sig: Rc<Signature>,
        argv: Vec<super::expr::Operand<'a>>,
        has_dots: bool,
    ) -> Operand<'a> {
        let inv = Operand::invalid(e);
        let args = match &e.kind {
            ExprKind::Call { args, .. } => args.as_slice(),
            _ => &[],
        };
        {
            {
                if has_dots && !argv.iter().any(|a| a.is_invalid()) {
                    if !sig.variadic {
                        self.error(
                            e.start(),
                            format!("cannot use ... in call to non-variadic {}", expr_string(fun)),
                        );
                        return inv;
                    }
                    if self.is_lib_call(fun) {
                        let want = Type::Slice(Rc::new(
                            sig.params.last().cloned().unwrap_or(Type::Invalid),
                        ));
                        match argv.last() {
                            Some(last) if !self.assignable_to(last, &want).0 => {
                                let msg = format!(
                                    "cannot use {} as {} value in argument to {}",
                                    self.operand_string(last),
                                    self.ts(&want),
                                    expr_string(fun)
                                );
                                self.error(last.pos(), msg);
                            }
                            _ => self.error(e.start(), "passing a slice with ... to a library function is not supported yet"),
                        }
                        return inv;
                    }
                    if argv.len() != sig.params.len() {
                        let have: Vec<Type> = argv.iter().map(|a| a.ty.clone()).collect();
                        let msg = format!(
                            "{} arguments in call to {}\n\thave {}\n\twant {}",
                            if argv.len() < sig.params.len() { "not enough" } else { "too many" },
                            expr_string(fun),
                            self.types_summary(&have, false),
                            self.types_summary(&sig.params, sig.variadic)
                        );
                        self.error(args.last().map(|a| a.start()).unwrap_or(e.pos), msg);
                        return inv;
                    }
                    // f(a, s...): the last argument is the variadic parameter's slice itself.
                    let mut sig2 = (*sig).clone();
                    if let Some(last) = sig2.params.last_mut() {
                        *last = Type::Slice(Rc::new(last.clone()));
                    }
                    sig2.variadic = false;
                    let _ = self.arguments(e, fun, &sig2, argv);
                } else {
                    let _ = self.arguments(e, fun, &sig, argv);
                }
                let ok = true;
                let _ = ok;
                match sig.results.len() {
                    0 => Operand {
                        mode: Mode::NoValue,
                        expr: Some(e),
                        ty: Type::Invalid,
                        val: Value::Unknown,
                    },
                    1 => Operand {
                        mode: Mode::Value,
                        expr: Some(e),
                        ty: sig.results[0].clone(),
                        val: Value::Unknown,
                    },
                    _ => Operand {
                        mode: Mode::Value,
                        expr: Some(e),
                        ty: Type::tuple(sig.results.clone()),
                        val: Value::Unknown,
                    },
                }
            }
        }
    }

    /// The generic function a call's callee names (`F` or `F[int]`), if it names one.
    fn generic_callee(&mut self, fun: &Expr) -> Option<ObjId> {
        match &fun.unparen().kind {
            ExprKind::Index { x, .. } => self.generic_obj(x, true).or_else(|| self.prelude_func(x)),
            ExprKind::Name(_) => self.generic_obj(fun, true),
            ExprKind::Selector { .. } => self.prelude_func(fun),
            _ => None,
        }
    }

    /// Whether `fun` names a library function (fmt.Println, ...), implemented natively.
    fn is_lib_call(&self, fun: &Expr) -> bool {
        let id = match &fun.unparen().kind {
            ExprKind::Selector { sel, .. } => sel.id,
            _ => return false,
        };
        self.info
            .uses
            .get(&id)
            .map(|&o| {
                // The library table's natives take their variadic arguments as a slice.
                matches!(self.obj(o).kind, ObjKind::LibFunc(l) if !matches!(l, LibFunc::Lib(_)))
            })
            .unwrap_or(false)
    }

    /// Evaluates call arguments; a single multi-valued call is expanded (f(g())).
    pub(crate) fn call_args(&mut self, args: &'a [Expr]) -> Vec<Operand<'a>> {
        if args.len() == 1 {
            let (list, _) = self.multi_expr(&args[0], false);
            return list;
        }
        args.iter().map(|a| self.expr(a)).collect()
    }

    /// Evaluates expressions only for their errors and uses (go/types use).
    pub(crate) fn use_exprs(&mut self, args: &'a [Expr]) {
        for a in args {
            let _ = self.raw_expr(a, None);
        }
    }

    /// Checks arguments against a signature (go/types arguments).
    fn arguments(
        &mut self,
        call: &'a Expr,
        fun: &'a Expr,
        sig: &Signature,
        mut args: Vec<Operand<'a>>,
    ) -> bool {
        if args.iter().any(|a| a.is_invalid()) {
            return false;
        }
        let nargs = args.len();
        let npars = sig.params.len();
        let count_ok = if sig.variadic { nargs + 1 >= npars } else { nargs == npars };
        if !count_ok {
            let (at, qualifier) = if nargs > npars {
                (args[npars].pos(), "too many")
            } else if nargs > 0 {
                (args[nargs - 1].pos(), "not enough")
            } else {
                (call.start(), "not enough")
            };
            let have: Vec<Type> = args.iter().map(|a| a.ty.clone()).collect();
            let msg = format!(
                "{} arguments in call to {}\n\thave {}\n\twant {}",
                qualifier,
                expr_string(fun),
                self.types_summary(&have, false),
                self.types_summary(&sig.params, sig.variadic)
            );
            self.error(at, msg);
            return false;
        }
        let context = format!("argument to {}", expr_string(fun));
        for (i, a) in args.iter_mut().enumerate() {
            let t = if sig.variadic && i + 1 >= npars {
                sig.params[npars - 1].clone()
            } else {
                sig.params[i].clone()
            };
            self.assignment(a, Some(&t), &context);
        }
        true
    }

    /// go/types typesSummary: "(int, string)", with "number" for untyped numerics.
    pub(crate) fn types_summary(&self, list: &[Type], variadic: bool) -> String {
        let parts: Vec<String> = list
            .iter()
            .enumerate()
            .map(|(i, t)| {
                if !t.is_valid() {
                    "unknown type".to_string()
                } else if t.is_untyped() {
                    if t.is_numeric() {
                        "number".to_string()
                    } else if let Type::Basic(k) = t {
                        k.name().replace("untyped ", "")
                    } else {
                        self.ts(t)
                    }
                } else if variadic && i + 1 == list.len() {
                    format!("...{}", self.ts(t))
                } else {
                    self.ts(t)
                }
            })
            .collect();
        format!("({})", parts.join(", "))
    }

    // ---- conversions

    /// T(x) (go/types conversion).
    pub(crate) fn conversion(&mut self, x: &mut Operand<'a>, t: &Type) {
        if super::expr::is_broken(t) {
            // T's error (often "not supported yet") was reported with T.
            x.mode = Mode::Invalid;
            return;
        }
        let const_arg = x.mode == Mode::Constant;
        let mut ok = false;
        if const_arg && t.is_const_type() {
            let tk = t.basic_kind().unwrap_or(BasicKind::Int);
            match representable(&x.val, tk) {
                Ok(v) => {
                    x.val = v;
                    ok = true;
                }
                Err(_) if x.ty.is_integer() && tk.is_string() => {
                    let cp = x
                        .val
                        .to_int()
                        .and_then(|i| u32::try_from(i).ok())
                        .and_then(char::from_u32)
                        .unwrap_or('\u{fffd}');
                    x.val = Value::String(cp.to_string().into_bytes());
                    ok = true;
                }
                Err(_) => {
                    if x.ty.is_integer() && t.is_integer() {
                        let msg =
                            format!("constant {} overflows {}", x.val.to_string_go(), self.ts(t));
                        self.error(x.pos(), msg);
                        x.mode = Mode::Invalid;
                        return;
                    }
                }
            }
        } else if let (true, _) = self.convertible_to(x, t) {
            ok = true;
            x.mode = Mode::Value;
        }
        if !ok {
            let s = self.operand_string(x);
            // Why x is not assignable to T, if that is all there is to say.
            let (_, cause) =
                if const_arg { (false, String::new()) } else { self.convertible_to(x, t) };
            let mut msg = format!("cannot convert {} to type {}", s, self.ts(t));
            if !cause.is_empty() {
                msg = format!("{}: {}", msg, cause);
            }
            self.error(x.pos(), msg);
            x.mode = Mode::Invalid;
            return;
        }
        if x.ty.is_untyped() {
            let mut fin = t.clone();
            if t.is_interface() || (const_arg && !t.is_const_type()) {
                fin = x.ty.default_type();
            }
            if let Some(e) = x.expr {
                let val = if x.mode == Mode::Constant { Some(x.val.clone()) } else { None };
                self.update_expr_type(e, &fin, x.mode, val);
            }
        }
        x.ty = t.clone();
    }

    /// go/types convertibleTo (the cases this slice supports), with the cause
    /// assignability gave when it fails.
    fn convertible_to(&self, x: &Operand<'a>, t: &Type) -> (bool, String) {
        let (ok, cause) = self.assignable_to(x, t);
        if ok || self.convertible_otherwise(x, t) {
            return (true, String::new());
        }
        (false, cause)
    }

    fn convertible_otherwise(&self, x: &Operand<'a>, t: &Type) -> bool {
        let v = &x.ty;
        let vu = v.underlying();
        let tu = t.underlying();
        if identical(&vu, &tu) {
            return true;
        }
        if let (Type::Pointer(a), Type::Pointer(b)) = (&vu, &tu) {
            if identical(&a.underlying(), &b.underlying()) {
                return true;
            }
        }
        if (v.is_integer() || v.is_float()) && (t.is_integer() || t.is_float()) {
            return true;
        }
        let complex = |t: &Type| t.basic_kind().map(|k| k.is_complex()).unwrap_or(false);
        if complex(v) && complex(t) {
            return true;
        }
        if v.is_integer() && t.is_string() {
            return true;
        }
        // []T -> [N]T and *[N]T (Go 1.20).
        if let Type::Slice(e) = &vu {
            let arr = match &tu {
                Type::Pointer(p) => p.underlying(),
                t => t.clone(),
            };
            if let Type::Array(_, ae) = arr {
                if identical(e, &ae) {
                    return true;
                }
            }
        }
        // string <-> []byte and []rune.
        let bytes_or_runes = |u: &Type| match u {
            Type::Slice(e) => matches!(
                e.underlying(),
                Type::Basic(
                    BasicKind::Byte | BasicKind::Uint8 | BasicKind::Rune | BasicKind::Int32
                )
            ),
            _ => false,
        };
        if (v.is_string() && bytes_or_runes(&tu)) || (bytes_or_runes(&vu) && t.is_string()) {
            return true;
        }
        false
    }

    // ---- builtins

    /// unsafe.Sizeof(x), Alignof(x), Offsetof(x.f): uintptr constants from Go's 64-bit
    /// layout (`types::layout`).
    fn unsafe_builtin(&mut self, e: &'a Expr, b: Builtin, arg: &'a Expr) -> Operand<'a> {
        let inv = Operand::invalid(e);
        let value = if b == Builtin::Offsetof {
            match self.offset_of(arg) {
                Ok(v) => v,
                Err(Some(msg)) => {
                    self.error(arg.start(), msg);
                    return inv;
                }
                Err(None) => return inv,
            }
        } else {
            let x = self.expr(arg);
            if x.is_invalid() {
                return inv;
            }
            let t = if x.ty.is_untyped() { x.ty.default_type() } else { x.ty.clone() };
            let layout = crate::lang::types::layout(&t, crate::lang::types::LibTypes::Unknown);
            match layout.map(|l| if b == Builtin::Sizeof { l.size } else { l.align }) {
                Some(v) => v,
                None => {
                    let msg =
                        format!("{} of {} is not supported by gopark yet", b.name(), self.ts(&t));
                    self.error(e.start(), msg);
                    return inv;
                }
            }
        };
        Operand {
            mode: Mode::Constant,
            expr: Some(e),
            ty: Type::basic(BasicKind::Uintptr),
            val: Value::Int(value as i128),
        }
    }

    /// unsafe.Offsetof(x.f): f's offset in the struct x, through embedded struct values (a
    /// field promoted through an embedded pointer is an error in Go). Err(Some): Go's
    /// message, or gopark's "not supported yet" for a layout it does not know; Err(None):
    /// reported already.
    fn offset_of(&mut self, arg: &'a Expr) -> Result<u64, Option<String>> {
        let ExprKind::Selector { x: base, sel } = &arg.unparen().kind else {
            self.expr(arg);
            return Err(Some(format!(
                "invalid argument: {} is not a selector expression",
                expr_string(arg)
            )));
        };
        let x = self.expr(base);
        if x.is_invalid() {
            return Err(None);
        }
        let mut t = x.ty.clone();
        if let Type::Pointer(p) = t.underlying() {
            t = (*p).clone();
        }
        let shown = self.ts(&t);
        let unsupported =
            || Some(format!("unsafe.Offsetof in {shown} is not supported by gopark yet"));
        // Breadth-first over embedded fields, as Go's field lookup goes by depth.
        let mut level: Vec<(Type, u64, bool)> = vec![(t.clone(), 0, false)];
        while !level.is_empty() {
            let mut next = Vec::new();
            for (t, base_off, via_pointer) in level {
                let Type::Struct(st) = t.underlying() else { continue };
                use crate::lang::types::{struct_layout, LibTypes};
                let (offsets, _) = struct_layout(&st, LibTypes::Unknown).ok_or_else(unsupported)?;
                for (f, off) in st.fields.iter().zip(offsets) {
                    if f.name == sel.value && via_pointer {
                        let f = &sel.value;
                        return Err(Some(format!(
                            "invalid argument: field {f} is embedded via a pointer in {shown}"
                        )));
                    }
                    if f.name == sel.value {
                        return Ok(base_off + off);
                    }
                    match f.ty.underlying() {
                        _ if !f.embedded => {}
                        Type::Pointer(p) => next.push(((*p).clone(), 0, true)),
                        _ => next.push((f.ty.clone(), base_off + off, via_pointer)),
                    }
                }
            }
            level = next;
        }
        use crate::lang::lookup::{lookup_field_or_method, Lookup, Object as Found};
        let is_method = matches!(
            lookup_field_or_method(&x.ty, true, &sel.value, false),
            Lookup::Found { obj: Found::Method { .. } | Found::IfaceMethod { .. }, .. }
        );
        Err(Some(if is_method {
            format!("invalid argument: {} is a method value", expr_string(arg))
        } else {
            format!("invalid argument: {shown} has no single field {}", sel.value)
        }))
    }

    fn builtin(
        &mut self,
        e: &'a Expr,
        b: Builtin,
        args: &'a [Expr],
        has_dots: bool,
    ) -> Operand<'a> {
        let inv = Operand::invalid(e);
        if has_dots && b != Builtin::Append {
            self.use_exprs(args);
            self.error(
                e.start(),
                format!("invalid operation: invalid use of ... with built-in {}", b.name()),
            );
            return inv;
        }
        if let Some(msg) = self.spread_builtin_call(b, args) {
            self.error(e.start(), msg);
            return inv;
        }
        let novalue =
            Operand { mode: Mode::NoValue, expr: Some(e), ty: Type::Invalid, val: Value::Unknown };
        let (nargs, variadic) = match b {
            Builtin::Len
            | Builtin::Cap
            | Builtin::Close
            | Builtin::Panic
            | Builtin::New
            | Builtin::Make => (1, b == Builtin::Make),
            Builtin::Print | Builtin::Println => (0, true),
            Builtin::Min | Builtin::Max => (1, true),
            Builtin::Recover => (0, false),
            Builtin::Append => (1, true),
            Builtin::Copy | Builtin::Delete | Builtin::Complex => (2, false),
            Builtin::Clear | Builtin::Real | Builtin::Imag => (1, false),
            Builtin::Sizeof | Builtin::Alignof | Builtin::Offsetof => (1, false),
        };
        let n = args.len();
        let msg = if n < nargs {
            "not enough"
        } else if !variadic && n > nargs {
            "too many"
        } else {
            ""
        };
        if !msg.is_empty() {
            self.use_exprs(args);
            self.error(
                e.start(),
                format!(
                    "invalid operation: {} arguments for {} (expected {}, found {})",
                    msg,
                    expr_string(e),
                    nargs,
                    n
                ),
            );
            return inv;
        }
        match b {
            Builtin::Len | Builtin::Cap => {
                let x = self.expr(&args[0]);
                if x.is_invalid() {
                    return inv;
                }
                let u = x.ty.underlying();
                if b == Builtin::Len && x.ty.is_string() {
                    if let (Mode::Constant, Value::String(s)) = (&x.mode, &x.val) {
                        return Operand {
                            mode: Mode::Constant,
                            expr: Some(e),
                            ty: Type::int(),
                            val: Value::Int(s.len() as i128),
                        };
                    }
                    if x.ty.is_untyped() {
                        let mut x2 = x.clone();
                        self.convert_untyped(&mut x2, &Type::string());
                    }
                    return Operand {
                        mode: Mode::Value,
                        expr: Some(e),
                        ty: Type::int(),
                        val: Value::Unknown,
                    };
                }
                // len and cap of an array (or a pointer to one) are constants when the
                // operand holds no call or receive (simplified here to names and fields).
                let array_len = match &u {
                    Type::Array(n, _) => Some(*n),
                    Type::Pointer(p) => match p.underlying() {
                        Type::Array(n, _) => Some(n),
                        _ => None,
                    },
                    _ => None,
                };
                if let Some(n) = array_len {
                    let constant = plain_operand(&args[0]);
                    return Operand {
                        mode: if constant { Mode::Constant } else { Mode::Value },
                        expr: Some(e),
                        ty: Type::int(),
                        val: if constant { Value::Int(n as i128) } else { Value::Unknown },
                    };
                }
                if let Type::Chan(..) | Type::Slice(_) = u {
                    return Operand {
                        mode: Mode::Value,
                        expr: Some(e),
                        ty: Type::int(),
                        val: Value::Unknown,
                    };
                }
                if let (Builtin::Len, Type::Map(..)) = (b, &u) {
                    return Operand {
                        mode: Mode::Value,
                        expr: Some(e),
                        ty: Type::int(),
                        val: Value::Unknown,
                    };
                }
                let s = self.operand_string(&x);
                self.error(x.pos(), format!("invalid argument: {} for built-in {}", s, b.name()));
                inv
            }
            Builtin::Close => {
                let x = self.expr(&args[0]);
                if x.is_invalid() {
                    return inv;
                }
                match x.ty.underlying() {
                    Type::Chan(ChanDir::Recv, _) => {
                        let s = self.operand_string(&x);
                        self.error(
                            x.pos(),
                            format!("invalid operation: cannot close receive-only channel {}", s),
                        );
                        inv
                    }
                    Type::Chan(..) => novalue,
                    _ => {
                        let s = self.operand_string(&x);
                        self.error(
                            x.pos(),
                            format!("invalid operation: cannot close non-channel {}", s),
                        );
                        inv
                    }
                }
            }
            Builtin::Make => {
                let t = self.type_expr(&args[0]);
                if !t.is_valid() {
                    self.use_exprs(&args[1..]);
                    return inv;
                }
                let is_slice = matches!(t.underlying(), Type::Slice(_));
                match t.underlying() {
                    Type::Chan(..) | Type::Map(..) => {}
                    Type::Slice(_) => {
                        if n == 1 {
                            self.error(
                                e.start(),
                                format!(
                                    "invalid operation: {} expects 2 or 3 arguments; found 1",
                                    expr_string(e)
                                ),
                            );
                            return inv;
                        }
                        if n > 3 {
                            self.use_exprs(&args[1..]);
                            self.error(
                                e.start(),
                                format!(
                                    "invalid operation: {} expects 2 or 3 arguments; found {}",
                                    expr_string(e),
                                    n
                                ),
                            );
                            return inv;
                        }
                        let ok_len = self.size_arg(&args[1]);
                        let ok_cap = n < 3 || self.size_arg(&args[2]);
                        if !ok_len || !ok_cap {
                            return inv;
                        }
                        if n == 3 {
                            let c = |c: &Self, a: &Expr| {
                                c.info.tv(a.id).and_then(|t| t.val.clone()).and_then(|v| v.to_int())
                            };
                            if let (Some(l), Some(cp)) = (c(self, &args[1]), c(self, &args[2])) {
                                if l > cp {
                                    self.error(
                                        args[1].start(),
                                        "invalid argument: length and capacity swapped",
                                    );
                                    return inv;
                                }
                            }
                        }
                    }
                    _ => {
                        self.use_exprs(&args[1..]);
                        let s = expr_string(&args[0]);
                        self.error(args[0].start(), format!("invalid argument: cannot make {}; type must be slice, map, or channel", s));
                        return inv;
                    }
                }
                if is_slice {
                    return Operand {
                        mode: Mode::Value,
                        expr: Some(e),
                        ty: t,
                        val: Value::Unknown,
                    };
                }
                if n > 2 {
                    self.use_exprs(&args[1..]);
                    self.error(
                        e.start(),
                        format!(
                            "invalid operation: {} expects 1 or 2 arguments; found {}",
                            expr_string(e),
                            n
                        ),
                    );
                    return inv;
                }
                if n == 2 {
                    // A bad size is reported, but the result still has type T (go/types
                    // goes on), so later uses of it are checked too.
                    let _ = self.size_arg(&args[1]);
                }
                Operand { mode: Mode::Value, expr: Some(e), ty: t, val: Value::Unknown }
            }
            Builtin::New => {
                let t = self.type_expr(&args[0]);
                if !t.is_valid() {
                    return inv;
                }
                if identical(&t, &self.wait_group) {
                    return Operand {
                        mode: Mode::Value,
                        expr: Some(e),
                        ty: Type::Pointer(Rc::new(t)),
                        val: Value::Unknown,
                    };
                }
                Operand {
                    mode: Mode::Value,
                    expr: Some(e),
                    ty: Type::Pointer(Rc::new(t)),
                    val: Value::Unknown,
                }
            }
            Builtin::Panic => {
                let mut x = self.expr(&args[0]);
                if x.is_invalid() {
                    return inv;
                }
                let any = Type::empty_interface();
                self.assignment(&mut x, Some(&any), "argument to panic");
                if x.is_invalid() {
                    return inv;
                }
                novalue
            }
            Builtin::Print | Builtin::Println => {
                // println(f()) prints every result of f.
                for mut x in self.call_args(args) {
                    if x.is_invalid() {
                        continue;
                    }
                    self.assignment(&mut x, None, &format!("argument to built-in {}", b.name()));
                    // gc's backend refuses structs (print has no format for them).
                    if matches!(x.ty.underlying(), Type::Struct(_)) {
                        let msg = format!("illegal types for operand: print\n\t{}", self.ts(&x.ty));
                        self.error(e.pos, msg);
                    }
                }
                novalue
            }
            Builtin::Min | Builtin::Max => {
                let mut ops: Vec<Operand<'a>> = Vec::new();
                for (i, a) in args.iter().enumerate() {
                    let x = self.expr(a);
                    if x.is_invalid() {
                        // The rest still use what they name (a generic body's `max(m, r)`).
                        self.use_exprs(&args[i + 1..]);
                        return inv;
                    }
                    if !x.ty.is_ordered() {
                        let s = self.operand_string(&x);
                        self.error(x.pos(), format!("invalid argument: {} cannot be ordered", s));
                        return inv;
                    }
                    ops.push(x);
                }
                // Match all operands to a common type, as binary operations do.
                let mut acc = ops[0].clone();
                for y in ops.iter_mut().skip(1) {
                    self.match_types(&mut acc, y);
                    if acc.is_invalid() || y.is_invalid() {
                        return inv;
                    }
                    if !identical(&acc.ty, &y.ty) {
                        let msg = format!(
                            "invalid argument: mismatched types {} (previous argument) and {} (type of {})",
                            self.ts(&acc.ty),
                            self.ts(&y.ty),
                            y.expr.map(expr_string).unwrap_or_default()
                        );
                        self.error(y.pos(), msg);
                        return inv;
                    }
                    if acc.mode == Mode::Constant && y.mode == Mode::Constant {
                        let less = crate::lang::constant::compare(
                            &y.val,
                            crate::lang::token::Operator::Lss,
                            &acc.val,
                        )
                        .unwrap_or(false);
                        if (b == Builtin::Min) == less {
                            acc.val = y.val.clone();
                        }
                    } else {
                        acc.mode = Mode::Value;
                    }
                }
                // Non-constant operands must all have the final type (for code generation).
                if acc.mode != Mode::Constant {
                    let t = acc.ty.default_type();
                    for y in ops.iter_mut() {
                        if y.ty.is_untyped() {
                            self.convert_untyped(y, &t);
                        }
                    }
                    acc.ty = t;
                    acc.val = Value::Unknown;
                }
                acc.expr = Some(e);
                acc
            }
            Builtin::Recover => Operand {
                mode: Mode::Value,
                expr: Some(e),
                ty: Type::empty_interface(),
                val: Value::Unknown,
            },
            Builtin::Sizeof | Builtin::Alignof | Builtin::Offsetof => {
                self.unsafe_builtin(e, b, &args[0])
            }
            Builtin::Append => self.append_builtin(e, args, has_dots),
            Builtin::Copy => {
                let (x, y) = (self.expr(&args[0]), self.expr(&args[1]));
                if x.is_invalid() || y.is_invalid() {
                    return inv;
                }
                // copy(dst []byte, src string) copies the string's bytes.
                let src = if y.ty.is_string() {
                    Type::Slice(Rc::new(Type::Basic(BasicKind::Byte)))
                } else {
                    y.ty.underlying()
                };
                let (Type::Slice(a), Type::Slice(b)) = (x.ty.underlying(), src) else {
                    self.error(
                        x.pos(),
                        format!(
                            "invalid argument: copy expects slice arguments; found {} and {}",
                            self.operand_string(&x),
                            self.operand_string(&y)
                        ),
                    );
                    return inv;
                };
                if !identical(&a, &b) {
                    let msg = format!(
                        "invalid argument: arguments to copy {} and {} have different element types {} and {}",
                        self.operand_string(&x),
                        self.operand_string(&y),
                        self.ts(&a),
                        self.ts(&b)
                    );
                    self.error(x.pos(), msg);
                    return inv;
                }
                Operand { mode: Mode::Value, expr: Some(e), ty: Type::int(), val: Value::Unknown }
            }
            Builtin::Delete => {
                let x = self.expr(&args[0]);
                if x.is_invalid() {
                    let _ = self.expr(&args[1]);
                    return inv;
                }
                let Type::Map(key, _) = x.ty.underlying() else {
                    let _ = self.expr(&args[1]);
                    let s = self.operand_string(&x);
                    self.error(x.pos(), format!("invalid argument: {} is not a map", s));
                    return inv;
                };
                let mut k = self.expr_with_hint(&args[1], &key);
                if k.is_invalid() {
                    return inv;
                }
                self.assignment(&mut k, Some(&key), "argument to delete");
                if k.is_invalid() {
                    return inv;
                }
                novalue
            }
            Builtin::Clear => {
                let x = self.expr(&args[0]);
                if x.is_invalid() {
                    return inv;
                }
                match x.ty.underlying() {
                    Type::Map(..) => novalue,
                    Type::Slice(_) => novalue,
                    _ => {
                        let s = self.operand_string(&x);
                        self.error(
                            x.pos(),
                            format!("invalid argument: cannot clear {}: argument must be (or constrained by) map or slice", s),
                        );
                        inv
                    }
                }
            }
            Builtin::Complex | Builtin::Real | Builtin::Imag => self.complex_builtin(b, e, args),
        }
    }

    /// append(s, x, y) and append(s, t...) (go/types builtins.go _Append).
    /// append(f()), copy(f()): a builtin taking several arguments called
    /// with one call that returns several values. Valid Go that gopark does not compile
    /// yet (the message, if so).
    fn spread_builtin_call(&mut self, b: Builtin, args: &'a [Expr]) -> Option<String> {
        use Builtin::*;
        if args.len() != 1 || !matches!(args[0].unparen().kind, ExprKind::Call { .. }) {
            return None;
        }
        if !matches!(b, Append | Complex | Copy | Delete | Max | Min) {
            return None;
        }
        let fun = match &args[0].unparen().kind {
            ExprKind::Call { fun, .. } => fun,
            _ => return None,
        };
        // fun is checked twice when this is not a spread: only simple names are, which
        // checking again cannot change (a function literal would be declared twice).
        let simple = match &fun.unparen().kind {
            ExprKind::Name(n) => {
                !matches!(self.lookup(n).map(|o| &self.obj(o).kind), Some(ObjKind::Builtin(_)))
            }
            ExprKind::Selector { x, .. } => x.unparen().is_name().is_some(),
            _ => false,
        };
        if !simple {
            return None;
        }
        // Only the function's type is needed; the call itself is checked once supported.
        let f = self.expr_or_type(fun);
        let n = f.ty.signature().map(|s| s.results.len()).unwrap_or(0);
        if f.mode == Mode::TypeExpr || n < 2 {
            // Not a spread: check the argument as usual (fun is re-checked then).
            return None;
        }
        self.use_exprs(match &args[0].unparen().kind {
            ExprKind::Call { args, .. } => args,
            _ => &[],
        });
        Some(format!("passing a multi-valued call to {} is not supported yet", b.name()))
    }

    fn append_builtin(&mut self, e: &'a Expr, args: &'a [Expr], has_dots: bool) -> Operand<'a> {
        let inv = Operand::invalid(e);
        let mut s = self.expr(&args[0]);
        if s.is_invalid() {
            self.use_exprs(&args[1..]);
            return inv;
        }
        if s.is_nil() {
            self.use_exprs(&args[1..]);
            self.error(s.pos(), "first argument to append must be a slice; have untyped nil");
            return inv;
        }
        let Type::Slice(elem) = s.ty.underlying() else {
            self.use_exprs(&args[1..]);
            let msg = format!(
                "first argument to append must be a slice; have {}",
                self.operand_string(&s)
            );
            self.error(s.pos(), msg);
            return inv;
        };
        s.expr = Some(e);
        let result =
            Operand { mode: Mode::Value, expr: Some(e), ty: s.ty.clone(), val: Value::Unknown };
        if has_dots {
            if args.len() != 2 {
                self.use_exprs(&args[1..]);
                self.error(
                    e.start(),
                    format!(
                        "invalid operation: not enough arguments for {} (expected 2, found {})",
                        expr_string(e),
                        args.len()
                    ),
                );
                return inv;
            }
            let mut t = self.expr(&args[1]);
            if t.is_invalid() {
                return inv;
            }
            // append([]byte, string...) appends the string's bytes (Go's special case).
            let is_byte =
                |t: &Type| matches!(t.basic_kind().map(|k| k.canonical()), Some(BasicKind::Uint8));
            if t.ty.is_string() && is_byte(&elem) {
                if t.ty.is_untyped() {
                    self.convert_untyped(&mut t, &Type::Basic(BasicKind::String));
                }
                return result;
            }
            let want = Type::Slice(elem.clone());
            if !matches!(t.ty.underlying(), Type::Slice(_)) && !t.is_nil() {
                let msg = format!(
                    "cannot use {} as {} value in argument to append",
                    self.operand_string(&t),
                    self.ts(&want)
                );
                self.error(t.pos(), msg);
                return inv;
            }
            self.assignment(&mut t, Some(&want), "argument to append");
            if t.is_invalid() {
                return inv;
            }
            return result;
        }
        for a in &args[1..] {
            let mut x = self.expr(a);
            if x.is_invalid() {
                continue;
            }
            self.assignment(&mut x, Some(&elem), "argument to append");
        }
        result
    }

    /// A size argument of make: an integer value, a non-negative constant.
    fn size_arg(&mut self, a: &'a Expr) -> bool {
        let mut x = self.expr(a);
        if x.is_invalid() {
            return false;
        }
        if x.ty.is_untyped() {
            self.convert_untyped(&mut x, &Type::int());
            if x.is_invalid() {
                return false;
            }
        }
        if !x.ty.is_integer() {
            if x.mode == Mode::Constant && x.val.to_int().is_some() {
                return true;
            }
            let s = self.operand_string(&x);
            self.error(x.pos(), format!("cannot convert {} to type int", s));
            return false;
        }
        if x.mode == Mode::Constant {
            if let Some(v) = x.val.to_int() {
                if v < 0 {
                    let s = self.operand_string(&x);
                    self.error(
                        x.pos(),
                        format!("invalid argument: index {} must not be negative", s),
                    );
                    return false;
                }
            }
        }
        true
    }

    // ---- selectors

    pub(crate) fn selector(&mut self, e: &'a Expr) -> Operand<'a> {
        let inv = Operand::invalid(e);
        let ExprKind::Selector { x, sel } = &e.kind else {
            return inv;
        };
        // A qualified identifier pkg.Name.
        if let ExprKind::Name(pkg) = &x.kind {
            if let Some(o) = self.lookup(pkg) {
                if let ObjKind::PkgName(path) = self.obj(o).kind.clone() {
                    self.obj_mut(o).used = true;
                    self.record_use(x.id, o);
                    if let Some(m) = self.prelude_member(&path, &sel.value) {
                        // tree.New: a declaration of a package written in Go.
                        self.record_use(sel.id, m);
                        self.record_use(e.id, m);
                        let name = format!("{pkg}.{}", sel.value);
                        return self.object_operand(e, m, &name);
                    }
                    if let Some(msg) = self.missing_prelude_member(&path, &sel.value) {
                        self.error(sel.pos, msg);
                        return inv;
                    }
                    if let Some(f) = self.prelude_std_func(&path, &sel.value) {
                        // strings.SplitSeq: a standard function written in Go.
                        self.record_use(sel.id, f);
                        self.record_use(e.id, f);
                        let name = format!("{pkg}.{}", sel.value);
                        return self.object_operand(e, f, &name);
                    }
                    if let Some(v) = self.prelude_var(&path, &sel.value) {
                        // runtime.MemProfileRate: a variable the program may assign.
                        self.record_use(sel.id, v);
                        let ty = self.obj(v).ty.clone();
                        return Operand {
                            mode: Mode::Variable,
                            expr: Some(e),
                            ty,
                            val: Value::Unknown,
                        };
                    }
                    let Some(m) = self.pkg_member(&path, &sel.value) else {
                        if let Some(msg) = self.unsupported_member(&path, &sel.value) {
                            self.error(sel.pos, msg);
                        }
                        return inv;
                    };
                    self.record_use(sel.id, m);
                    let obj = self.obj(m).clone();
                    return match obj.kind {
                        ObjKind::Const(v) => {
                            Operand { mode: Mode::Constant, expr: Some(e), ty: obj.ty, val: v }
                        }
                        ObjKind::TypeName => Operand {
                            mode: Mode::TypeExpr,
                            expr: Some(e),
                            ty: obj.ty,
                            val: Value::Unknown,
                        },
                        // unsafe.Sizeof and friends.
                        ObjKind::Builtin(b) => Operand {
                            mode: Mode::Builtin(b),
                            expr: Some(e),
                            ty: Type::Invalid,
                            val: Value::Unknown,
                        },
                        _ => Operand {
                            mode: Mode::Value,
                            expr: Some(e),
                            ty: obj.ty,
                            val: Value::Unknown,
                        },
                    };
                }
            }
        }
        self.field_or_method_selector(e, x, sel)
    }

    /// `<-chan time.Time`, the result type of time.After and time.Tick.
    fn time_chan(&self) -> Type {
        Type::Chan(crate::lang::ast::ChanDir::Recv, Rc::new(self.time_time.clone()))
    }

    /// The object for `path.name`, created on first use.
    fn pkg_member(&mut self, path: &str, name: &str) -> Option<ObjId> {
        let key = format!("{}.{}", path, name);
        if let Some(&o) = self.lib_objs.get(&key) {
            return Some(o);
        }
        let unsafe_builtin = match (path, name) {
            ("unsafe", "Sizeof") => Some(Builtin::Sizeof),
            ("unsafe", "Alignof") => Some(Builtin::Alignof),
            ("unsafe", "Offsetof") => Some(Builtin::Offsetof),
            _ => None,
        };
        if let Some(b) = unsafe_builtin {
            let o = self.new_obj(Object::new(name, Pos::NONE, Type::Invalid, ObjKind::Builtin(b)));
            self.lib_objs.insert(key, o);
            return Some(o);
        }
        if let Some(o) = self.lib_member(path, name) {
            self.lib_objs.insert(key, o);
            return Some(o);
        }
        let any = self.any_type();
        let sig = |params: Vec<Type>, results: Vec<Type>, variadic: bool| {
            Type::Func(Rc::new(Signature { params, results, variadic, ..Default::default() }))
        };
        let print_results = vec![Type::int(), self.error_type.clone()];
        let (ty, kind) = match (path, name) {
            ("fmt", "Println") => {
                (sig(vec![any.clone()], print_results, true), ObjKind::LibFunc(LibFunc::FmtPrintln))
            }
            ("fmt", "Print") => {
                (sig(vec![any.clone()], print_results, true), ObjKind::LibFunc(LibFunc::FmtPrint))
            }
            ("fmt", "Printf") => (
                sig(vec![Type::string(), any.clone()], print_results, true),
                ObjKind::LibFunc(LibFunc::FmtPrintf),
            ),
            ("fmt", "Sprintf") => (
                sig(vec![Type::string(), any.clone()], vec![Type::string()], true),
                ObjKind::LibFunc(LibFunc::FmtSprintf),
            ),
            ("fmt", "Sprint") => (
                sig(vec![any.clone()], vec![Type::string()], true),
                ObjKind::LibFunc(LibFunc::FmtSprint),
            ),
            ("fmt", "Sprintln") => (
                sig(vec![any.clone()], vec![Type::string()], true),
                ObjKind::LibFunc(LibFunc::FmtSprintln),
            ),
            ("time", "Sleep") => (
                sig(vec![self.duration.clone()], vec![], false),
                ObjKind::LibFunc(LibFunc::TimeSleep),
            ),
            ("time", "After") => (
                sig(vec![self.duration.clone()], vec![self.time_chan()], false),
                ObjKind::LibFunc(LibFunc::TimeAfter),
            ),
            ("time", "Tick") => (
                sig(vec![self.duration.clone()], vec![self.time_chan()], false),
                ObjKind::LibFunc(LibFunc::TimeTick),
            ),
            ("time", "Time") => {
                let o = self.new_obj(Object::new_pub(
                    "Time",
                    self.time_time.clone(),
                    ObjKind::TypeName,
                ));
                self.lib_objs.insert(key, o);
                return Some(o);
            }
            ("runtime", "GOMAXPROCS") => (
                sig(vec![Type::int()], vec![Type::int()], false),
                ObjKind::LibFunc(LibFunc::RuntimeGOMAXPROCS),
            ),
            ("runtime", "NumGoroutine") => (
                sig(vec![], vec![Type::int()], false),
                ObjKind::LibFunc(LibFunc::RuntimeNumGoroutine),
            ),
            ("runtime", "NumCPU") => {
                (sig(vec![], vec![Type::int()], false), ObjKind::LibFunc(LibFunc::RuntimeNumCPU))
            }
            ("os", "Exit") => {
                (sig(vec![Type::int()], vec![], false), ObjKind::LibFunc(LibFunc::OsExit))
            }
            ("syscall", "Nanosleep") => {
                let ts = Type::Pointer(Rc::new(self.syscall_timespec.clone()));
                (
                    sig(vec![ts.clone(), ts], vec![self.error_type.clone()], false),
                    ObjKind::LibFunc(LibFunc::SyscallNanosleep),
                )
            }
            ("syscall", "Timespec") => {
                let o = self.new_obj(Object::new_pub(
                    "Timespec",
                    self.syscall_timespec.clone(),
                    ObjKind::TypeName,
                ));
                self.lib_objs.insert(key, o);
                return Some(o);
            }
            ("runtime", "Gosched") => {
                (sig(vec![], vec![], false), ObjKind::LibFunc(LibFunc::RuntimeGosched))
            }
            ("runtime", "Goexit") => {
                (sig(vec![], vec![], false), ObjKind::LibFunc(LibFunc::RuntimeGoexit))
            }
            ("time", unit) => {
                let v: i128 = match unit {
                    "Nanosecond" => 1,
                    "Microsecond" => 1_000,
                    "Millisecond" => 1_000_000,
                    "Second" => 1_000_000_000,
                    "Minute" => 60_000_000_000,
                    "Hour" => 3_600_000_000_000,
                    "Duration" => {
                        let o = self.new_obj(Object::new_pub(
                            "Duration",
                            self.duration.clone(),
                            ObjKind::TypeName,
                        ));
                        self.lib_objs.insert(key, o);
                        return Some(o);
                    }
                    _ => return None,
                };
                (self.duration.clone(), ObjKind::Const(Value::Int(v)))
            }
            ("sync", "Mutex") => {
                let o =
                    self.new_obj(Object::new_pub("Mutex", self.mutex.clone(), ObjKind::TypeName));
                self.lib_objs.insert(key, o);
                return Some(o);
            }
            ("sync", "WaitGroup") => {
                let o = self.new_obj(Object::new_pub(
                    "WaitGroup",
                    self.wait_group.clone(),
                    ObjKind::TypeName,
                ));
                self.lib_objs.insert(key, o);
                return Some(o);
            }
            _ => return None,
        };
        let o = self.new_obj(Object::new_pub(name, ty, kind));
        self.lib_objs.insert(key, o);
        Some(o)
    }
}

impl Object {
    pub(crate) fn new_pub(name: &str, ty: Type, kind: ObjKind) -> Object {
        let mut o = Object::new(name, Pos::NONE, ty, kind);
        o.used = true;
        o
    }
}

/// Whether evaluating `e` involves no call and no receive: a name or a field of one, the
/// operands whose array length Go treats as a constant (a conservative subset).
/// Whether e holds no function call and no channel receive, which makes len and cap of an
/// array operand constant (a call inside a function literal does not count, as it does not
/// run; conversions are taken for calls, a simplification).
fn plain_operand(e: &Expr) -> bool {
    let all = |es: &[Expr]| es.iter().all(plain_operand);
    match &e.kind {
        ExprKind::Call { .. } | ExprKind::Operation { op: Operator::Recv, y: None, .. } => false,
        ExprKind::Paren(x) | ExprKind::Selector { x, .. } | ExprKind::Assert { x, .. } => {
            plain_operand(x)
        }
        ExprKind::Index { x, index } => plain_operand(x) && plain_operand(index),
        ExprKind::Slice { x, index, .. } => {
            plain_operand(x) && index.iter().flatten().all(|i| plain_operand(i))
        }
        ExprKind::Operation { x, y, .. } => {
            plain_operand(x) && y.as_deref().map_or(true, plain_operand)
        }
        ExprKind::KeyValue { key, value } => plain_operand(key) && plain_operand(value),
        ExprKind::CompositeLit { elems, .. } | ExprKind::List(elems) => all(elems),
        _ => true,
    }
}
