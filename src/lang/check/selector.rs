//! Selectors on values and types (go/types selector in call.go): fields and methods,
//! promoted through embedded fields, found by `lang::lookup`.

use super::expr::Operand;
use super::{Checker, FuncIdx, Mode, Selection};
use crate::lang::ast::{expr_string, Expr, Name};
use crate::lang::constant::Value;
use crate::lang::lookup::{has_invalid_embedded, lookup_field_or_method, Lookup, Object};
use crate::lang::types::{is_exported, Type};
use std::rc::Rc;

impl<'a> Checker<'a> {
    /// `x.sel` where x is not a package: a field, a method value or a method expression.
    pub(crate) fn field_or_method_selector(
        &mut self,
        e: &'a Expr,
        x: &'a Expr,
        sel: &'a Name,
    ) -> Operand<'a> {
        let inv = Operand::invalid(e);
        let xo = self.expr_or_type(x);
        if xo.is_invalid() {
            return inv;
        }
        let (obj, path, indirect) =
            match lookup_field_or_method(&xo.ty, xo.mode == Mode::Variable, &sel.value, false) {
                Lookup::Found { obj, path, indirect } => (obj, path, indirect),
                failure => {
                    self.selector_error(x, &xo, sel, failure);
                    return inv;
                }
            };
        let is_field = matches!(obj, Object::Field { .. });
        if let Some(msg) = self.unexported_prelude_selector(x, &xo.ty, sel, is_field) {
            self.error(sel.pos, msg);
            return inv;
        }
        if xo.mode == Mode::TypeExpr {
            return self.method_expr(e, x, &xo, sel, obj, path);
        }
        let value =
            |ty: Type| Operand { mode: Mode::Value, expr: Some(e), ty, val: Value::Unknown };
        match obj {
            Object::Field { ty, .. } => {
                // A field of an addressable struct, or reached through a pointer, is itself
                // addressable.
                let mode = if xo.mode == Mode::Variable || indirect {
                    Mode::Variable
                } else {
                    Mode::Value
                };
                self.info.selections.insert(e.id, Selection::Field { path });
                Operand { mode, expr: Some(e), ty, val: Value::Unknown }
            }
            Object::Method { recv, method } => {
                let ty = Type::Func(method.sig.clone());
                if let Some(bm) = method.builtin {
                    self.info
                        .selections
                        .insert(e.id, Selection::BuiltinMethod { method: bm, path });
                    return value(ty);
                }
                let Some(&func) = self.info.method_funcs.get(&(recv.id, method.name.clone()))
                else {
                    return inv;
                };
                if method.ptr_recv && !indirect && path.is_empty() {
                    // v.M() with a pointer method takes &v: a non-struct variable then needs
                    // a box (a struct variable is already a handle).
                    self.note_addr_taken(x);
                }
                self.note_method_dep(func);
                self.info
                    .selections
                    .insert(e.id, Selection::Method { func, path, ptr_recv: method.ptr_recv });
                value(ty)
            }
            Object::IfaceMethod { sig, .. } => {
                self.info.selections.insert(e.id, Selection::IfaceMethod { path });
                value(Type::Func(sig))
            }
        }
    }

    /// Marks the variable x names (if it does, and is not a struct) as having its address
    /// taken.
    fn note_addr_taken(&mut self, x: &Expr) {
        let x = x.unparen();
        if x.is_name().is_none() {
            return;
        }
        if let Some(o) = self.info.use_of(x.id) {
            if !matches!(self.obj(o).ty.underlying(), Type::Struct(_)) {
                self.obj_mut(o).addr_taken = true;
            }
        }
    }

    /// T.M and (*T).M: the method's function, whose parameter 0 is the receiver, or a
    /// wrapper around it (I.M of an interface, (*T).M of a value method, promoted methods).
    fn method_expr(
        &mut self,
        e: &'a Expr,
        x: &'a Expr,
        xo: &Operand<'a>,
        sel: &'a Name,
        obj: Object,
        path: Vec<u16>,
    ) -> Operand<'a> {
        let inv = Operand::invalid(e);
        let (sel_info, sig) = match obj {
            Object::Field { .. } => {
                let msg = format!(
                    "{}.{} undefined (type {} has no method {})",
                    expr_string(x),
                    sel.value,
                    self.ts(&xo.ty),
                    sel.value
                );
                self.error(sel.pos, msg);
                return inv;
            }
            Object::Method { method, .. } if path.is_empty() && method.builtin.is_some() => {
                return self.lib_method_expr(e, xo, &method);
            }
            Object::Method { method, .. } if method.builtin.is_some() => {
                self.error(
                    e.start(),
                    "method expressions of promoted library methods are not supported yet",
                );
                return inv;
            }
            Object::Method { recv, method } => {
                let Some(&func) = self.info.method_funcs.get(&(recv.id, method.name.clone()))
                else {
                    return inv;
                };
                self.note_method_dep(func);
                let direct =
                    path.is_empty() && matches!(xo.ty, Type::Pointer(_)) == method.ptr_recv;
                let info = if direct {
                    Selection::MethodExpr { func }
                } else {
                    // (*T).M of a value method, or a promoted method: Go makes a wrapper
                    // that dereferences or walks the embedded fields.
                    Selection::MethodExprWrapper { path, method: Some((func, method.ptr_recv)) }
                };
                (info, method.sig)
            }
            Object::IfaceMethod { sig, .. } => {
                (Selection::MethodExprWrapper { path, method: None }, sig)
            }
        };
        let mut full = (*sig).clone();
        full.params.insert(0, xo.ty.clone());
        if !full.param_names.is_empty() {
            full.param_names.insert(0, String::new());
        }
        self.info.selections.insert(e.id, sel_info);
        Operand {
            mode: Mode::Value,
            expr: Some(e),
            ty: Type::Func(Rc::new(full)),
            val: Value::Unknown,
        }
    }

    /// T.M and (*T).M of a library type (`(*sync.WaitGroup).Done`): a function whose
    /// parameter 0 is the receiver, made by the code generator around the method's
    /// instruction or native.
    fn lib_method_expr(
        &mut self,
        e: &'a Expr,
        xo: &Operand<'a>,
        method: &crate::lang::types::Method,
    ) -> Operand<'a> {
        let Some(bm) = method.builtin else {
            return Operand::invalid(e);
        };
        // (*T).M of a value method: a wrapper that dereferences, for types held as a plain
        // word (time.Duration); a library struct's value is not.
        let deref = match &xo.ty {
            Type::Pointer(b) if !method.ptr_recv => matches!(b.underlying(), Type::Basic(_)),
            _ => false,
        };
        if matches!(xo.ty, Type::Pointer(_)) != method.ptr_recv && !deref {
            self.error(
                e.start(),
                "method expressions of value methods on pointer types are not supported yet",
            );
            return Operand::invalid(e);
        }
        let mut full = (*method.sig).clone();
        full.params.insert(0, xo.ty.clone());
        if !full.param_names.is_empty() {
            full.param_names.insert(0, String::new());
        }
        self.info.selections.insert(e.id, Selection::BuiltinMethodExpr { method: bm, deref });
        Operand {
            mode: Mode::Value,
            expr: Some(e),
            ty: Type::Func(Rc::new(full)),
            val: Value::Unknown,
        }
    }

    /// Reports why `x.sel` names nothing (go/types' selector errors and lookupError).
    fn selector_error(&mut self, x: &'a Expr, xo: &Operand<'a>, sel: &'a Name, failure: Lookup) {
        if !xo.ty.underlying().is_valid() || has_invalid_embedded(&xo.ty) {
            return;
        }
        let xs = expr_string(x);
        let msg = match failure {
            Lookup::Ambiguous => format!("ambiguous selector {}.{}", xs, sel.value),
            Lookup::NeedsPointer if xo.mode == Mode::TypeExpr => {
                let t = self.ts(&xo.ty);
                format!(
                    "invalid method expression {}.{} (needs pointer receiver (*{}).{})",
                    xs, sel.value, t, sel.value
                )
            }
            Lookup::NeedsPointer => {
                format!("cannot call pointer method {} on {}", sel.value, self.ts(&xo.ty))
            }
            _ => {
                if let Some(msg) = self.unsupported_lib_method(&xo.ty, &sel.value) {
                    self.error(sel.pos, msg);
                    return;
                }
                let why = self.lookup_error(&xo.ty, xo.mode == Mode::Variable, &sel.value);
                format!("{}.{} undefined ({})", xs, sel.value, why)
            }
        };
        self.error(sel.pos, msg);
    }

    /// Why type t has no field or method `sel`, with go/types' hint about a name spelled
    /// differently (lookupError).
    fn lookup_error(&self, t: &Type, addressable: bool, sel: &str) -> String {
        let ts = self.ts(t);
        if let Type::Pointer(b) = t {
            if b.is_interface() {
                return format!("type {} is pointer to interface, not interface", ts);
            }
        }
        let missing = format!("type {} has no field or method {}", ts, sel);
        let Lookup::Found { obj, .. } = lookup_field_or_method(t, addressable, sel, true) else {
            return missing;
        };
        let alt = obj.name().to_string();
        // Objects of package main (fields, and methods declared in the file) are misspelled
        // whatever their case; a library's only when the rest of the name matches exactly.
        let local = match &obj {
            Object::Method { recv, .. } => recv.pkg.as_deref() == Some("main"),
            Object::Field { .. } | Object::IfaceMethod { .. } => true,
        };
        let tail = |s: &str| s.chars().skip(1).collect::<String>();
        let misspelled =
            local || (is_exported(&alt) && (is_exported(sel) || tail(sel) == tail(&alt)));
        if !misspelled {
            return missing;
        }
        let what = if matches!(obj, Object::Field { .. }) { "field" } else { "method" };
        format!("{}, but does have {} {}", missing, what, alt)
    }

    /// The message for a real method of a library type that gopark does not provide.
    fn unsupported_lib_method(&self, t: &Type, name: &str) -> Option<String> {
        const LIB_METHODS: &[(&str, &[&str])] = &[
            (
                "time.Duration",
                &[
                    "String",
                    "Seconds",
                    "Milliseconds",
                    "Microseconds",
                    "Nanoseconds",
                    "Minutes",
                    "Hours",
                    "Round",
                    "Truncate",
                    "Abs",
                ],
            ),
            (
                "time.Time",
                &[
                    "AddDate",
                    "AppendFormat",
                    "Clock",
                    "Date",
                    "GoString",
                    "GobDecode",
                    "GobEncode",
                    "ISOWeek",
                    "In",
                    "IsDST",
                    "Local",
                    "Location",
                    "MarshalBinary",
                    "MarshalJSON",
                    "MarshalText",
                    "Round",
                    "Truncate",
                    "UTC",
                    "UnmarshalBinary",
                    "UnmarshalJSON",
                    "UnmarshalText",
                    "Zone",
                    "ZoneBounds",
                ],
            ),
            (
                "os.File",
                &[
                    "Chdir",
                    "Chmod",
                    "Chown",
                    "Close",
                    "Fd",
                    "Name",
                    "Read",
                    "ReadAt",
                    "ReadDir",
                    "ReadFrom",
                    "Readdir",
                    "Readdirnames",
                    "Seek",
                    "SetDeadline",
                    "SetReadDeadline",
                    "SetWriteDeadline",
                    "Stat",
                    "Sync",
                    "SyscallConn",
                    "Truncate",
                    "WriteAt",
                    "WriteTo",
                ],
            ),
            (
                "rand.Rand",
                &[
                    "ExpFloat64",
                    "Float32",
                    "Int31",
                    "Int31n",
                    "Int32",
                    "Int32N",
                    "Int63",
                    "Int63n",
                    "Int64",
                    "Int64N",
                    "NormFloat64",
                    "Read",
                    "Seed",
                    "Shuffle",
                    "Uint",
                    "Uint32",
                    "Uint32N",
                    "Uint64N",
                    "UintN",
                ],
            ),
            (
                "reflect.Type",
                &[
                    "AssignableTo",
                    "CanSeq",
                    "CanSeq2",
                    "ChanDir",
                    "ConvertibleTo",
                    "FieldByIndex",
                    "FieldByNameFunc",
                    "In",
                    "IsVariadic",
                    "MethodByName",
                    "NumIn",
                    "NumOut",
                    "Out",
                    "OverflowComplex",
                    "OverflowFloat",
                    "OverflowInt",
                    "OverflowUint",
                ],
            ),
            (
                "reflect.Value",
                &[
                    "Call",
                    "CallSlice",
                    "CanComplex",
                    "CanConvert",
                    "Clear",
                    "Close",
                    "Comparable",
                    "Complex",
                    "Convert",
                    "Equal",
                    "FieldByIndex",
                    "FieldByIndexErr",
                    "FieldByNameFunc",
                    "Grow",
                    "InterfaceData",
                    "Method",
                    "MethodByName",
                    "OverflowComplex",
                    "OverflowFloat",
                    "OverflowInt",
                    "OverflowUint",
                    "Pointer",
                    "Recv",
                    "Send",
                    "Seq",
                    "Seq2",
                    "SetBytes",
                    "SetCap",
                    "SetComplex",
                    "SetIterKey",
                    "SetIterValue",
                    "SetLen",
                    "SetPointer",
                    "SetZero",
                    "Slice",
                    "Slice3",
                    "TryRecv",
                    "TrySend",
                    "UnsafeAddr",
                    "UnsafePointer",
                ],
            ),
            ("reflect.Method", &["Type", "Func"]),
            ("sync.WaitGroup", &["Go"]),
            ("sync.RWMutex", &["RLocker"]),
            (
                "template.Template",
                &["AddParseTree", "Copy", "ErrorContext", "ParseFS", "ParseFiles", "ParseGlob"],
            ),
        ];
        // The method may be promoted from an embedded library type.
        let mut types = vec![t.clone()];
        let mut i = 0;
        while i < types.len() && i < 64 {
            let base = match &types[i] {
                Type::Pointer(b) => (**b).clone(),
                t => t.clone(),
            };
            let tname = self.ts(&base);
            if LIB_METHODS.iter().any(|(lt, ms)| *lt == tname && ms.contains(&name)) {
                return Some(format!("method {}.{} is not supported by gopark yet", tname, name));
            }
            if let Type::Struct(st) = base.underlying() {
                types.extend(st.fields.iter().filter(|f| f.embedded).map(|f| f.ty.clone()));
            }
            i += 1;
        }
        None
    }
}

impl Checker<'_> {
    /// A method named in a package variable's initializer (or in a function it calls) makes
    /// the variable depend on what the method's body refers to.
    fn note_method_dep(&mut self, func: FuncIdx) {
        if let (Some(deps), Some(&o)) = (&mut self.var_deps, self.method_objs.get(&func)) {
            deps.push(o);
        }
    }
}
