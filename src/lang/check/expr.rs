//! Expressions (go/types expr.go, const.go, operand.go, assignments.go): operands,
//! untyped constants and their implicit conversion, unary and binary operations,
//! comparisons, shifts, assignability.

use super::{Checker, Mode, ObjId, ObjKind};
use crate::lang::ast::{expr_string, ChanDir, Expr, ExprKind};
use crate::lang::constant::{self, Value};
use crate::lang::lookup::{has_invalid_embedded, missing_method, Missing};
use crate::lang::token::{LitKind, Operator, Pos};
use crate::lang::types::{comparable, identical, BasicKind, Type};
use std::rc::Rc;

/// An evaluated expression (go/types operand).
#[derive(Clone, Debug)]
pub(crate) struct Operand<'a> {
    pub mode: Mode,
    pub expr: Option<&'a Expr>,
    pub ty: Type,
    pub val: Value,
}

impl<'a> Operand<'a> {
    pub fn invalid(e: &'a Expr) -> Operand<'a> {
        Operand { mode: Mode::Invalid, expr: Some(e), ty: Type::Invalid, val: Value::Unknown }
    }
    pub fn is_invalid(&self) -> bool {
        self.mode == Mode::Invalid
    }
    pub fn is_nil(&self) -> bool {
        self.mode == Mode::Nil
    }
    pub fn pos(&self) -> Pos {
        self.expr.map(|e| e.start()).unwrap_or(Pos::NONE)
    }
}

/// Why an implicit conversion of an untyped operand failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ConvErr {
    Truncated,
    Overflow,
    Invalid,
}

/// Converts a constant to the representation of a basic kind (go/types representableConst).
pub(crate) fn representable(v: &Value, k: BasicKind) -> Result<Value, ConvErr> {
    let k = k.canonical();
    if k.is_integer() {
        let Some(i) = v.to_int() else {
            let inexact = v.is_float() || matches!(v, Value::Complex(..));
            return Err(if inexact { ConvErr::Truncated } else { ConvErr::Invalid });
        };
        let (min, max): (i128, i128) = match k {
            BasicKind::Int8 => (i8::MIN as i128, i8::MAX as i128),
            BasicKind::Int16 => (i16::MIN as i128, i16::MAX as i128),
            BasicKind::Int32 => (i32::MIN as i128, i32::MAX as i128),
            BasicKind::Int | BasicKind::Int64 => (i64::MIN as i128, i64::MAX as i128),
            BasicKind::Uint8 => (0, u8::MAX as i128),
            BasicKind::Uint16 => (0, u16::MAX as i128),
            BasicKind::Uint32 => (0, u32::MAX as i128),
            BasicKind::Uint | BasicKind::Uint64 | BasicKind::Uintptr => (0, u64::MAX as i128),
            _ => (i128::MIN, i128::MAX), // untyped int and rune
        };
        if i < min || i > max {
            return Err(ConvErr::Overflow);
        }
        return Ok(Value::Int(i));
    }
    if k.is_float() {
        let Some(f) = v.to_float() else {
            let complex = matches!(v, Value::Complex(..));
            return Err(if complex { ConvErr::Truncated } else { ConvErr::Invalid });
        };
        if k == BasicKind::Float32 {
            let r = f as f32;
            if r.is_infinite() {
                return Err(ConvErr::Overflow);
            }
            return Ok(Value::Float(r as f64));
        }
        if f.is_infinite() {
            return Err(ConvErr::Overflow);
        }
        // Untyped floats keep integer values exact.
        if k == BasicKind::UntypedFloat {
            return Ok(v.clone());
        }
        return Ok(Value::Float(f));
    }
    if k.is_complex() {
        let Some((re, im)) = v.to_complex() else {
            return Err(ConvErr::Invalid);
        };
        if k == BasicKind::UntypedComplex {
            return Ok(v.clone());
        }
        let (re, im) = if k == BasicKind::Complex64 {
            ((re as f32) as f64, (im as f32) as f64)
        } else {
            (re, im)
        };
        if re.is_infinite() || im.is_infinite() {
            return Err(ConvErr::Overflow);
        }
        return Ok(Value::complex(Value::Float(re), Value::Float(im)));
    }
    if k.is_string() {
        return match v {
            Value::String(_) => Ok(v.clone()),
            _ => Err(ConvErr::Invalid),
        };
    }
    if k.is_boolean() {
        return match v {
            Value::Bool(_) => Ok(v.clone()),
            _ => Err(ConvErr::Invalid),
        };
    }
    Err(ConvErr::Invalid)
}

/// The larger of two untyped numeric kinds (int < rune < float), or None if they do not mix.
fn max_type(x: &Type, y: &Type) -> Option<Type> {
    let (Type::Basic(a), Type::Basic(b)) = (x, y) else {
        return None;
    };
    if a.is_numeric() && b.is_numeric() {
        let rank = |k: &BasicKind| match k {
            BasicKind::UntypedInt => 1,
            BasicKind::UntypedRune => 2,
            BasicKind::UntypedFloat => 3,
            BasicKind::UntypedComplex => 4,
            _ => 0,
        };
        return Some(if rank(a) >= rank(b) { x.clone() } else { y.clone() });
    }
    if a == b {
        return Some(x.clone());
    }
    None
}

impl<'a> Checker<'a> {
    // ---- printing operands

    pub(crate) fn operand_string(&self, x: &Operand) -> String {
        if x.mode == Mode::Nil {
            return "nil".into();
        }
        let expr = match x.expr {
            Some(e) => expr_string(e),
            None => match x.mode {
                Mode::Builtin(b) => b.name().to_string(),
                Mode::TypeExpr => self.ts(&x.ty),
                Mode::Constant => x.val.to_string_go(),
                _ => String::new(),
            },
        };
        let mut buf = String::new();
        if !expr.is_empty() {
            buf.push_str(&expr);
            buf.push_str(" (");
        }
        let mut has_type = false;
        match x.mode {
            Mode::Invalid | Mode::NoValue | Mode::Builtin(_) | Mode::TypeExpr => {}
            _ => {
                if x.ty.is_untyped() {
                    if let Type::Basic(k) = x.ty {
                        buf.push_str(k.name());
                        buf.push(' ');
                    }
                } else {
                    has_type = true;
                }
            }
        }
        buf.push_str(match x.mode {
            Mode::Invalid => "invalid operand",
            Mode::NoValue => "no value",
            Mode::Builtin(_) => "built-in",
            Mode::TypeExpr => "type",
            Mode::Constant => "constant",
            Mode::Variable => "variable",
            Mode::Value => "value",
            Mode::CommaOk => "comma, ok expression",
            Mode::MapIndex => "map index expression",
            Mode::Nil => "nil",
        });
        if x.mode == Mode::Constant {
            let s = x.val.to_string_go();
            if s != expr {
                buf.push(' ');
                buf.push_str(&s);
            }
        }
        if has_type {
            if x.ty.is_valid() {
                buf.push_str(" of type ");
                buf.push_str(&self.ts(&x.ty));
                if let Some(c) = self.tparam_constraint(&x.ty) {
                    buf.push_str(" constrained by ");
                    buf.push_str(c);
                }
            } else {
                buf.push_str(" with invalid type");
            }
        }
        if !expr.is_empty() {
            buf.push(')');
        }
        buf
    }

    // ---- entry points

    /// Evaluates an expression without restrictions (it may be a type, a builtin, ...).
    pub(crate) fn raw_operand(&mut self, e: &'a Expr) -> Operand<'a> {
        self.raw_expr(e, None)
    }

    pub(crate) fn raw_expr(&mut self, e: &'a Expr, hint: Option<&Type>) -> Operand<'a> {
        let mut x = self.expr_internal(e, hint);
        x.expr = Some(e);
        // A value of an invalid type (whose error, often "not supported yet", was reported
        // with the type) is itself invalid: nothing more is said about it.
        if matches!(x.mode, Mode::Variable | Mode::Value | Mode::CommaOk | Mode::MapIndex)
            && is_broken(&x.ty)
        {
            x.mode = Mode::Invalid;
        }
        let val = if x.mode == Mode::Constant { Some(&x.val) } else { None };
        self.record(e, x.mode, &x.ty, val);
        x
    }

    /// Evaluates a single-valued expression (go/types expr).
    pub(crate) fn expr(&mut self, e: &'a Expr) -> Operand<'a> {
        let mut x = self.raw_expr(e, None);
        self.exclude(&mut x, true, true, true);
        self.single_value(&mut x);
        x
    }

    pub(crate) fn expr_with_hint(&mut self, e: &'a Expr, hint: &Type) -> Operand<'a> {
        let mut x = self.raw_expr(e, Some(hint));
        self.exclude(&mut x, true, true, true);
        self.single_value(&mut x);
        x
    }

    /// Evaluates an expression that may be a value or a type.
    pub(crate) fn expr_or_type(&mut self, e: &'a Expr) -> Operand<'a> {
        let mut x = self.raw_expr(e, None);
        self.exclude(&mut x, true, true, false);
        self.single_value(&mut x);
        x
    }

    pub(crate) fn exclude(
        &mut self,
        x: &mut Operand<'a>,
        novalue: bool,
        builtin: bool,
        typexpr: bool,
    ) {
        let msg = match x.mode {
            Mode::NoValue if novalue => "used as value",
            Mode::Builtin(_) if builtin => "must be called",
            Mode::TypeExpr if typexpr => "is not an expression",
            _ => return,
        };
        let s = self.operand_string(x);
        let mut pos = x.pos();
        if matches!(x.expr.map(|e| &e.kind), Some(ExprKind::FuncType(_))) {
            // gc places a function type at its parameter list, after `func`.
            pos.col += 4;
        }
        self.error(pos, format!("{} {}", s, msg));
        x.mode = Mode::Invalid;
    }

    pub(crate) fn single_value(&mut self, x: &mut Operand<'a>) {
        if x.mode == Mode::Value {
            if let Type::Tuple(t) = &x.ty {
                let _ = t;
                let s = self.operand_string(x);
                self.error(x.pos(), format!("multiple-value {} in single-value context", s));
                x.mode = Mode::Invalid;
            }
        }
    }

    /// Evaluates an expression that may have several values (a call), or a comma-ok
    /// expression when `allow_comma_ok`. Returns the list of operands.
    pub(crate) fn multi_expr(
        &mut self,
        e: &'a Expr,
        allow_comma_ok: bool,
    ) -> (Vec<Operand<'a>>, bool) {
        let mut x = self.raw_expr(e, None);
        self.exclude(&mut x, true, true, true);
        if x.is_invalid() {
            return (vec![x], false);
        }
        if let (Mode::Value, Type::Tuple(list)) = (x.mode, &x.ty) {
            let ops = list
                .iter()
                .map(|t| Operand {
                    mode: Mode::Value,
                    expr: Some(e),
                    ty: t.clone(),
                    val: Value::Unknown,
                })
                .collect();
            return (ops, false);
        }
        if allow_comma_ok && matches!(x.mode, Mode::CommaOk | Mode::MapIndex) {
            let mut x1 = x.clone();
            x1.mode = Mode::Value;
            let x2 = Operand {
                mode: Mode::Value,
                expr: Some(e),
                ty: Type::Basic(BasicKind::UntypedBool),
                val: Value::Unknown,
            };
            return (vec![x1, x2], true);
        }
        if matches!(x.mode, Mode::CommaOk | Mode::MapIndex) {
            x.mode = Mode::Value;
        }
        (vec![x], false)
    }

    // ---- the expression switch

    fn expr_internal(&mut self, e: &'a Expr, hint: Option<&Type>) -> Operand<'a> {
        let inv = Operand::invalid(e);
        match &e.kind {
            ExprKind::Bad => inv,
            ExprKind::Name(name) => self.ident(e, name),
            ExprKind::BasicLit { value, kind, bad } => {
                if *bad {
                    return inv;
                }
                let (k, v) = match kind {
                    LitKind::Int => (BasicKind::UntypedInt, constant::parse_number(value)),
                    LitKind::Float => (BasicKind::UntypedFloat, constant::parse_number(value)),
                    LitKind::Rune => (BasicKind::UntypedRune, constant::rune_lit(value)),
                    LitKind::String => {
                        (BasicKind::UntypedString, Value::String(constant::string_lit(value)))
                    }
                    LitKind::Imag => (BasicKind::UntypedComplex, constant::parse_imag(value)),
                };
                if v == Value::Unknown {
                    self.error(e.pos, format!("constant overflow: {}", value));
                    return inv;
                }
                Operand { mode: Mode::Constant, expr: Some(e), ty: Type::Basic(k), val: v }
            }
            ExprKind::FuncLit { ty, body } => {
                let sig = self.func_type(ty, u32::MAX);
                let (name, parent) = self.next_lit_name();
                let f = self.new_func(name, sig.clone(), parent, e.pos);
                self.info.funcs[f as usize].is_lit = true;
                self.info.func_of.insert(e.id, f);
                self.func_body(f, ty, body, None);
                Operand {
                    mode: Mode::Value,
                    expr: Some(e),
                    ty: Type::Func(sig),
                    val: Value::Unknown,
                }
            }
            ExprKind::Paren(x) => {
                let mut o = self.raw_expr(x, hint);
                o.expr = Some(e);
                o
            }
            ExprKind::Selector { .. } => self.selector(e),
            ExprKind::Index { x, index } => self.index_expr(e, x, index),
            ExprKind::Slice { x, index, full } => self.slice_expr(e, x, index, *full),
            ExprKind::Assert { x, ty } => self.type_assert_expr(e, x, ty),
            ExprKind::TypeSwitchGuard { .. } => {
                self.error(e.start(), "use of .(type) outside type switch");
                inv
            }
            ExprKind::Operation { op, x, y: None } => self.unary(e, *op, x),
            ExprKind::Operation { op, x, y: Some(y) } => self.binary(e, *op, x, y),
            ExprKind::Call { .. } => self.call_expr(e),
            ExprKind::CompositeLit { ty, elems, .. } => {
                self.composite_lit(e, ty.as_deref(), elems, hint)
            }
            ExprKind::KeyValue { .. } => {
                self.error(e.start(), "unexpected key:value expression");
                inv
            }
            ExprKind::List(_) => {
                self.error(e.start(), "unexpected list of expressions");
                inv
            }
            ExprKind::ArrayType { .. }
            | ExprKind::SliceType { .. }
            | ExprKind::DotsType { .. }
            | ExprKind::StructType { .. }
            | ExprKind::FuncType(_)
            | ExprKind::InterfaceType { .. }
            | ExprKind::MapType { .. }
            | ExprKind::ChanType { .. } => {
                let t = self.type_expr(e);
                if !t.is_valid() {
                    return inv;
                }
                Operand { mode: Mode::TypeExpr, expr: Some(e), ty: t, val: Value::Unknown }
            }
        }
    }

    /// An identifier in an expression (go/types ident).
    fn ident(&mut self, e: &'a Expr, name: &str) -> Operand<'a> {
        let inv = Operand::invalid(e);
        if name == "_" {
            self.error(e.pos, "cannot use _ as value");
            return inv;
        }
        let Some(o) = self.lookup(name) else {
            self.undefined(e.pos, name);
            return inv;
        };
        self.record_use(e.id, o);
        self.obj_decl(o);
        self.object_operand(e, o, name)
    }

    /// The operand for a use of object `o` spelled `name` (`e` is a name, or a selector
    /// `pkg.Name` naming a declaration of a package written in Go).
    pub(crate) fn object_operand(&mut self, e: &'a Expr, o: ObjId, name: &str) -> Operand<'a> {
        let inv = Operand::invalid(e);
        let obj = self.obj(o).clone();
        match &obj.kind {
            ObjKind::PkgName(_) => {
                self.obj_mut(o).used = true;
                self.error(e.pos, format!("use of package {} without selector", name));
                inv
            }
            ObjKind::Const(v) => {
                self.obj_mut(o).used = true;
                if obj.pos == Pos::NONE && name == "iota" {
                    let Some(i) = self.iota else {
                        self.error(e.pos, "cannot use iota outside constant declaration");
                        return inv;
                    };
                    return Operand {
                        mode: Mode::Constant,
                        expr: Some(e),
                        ty: Type::Basic(BasicKind::UntypedInt),
                        val: Value::Int(i),
                    };
                }
                if !obj.ty.is_valid() || *v == Value::Unknown {
                    return inv;
                }
                Operand { mode: Mode::Constant, expr: Some(e), ty: obj.ty.clone(), val: v.clone() }
            }
            ObjKind::TypeName => {
                if self.generics.contains_key(&o) {
                    let g = self.generic_type_string(o);
                    self.error(e.pos, format!("cannot use generic type {g} without instantiation"));
                    return inv;
                }
                if !obj.ty.is_valid() {
                    return inv;
                }
                Operand {
                    mode: Mode::TypeExpr,
                    expr: Some(e),
                    ty: obj.ty.clone(),
                    val: Value::Unknown,
                }
            }
            ObjKind::Var { global } => {
                self.obj_mut(o).used = true;
                if global.is_some() {
                    if let Some(deps) = &mut self.var_deps {
                        deps.push(o);
                    }
                } else {
                    self.note_var_use(o);
                }
                if !obj.ty.is_valid() {
                    return inv;
                }
                Operand {
                    mode: Mode::Variable,
                    expr: Some(e),
                    ty: obj.ty.clone(),
                    val: Value::Unknown,
                }
            }
            ObjKind::Func(_) => {
                self.obj_mut(o).used = true;
                if let Some(deps) = &mut self.var_deps {
                    deps.push(o);
                }
                if self.generics.contains_key(&o) {
                    self.error(
                        e.pos,
                        format!("cannot use generic function {name} without instantiation"),
                    );
                    return inv;
                }
                if !obj.ty.is_valid() {
                    return inv;
                }
                Operand {
                    mode: Mode::Value,
                    expr: Some(e),
                    ty: obj.ty.clone(),
                    val: Value::Unknown,
                }
            }
            ObjKind::Builtin(b) => Operand {
                mode: Mode::Builtin(*b),
                expr: Some(e),
                ty: Type::Invalid,
                val: Value::Unknown,
            },
            ObjKind::LibFunc(_) => Operand {
                mode: Mode::Value,
                expr: Some(e),
                ty: obj.ty.clone(),
                val: Value::Unknown,
            },
            ObjKind::Nil => Operand {
                mode: Mode::Nil,
                expr: Some(e),
                ty: Type::Basic(BasicKind::UntypedNil),
                val: Value::Unknown,
            },
            ObjKind::Label => inv,
        }
    }

    /// s[i] on strings and slices (arrays and maps are not supported yet).
    fn index_expr(&mut self, e: &'a Expr, x: &'a Expr, index: &'a Expr) -> Operand<'a> {
        let inv = Operand::invalid(e);
        if let Some(op) = self.explicit_instance(e, x, index) {
            return op;
        }
        let xo = self.expr_or_type(x);
        if xo.is_invalid() {
            // f[int] of an invalid f: the types are still checked.
            for ie in index.list() {
                let _ = self.expr_or_type(ie);
            }
            return inv;
        }
        if self.is_generic_lib_func(x) {
            // slices.Sort[[]int]: instantiation is inferred from arguments only, so far.
            for ie in index.list() {
                let _ = self.expr_or_type(ie);
            }
            let f = crate::lang::ast::expr_string(x);
            self.error(e.start(), format!("explicit instantiation of {f} is not supported yet"));
            return inv;
        }
        if xo.mode == Mode::TypeExpr {
            if !self.is_generic_type(x) {
                self.error(e.start(), "generic types are not supported yet");
            }
            return inv;
        }
        if let Type::Map(key, elem) = xo.ty.underlying() {
            // The key must be assignable to the key type (go/types indexExpr).
            let mut k = self.expr_with_hint(index, &key);
            if k.is_invalid() {
                return inv;
            }
            self.assignment(&mut k, Some(&key), "map index");
            if k.is_invalid() {
                return inv;
            }
            return Operand {
                mode: Mode::MapIndex,
                expr: Some(e),
                ty: (*elem).clone(),
                val: Value::Unknown,
            };
        }
        // An array, or a pointer to one: a constant index is checked against the length.
        let array = match xo.ty.underlying() {
            Type::Array(n, elem) => Some((n, elem, xo.mode == Mode::Variable)),
            Type::Pointer(p) => match p.underlying() {
                Type::Array(n, elem) => Some((n, elem, true)),
                _ => None,
            },
            _ => None,
        };
        if let Some((n, elem, addressable)) = array {
            if !self.index(index, Some(n as i128)) {
                return inv;
            }
            // An element of an addressable array is a variable; of a value, a value.
            return Operand {
                mode: if addressable { Mode::Variable } else { Mode::Value },
                expr: Some(e),
                ty: (*elem).clone(),
                val: Value::Unknown,
            };
        }
        if let Type::Slice(elem) = xo.ty.underlying() {
            if !self.index(index, None) {
                return inv;
            }
            // A slice element is a variable: it can be assigned to and incremented.
            return Operand {
                mode: Mode::Variable,
                expr: Some(e),
                ty: (*elem).clone(),
                val: Value::Unknown,
            };
        }
        if !xo.ty.is_string() {
            let _ = self.expr(index);
            let s = self.operand_string(&xo);
            self.error(xo.pos(), format!("invalid operation: cannot index {}", s));
            return inv;
        }
        let len = match (&xo.mode, &xo.val) {
            (Mode::Constant, Value::String(s)) => Some(s.len() as i128),
            _ => None,
        };
        if !self.index(index, len) {
            return inv;
        }
        // Indexing a constant string gives a byte value, not a constant.
        Operand {
            mode: Mode::Value,
            expr: Some(e),
            ty: Type::Basic(BasicKind::Byte),
            val: Value::Unknown,
        }
    }

    /// s[lo:hi] and s[lo:hi:max] on slices and strings (go/types sliceExpr).
    fn slice_expr(
        &mut self,
        e: &'a Expr,
        x: &'a Expr,
        index: &'a [Option<Box<Expr>>; 3],
        full: bool,
    ) -> Operand<'a> {
        let inv = Operand::invalid(e);
        let mut xo = self.expr(x);
        let check_indexes = |c: &mut Self, len: Option<i128>| -> bool {
            let mut ok = true;
            let mut consts: Vec<i128> = Vec::new();
            for ie in index.iter().flatten() {
                // A constant bound may equal the length (s[:len(s)]).
                if !c.index(ie, len.map(|l| l + 1)) {
                    ok = false;
                    continue;
                }
                if let Some(v) =
                    c.info.tv(ie.id).and_then(|t| t.val.clone()).and_then(|v| v.to_int())
                {
                    if let Some(&prev) = consts.last() {
                        if v < prev {
                            c.error(ie.start(), format!("invalid slice indices: {} < {}", v, prev));
                            ok = false;
                        }
                    }
                    consts.push(v);
                }
            }
            ok
        };
        if xo.is_invalid() {
            for ie in index.iter().flatten() {
                let _ = self.expr(ie);
            }
            return inv;
        }
        let array_of = |t: &Type| match t.underlying() {
            Type::Array(n, elem) => Some((n, elem)),
            _ => None,
        };
        let array = match xo.ty.underlying() {
            Type::Pointer(p) => array_of(&p).map(|a| (a, true)),
            t => array_of(&t).map(|a| (a, xo.mode == Mode::Variable)),
        };
        if let Some(((n, elem), addressable)) = array {
            if !addressable {
                for ie in index.iter().flatten() {
                    let _ = self.expr(ie);
                }
                let s = self.operand_string(&xo);
                let msg = format!("invalid operation: {} (slice of unaddressable value)", s);
                self.error(xo.pos(), msg);
                return inv;
            }
            if !check_indexes(self, Some(n as i128)) {
                return inv;
            }
            let ty = Type::Slice(elem);
            return Operand { mode: Mode::Value, expr: Some(e), ty, val: Value::Unknown };
        }
        match xo.ty.underlying() {
            Type::Slice(_) => {
                if !check_indexes(self, None) {
                    return inv;
                }
                Operand { mode: Mode::Value, expr: Some(e), ty: xo.ty.clone(), val: Value::Unknown }
            }
            Type::Basic(k) if k.is_string() => {
                if full {
                    let at = index[2].as_ref().map(|m| m.start()).unwrap_or(e.pos);
                    self.error(at, "invalid operation: 3-index slice of string");
                    return inv;
                }
                let len = match &xo.val {
                    Value::String(s) if xo.mode == Mode::Constant => Some(s.len() as i128),
                    _ => None,
                };
                if !check_indexes(self, len) {
                    return inv;
                }
                // Slicing an untyped string constant gives a string (not a constant).
                if xo.ty.is_untyped() {
                    self.convert_untyped(&mut xo, &Type::string());
                }
                Operand { mode: Mode::Value, expr: Some(e), ty: xo.ty.clone(), val: Value::Unknown }
            }
            Type::Pointer(_)
            | Type::Basic(_)
            | Type::Chan(..)
            | Type::Map(..)
            | Type::Func(_)
            | Type::Interface(_)
            | Type::Named(_)
            | Type::Tuple(_)
            | Type::Opaque(_)
            | Type::Struct(_)
            | Type::Array(..)
            | Type::Invalid => {
                for ie in index.iter().flatten() {
                    let _ = self.expr(ie);
                }
                let s = self.operand_string(&xo);
                self.error(xo.pos(), format!("invalid operation: cannot slice {}", s));
                inv
            }
        }
    }

    /// A composite literal; only slice literals (`[]T{...}`, keyed or not) so far.
    fn composite_lit(
        &mut self,
        e: &'a Expr,
        ty: Option<&'a Expr>,
        elems: &'a [Expr],
        hint: Option<&Type>,
    ) -> Operand<'a> {
        let inv = Operand::invalid(e);
        // [...]T{...}: the length is the literal's (known after its elements).
        let mut open_array = false;
        let t = match ty {
            Some(te) => match &te.kind {
                ExprKind::ArrayType { len: None, elem } => {
                    open_array = true;
                    let et = self.type_expr(elem);
                    if et.is_valid() {
                        Type::Array(0, Rc::new(et))
                    } else {
                        Type::Invalid
                    }
                }
                _ => self.type_expr(te),
            },
            // An elided type inside an outer literal ([][]int{{1}, {2}}).
            None => match hint {
                Some(h) => h.clone(),
                None => {
                    self.use_lit_elems(elems);
                    self.error(e.pos, "invalid composite literal type: missing type");
                    return inv;
                }
            },
        };
        if !t.is_valid() {
            self.use_lit_elems(elems);
            return inv;
        }
        if let Type::Map(key, elem) = t.underlying() {
            return self.map_lit(e, elems, t, &key, &elem);
        }
        if let Type::Struct(st) = t.underlying() {
            return self.struct_lit(e, elems, t, &st);
        }
        // sync.Mutex{}, sync.WaitGroup{}: a library type shows no fields, so its only
        // literal is the empty one, its zero value.
        if matches!(t, Type::Named(_)) && matches!(t.underlying(), Type::Opaque(_)) {
            if elems.is_empty() {
                return Operand { mode: Mode::Value, expr: Some(e), ty: t, val: Value::Unknown };
            }
            self.use_lit_elems(elems);
            self.error(e.start(), format!("fields of {} are not supported yet", self.ts(&t)));
            return inv;
        }
        // An elided `&T` in a literal of pointers ([]*T{{1, 2}}).
        if ty.is_none() {
            if let Type::Pointer(base) = t.underlying() {
                if let Type::Struct(st) = base.underlying() {
                    let mut x = self.struct_lit(e, elems, (*base).clone(), &st);
                    if !x.is_invalid() {
                        x.ty = t.clone();
                        self.record(e, Mode::Value, &t, None);
                    }
                    return x;
                }
                // {} as an elided &sync.Mutex{} (map[string]*sync.Mutex{"a": {}}).
                let opaque = matches!(&*base, Type::Named(_))
                    && matches!(base.underlying(), Type::Opaque(_));
                if let (Type::Array(..), _) | (_, true) = (base.underlying(), opaque) {
                    // A pointer to an array is the array's handle, as for a struct.
                    let mut x = self.composite_lit(e, None, elems, Some(&base));
                    if !x.is_invalid() {
                        x.ty = t.clone();
                        self.record(e, Mode::Value, &t, None);
                    }
                    return x;
                }
            }
        }
        let (elem, bound) = match t.underlying() {
            Type::Slice(elem) => (elem, None),
            Type::Array(n, elem) => (elem, (!open_array).then_some(n as i128)),
            _ => (Rc::new(Type::Invalid), None),
        };
        let mut max_len: i128 = 0;
        let (Type::Slice(_) | Type::Array(..)) = t.underlying() else {
            self.use_lit_elems(elems);
            // An elided &T of a slice or map literal ({...} in []*[]int{...}) is valid Go.
            if let (None, Type::Pointer(base)) = (ty, t.underlying()) {
                if matches!(base.underlying(), Type::Slice(_) | Type::Map(..)) {
                    self.error(
                        e.start(),
                        "taking the address of this composite literal is not supported yet",
                    );
                    return inv;
                }
            }
            let what = match t.underlying() {
                Type::Named(_)
                | Type::Basic(_)
                | Type::Pointer(_)
                | Type::Chan(..)
                | Type::Func(_)
                | Type::Interface(_) => {
                    format!("invalid composite literal type {}", self.ts(&t))
                }
                _ => "composite literals of this type are not supported yet".to_string(),
            };
            self.error(e.start(), what);
            return inv;
        };
        let mut next: i128 = 0;
        let mut seen = std::collections::HashSet::new();
        for el in elems {
            let ve = if let ExprKind::KeyValue { key, value } = &el.kind {
                let mut k = self.expr(key);
                if !k.is_invalid() {
                    if k.mode != Mode::Constant || !k.ty.is_integer() && !k.ty.is_untyped() {
                        let s = self.operand_string(&k);
                        self.error(k.pos(), format!("index {} must be integer constant", s));
                    } else {
                        self.convert_untyped(&mut k, &Type::int());
                        match k.val.to_int() {
                            Some(v) if v >= 0 => next = v,
                            _ => {
                                let s = self.operand_string(&k);
                                self.error(
                                    k.pos(),
                                    format!("index {} must be non-negative integer constant", s),
                                );
                            }
                        }
                    }
                }
                value
            } else {
                el
            };
            if bound.is_some_and(|n| next >= n) {
                let n = bound.unwrap_or(0);
                self.error(ve.start(), format!("index {} is out of bounds (>= {})", next, n));
            } else if !seen.insert(next) {
                self.error(
                    el.start(),
                    format!("duplicate index {} in array or slice literal", next),
                );
            }
            next += 1;
            max_len = max_len.max(next);
            let mut x = match &ve.kind {
                ExprKind::CompositeLit { ty: None, .. } => self.raw_expr(ve, Some(&elem)),
                _ => self.expr_with_hint(ve, &elem),
            };
            if x.is_invalid() {
                continue;
            }
            let what = if bound.is_some() || open_array {
                "array or slice literal"
            } else {
                "slice literal"
            };
            self.assignment(&mut x, Some(&elem), what);
        }
        let t = if open_array { Type::Array(max_len as u64, elem) } else { t };
        Operand { mode: Mode::Value, expr: Some(e), ty: t, val: Value::Unknown }
    }

    /// A struct literal: all elements keyed by field name, or all positional and complete.
    fn struct_lit(
        &mut self,
        e: &'a Expr,
        elems: &'a [Expr],
        t: Type,
        st: &crate::lang::types::StructType,
    ) -> Operand<'a> {
        let tname = self.ts(&t);
        let keyed =
            elems.first().map(|el| matches!(el.kind, ExprKind::KeyValue { .. })).unwrap_or(false);
        let mut ok = true;
        let mut seen = std::collections::HashSet::new();
        for (i, el) in elems.iter().enumerate() {
            let (field, ve) = match (&el.kind, keyed) {
                (ExprKind::KeyValue { key, value }, true) => {
                    let Some(name) = key.is_name() else {
                        self.error(
                            key.start(),
                            format!("invalid field name {} in struct literal", expr_string(key)),
                        );
                        ok = false;
                        let _ = self.expr(value);
                        continue;
                    };
                    let Some(fi) = st.fields.iter().position(|f| f.name == name) else {
                        // go/types' lookupError for struct literals: a field spelled in
                        // another case is named.
                        let mut msg =
                            format!("unknown field {} in struct literal of type {}", name, tname);
                        if let Some(alt) =
                            st.fields.iter().find(|f| f.name.eq_ignore_ascii_case(name))
                        {
                            msg = format!("{}, but does have {}", msg, alt.name);
                        }
                        self.error(key.start(), msg);
                        ok = false;
                        let _ = self.expr(value);
                        continue;
                    };
                    if !seen.insert(fi) {
                        self.error(
                            key.start(),
                            format!("duplicate field name {} in struct literal", name),
                        );
                        ok = false;
                    }
                    (fi, &**value)
                }
                (ExprKind::KeyValue { value, .. }, false) => {
                    self.error(
                        el.start(),
                        "mixture of field:value and value elements in struct literal",
                    );
                    ok = false;
                    let _ = self.expr(value);
                    continue;
                }
                (_, true) => {
                    self.error(
                        el.start(),
                        "mixture of field:value and value elements in struct literal",
                    );
                    ok = false;
                    let _ = self.expr(el);
                    continue;
                }
                _ => {
                    if i >= st.fields.len() {
                        self.error(
                            el.start(),
                            format!("too many values in struct literal of type {}", tname),
                        );
                        ok = false;
                        break;
                    }
                    (i, el)
                }
            };
            let ft = st.fields[field].ty.clone();
            let mut x = match &ve.kind {
                ExprKind::CompositeLit { ty: None, .. } => self.raw_expr(ve, Some(&ft)),
                _ => self.expr_with_hint(ve, &ft),
            };
            if x.is_invalid() {
                ok = false;
                continue;
            }
            self.assignment(&mut x, Some(&ft), "struct literal");
        }
        if ok && !keyed && !elems.is_empty() && elems.len() < st.fields.len() {
            let at = match &e.kind {
                ExprKind::CompositeLit { rbrace, .. } => *rbrace,
                _ => e.pos,
            };
            self.error(at, format!("too few values in struct literal of type {}", tname));
        }
        Operand { mode: Mode::Value, expr: Some(e), ty: t, val: Value::Unknown }
    }

    /// A map literal `map[K]V{k: v, ...}` (go/types exprInternal, map case): every element
    /// needs a key, and constant keys must be distinct.
    fn map_lit(
        &mut self,
        e: &'a Expr,
        elems: &'a [Expr],
        t: Type,
        key: &Type,
        elem: &Type,
    ) -> Operand<'a> {
        let mut seen: Vec<(Value, Type)> = Vec::new();
        for el in elems {
            let ExprKind::KeyValue { key: ke, value: ve } = &el.kind else {
                self.error(el.start(), "missing key in map literal");
                let _ = self.expr(el);
                continue;
            };
            let mut k = match &ke.kind {
                ExprKind::CompositeLit { ty: None, .. } => self.raw_expr(ke, Some(key)),
                _ => self.expr_with_hint(ke, key),
            };
            if !k.is_invalid() {
                self.assignment(&mut k, Some(key), "map literal");
                if !k.is_invalid() && k.mode == Mode::Constant {
                    // Keys of interface type are compared together with their types.
                    let dup = seen.iter().any(|(v, ty)| *v == k.val && identical(ty, &k.ty));
                    if dup {
                        let s = k.val.to_string_go();
                        self.error(k.pos(), format!("duplicate key {} in map literal", s));
                    } else {
                        seen.push((k.val.clone(), k.ty.clone()));
                    }
                }
            }
            let mut x = match &ve.kind {
                ExprKind::CompositeLit { ty: None, .. } => self.raw_expr(ve, Some(elem)),
                _ => self.expr_with_hint(ve, elem),
            };
            if x.is_invalid() {
                continue;
            }
            self.assignment(&mut x, Some(elem), "map literal");
        }
        Operand { mode: Mode::Value, expr: Some(e), ty: t, val: Value::Unknown }
    }

    /// Checks a literal's elements for their errors alone (when its type is bad).
    fn use_lit_elems(&mut self, elems: &'a [Expr]) {
        // Their own literal type is unknown (Invalid): elided ones are not "missing".
        for el in elems {
            match &el.kind {
                ExprKind::KeyValue { key, value } => {
                    // A key naming a variable uses it (a field name resolves to nothing).
                    if let Some(o) = key.is_name().and_then(|n| self.lookup(n)) {
                        if self.obj(o).is_var() {
                            let _ = self.raw_expr(key, None);
                        }
                    }
                    let _ = self.raw_expr(value, Some(&Type::Invalid));
                }
                _ => {
                    let _ = self.raw_expr(el, Some(&Type::Invalid));
                }
            }
        }
    }

    /// Checks an index expression: integer, non-negative, and below `max` if known.
    pub(crate) fn index(&mut self, index: &'a Expr, max: Option<i128>) -> bool {
        let mut x = self.expr(index);
        if x.is_invalid() {
            return false;
        }
        self.convert_untyped(&mut x, &Type::int());
        if x.is_invalid() {
            return false;
        }
        if !x.ty.is_integer() {
            let s = self.operand_string(&x);
            self.error(x.pos(), format!("invalid argument: index {} must be integer", s));
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
                if let Some(m) = max {
                    if v >= m {
                        // go/types prints the constant alone here, not the operand.
                        self.error(
                            x.pos(),
                            format!("invalid argument: index {} out of bounds [0:{}]", v, m),
                        );
                        return false;
                    }
                }
            }
        }
        true
    }

    // ---- unary

    fn unary(&mut self, e: &'a Expr, op: Operator, xe: &'a Expr) -> Operand<'a> {
        let inv = Operand::invalid(e);
        match op {
            Operator::Mul => {
                // *p, or the pointer type *T.
                let x = self.expr_or_type(xe);
                match x.mode {
                    Mode::Invalid => return inv,
                    Mode::TypeExpr => {
                        return Operand {
                            mode: Mode::TypeExpr,
                            expr: Some(e),
                            ty: Type::Pointer(Rc::new(x.ty)),
                            val: Value::Unknown,
                        };
                    }
                    _ => {}
                }
                if x.is_nil() {
                    self.error(x.pos(), "invalid operation: cannot indirect nil");
                    return inv;
                }
                let Type::Pointer(base) = x.ty.underlying() else {
                    let s = self.operand_string(&x);
                    self.error(x.pos(), format!("invalid operation: cannot indirect {}", s));
                    return inv;
                };
                Operand {
                    mode: Mode::Variable,
                    expr: Some(e),
                    ty: (*base).clone(),
                    val: Value::Unknown,
                }
            }
            Operator::And => {
                let inner = xe.unparen();
                let x = self.expr(xe);
                if x.is_invalid() {
                    return inv;
                }
                if let ExprKind::CompositeLit { .. } = inner.kind {
                    // &T{...} allocates a variable holding the literal.
                    let u = x.ty.underlying();
                    if !matches!(
                        u,
                        Type::Struct(_)
                            | Type::Array(..)
                            | Type::Map(..)
                            | Type::Slice(_)
                            | Type::Opaque(_)
                    ) {
                        self.error(
                            xe.start(),
                            "taking the address of this composite literal is not supported yet",
                        );
                        return inv;
                    }
                } else if x.mode != Mode::Variable {
                    let s = self.operand_string(&x);
                    self.error(x.pos(), format!("invalid operation: cannot take address of {}", s));
                    return inv;
                }
                if let ExprKind::Name(_) = inner.kind {
                    if let Some(o) = self.info.uses.get(&inner.id).copied() {
                        // Struct variables already hold their object's handle (= &v).
                        if !self.is_sync_handle(&x.ty)
                            && !matches!(x.ty.underlying(), Type::Struct(_))
                        {
                            self.obj_mut(o).addr_taken = true;
                        }
                    }
                } else if !self.is_sync_handle(&x.ty) {
                    // &*p is p; other addressable operands do not exist yet.
                }
                Operand {
                    mode: Mode::Value,
                    expr: Some(e),
                    ty: Type::Pointer(Rc::new(x.ty)),
                    val: Value::Unknown,
                }
            }
            Operator::Recv => {
                let x = self.expr(xe);
                if x.is_invalid() {
                    return inv;
                }
                let Type::Chan(dir, elem) = x.ty.underlying() else {
                    let s = self.operand_string(&x);
                    self.error(
                        x.pos(),
                        format!("invalid operation: cannot receive from non-channel {}", s),
                    );
                    return inv;
                };
                if dir == ChanDir::Send {
                    let s = self.operand_string(&x);
                    self.error(
                        x.pos(),
                        format!("invalid operation: cannot receive from send-only channel {}", s),
                    );
                    return inv;
                }
                Operand {
                    mode: Mode::CommaOk,
                    expr: Some(e),
                    ty: (*elem).clone(),
                    val: Value::Unknown,
                }
            }
            Operator::Tilde => {
                let _ = self.expr(xe);
                self.error(e.pos, "cannot use ~ outside of interface or type constraint (use ^ for bitwise complement)");
                inv
            }
            _ => {
                let mut x = self.expr(xe);
                if x.is_invalid() {
                    return inv;
                }
                let ok = match op {
                    Operator::Add | Operator::Sub => x.ty.is_numeric(),
                    Operator::Xor => x.ty.is_integer(),
                    Operator::Not => x.ty.is_boolean(),
                    _ => false,
                };
                x.expr = Some(e);
                if !ok {
                    let mut xi = x.clone();
                    xi.expr = Some(xe);
                    let s = self.operand_string(&xi);
                    self.error(
                        xe.start(),
                        format!("invalid operation: operator {} not defined on {}", op, s),
                    );
                    return inv;
                }
                if x.mode == Mode::Constant {
                    let v = match (op, &x.val) {
                        (Operator::Add, v) => v.clone(),
                        (Operator::Sub, Value::Int(i)) => {
                            i.checked_neg().map(Value::Int).unwrap_or(Value::Unknown)
                        }
                        (Operator::Sub, Value::Float(f)) => {
                            Value::Float(if *f == 0.0 { 0.0 } else { -f })
                        }
                        (Operator::Sub, Value::Rat(n, d)) => {
                            n.checked_neg().map(|n| Value::Rat(n, *d)).unwrap_or(Value::Unknown)
                        }
                        (Operator::Sub, Value::Complex(p)) => {
                            let neg = |v: &Value| {
                                crate::lang::constant::binary_op(
                                    &Value::Int(0),
                                    Operator::Sub,
                                    v,
                                    false,
                                )
                            };
                            Value::complex(neg(&p.0), neg(&p.1))
                        }
                        (Operator::Xor, Value::Int(i)) => {
                            // For unsigned types, ^x flips only the type's bits.
                            if x.ty.is_unsigned() {
                                let bits = x.ty.basic_kind().map(|k| k.int_bits()).unwrap_or(64);
                                let mask: i128 = (1i128 << bits) - 1;
                                Value::Int(!i & mask)
                            } else {
                                Value::Int(!i)
                            }
                        }
                        (Operator::Not, Value::Bool(b)) => Value::Bool(!b),
                        _ => Value::Unknown,
                    };
                    x.val = v;
                    self.overflow(&mut x, e.pos);
                    return x;
                }
                x.mode = Mode::Value;
                x
            }
        }
    }

    /// Reports constants that do not fit their type (go/types overflow).
    pub(crate) fn overflow(&mut self, x: &mut Operand<'a>, op_pos: Pos) {
        if x.val == Value::Unknown {
            // go/constant's arbitrary precision would still have a value: ours (i128 and
            // f64) has not.
            self.error(
                op_pos,
                "constants beyond 128-bit integers and float64 are not supported yet",
            );
            x.mode = Mode::Invalid;
            return;
        }
        if !x.ty.is_untyped() {
            if let Some(k) = x.ty.basic_kind() {
                match representable(&x.val, k) {
                    Ok(v) => x.val = v,
                    Err(code) => {
                        self.invalid_conversion(code, x, &x.ty.underlying());
                        x.mode = Mode::Invalid;
                    }
                }
            }
        }
    }

    pub(crate) fn invalid_conversion(&mut self, code: ConvErr, x: &Operand<'a>, target: &Type) {
        let s = self.operand_string(x);
        let t = self.ts(target);
        let msg = match code {
            ConvErr::Truncated => format!("{} truncated to {}", s, t),
            ConvErr::Overflow => format!("{} overflows {}", s, t),
            ConvErr::Invalid => format!("cannot convert {} to type {}", s, t),
        };
        self.error(x.pos(), msg);
    }

    // ---- binary

    fn binary(&mut self, e: &'a Expr, op: Operator, xe: &'a Expr, ye: &'a Expr) -> Operand<'a> {
        self.binary_impl(e, op, xe, ye, false)
    }

    /// `lhs op= rhs`: the operation, typed and reported as go/types does for assignments.
    pub(crate) fn binary_assign(
        &mut self,
        op: Operator,
        lhs: &'a Expr,
        rhs: &'a Expr,
    ) -> Operand<'a> {
        self.binary_impl(lhs, op, lhs, rhs, true)
    }

    fn binary_impl(
        &mut self,
        e: &'a Expr,
        op: Operator,
        xe: &'a Expr,
        ye: &'a Expr,
        assign: bool,
    ) -> Operand<'a> {
        let inv = Operand::invalid(e);
        let mut x = self.expr(xe);
        let mut y = self.expr(ye);
        if x.is_invalid() {
            return inv;
        }
        if y.is_invalid() {
            return inv;
        }
        if op.is_shift() {
            return self.shift(e, x, y, op);
        }
        self.match_types(&mut x, &mut y);
        if x.is_invalid() || y.is_invalid() {
            return inv;
        }
        if op.is_comparison() {
            return self.comparison(e, x, y, op, false);
        }
        if !identical(&x.ty, &y.ty) {
            if x.ty.is_valid() && y.ty.is_valid() {
                let desc = if assign {
                    format!("{} {}= {}", expr_string(xe), op, expr_string(ye))
                } else {
                    expr_string(e)
                };
                let msg = format!(
                    "invalid operation: {} (mismatched types {} and {})",
                    desc,
                    self.ts(&x.ty),
                    self.ts(&y.ty)
                );
                self.error(e.start(), msg);
            }
            return inv;
        }
        let ok = match op {
            Operator::Add => x.ty.is_numeric() || x.ty.is_string(),
            Operator::Sub | Operator::Mul | Operator::Div => x.ty.is_numeric(),
            Operator::Rem | Operator::And | Operator::Or | Operator::Xor | Operator::AndNot => {
                x.ty.is_integer()
            }
            Operator::AndAnd | Operator::OrOr => x.ty.is_boolean(),
            _ => false,
        };
        if !ok {
            let s = self.operand_string(&x);
            self.error(x.pos(), format!("invalid operation: operator {} not defined on {}", op, s));
            return inv;
        }
        if (op == Operator::Div || op == Operator::Rem)
            && (x.mode == Mode::Constant || x.ty.is_integer())
            && y.mode == Mode::Constant
            && y.val.to_float() == Some(0.0)
        {
            self.error(y.pos(), "invalid operation: division by zero");
            return inv;
        }
        if x.mode == Mode::Constant && y.mode == Mode::Constant {
            let int_div = x.ty.is_integer();
            let v = constant::binary_op(&x.val, op, &y.val, int_div);
            let mut r = Operand { mode: Mode::Constant, expr: Some(e), ty: x.ty.clone(), val: v };
            self.overflow(&mut r, e.pos);
            return r;
        }
        Operand { mode: Mode::Value, expr: Some(e), ty: x.ty.clone(), val: Value::Unknown }
    }

    /// Converts untyped operands so that x and y match (go/types matchTypes).
    pub(crate) fn match_types(&mut self, x: &mut Operand<'a>, y: &mut Operand<'a>) {
        let may_convert = |x: &Operand, y: &Operand| -> bool {
            if !x.ty.is_untyped() && !y.ty.is_untyped() {
                return false;
            }
            if x.ty.is_interface() || y.ty.is_interface() {
                return true;
            }
            if x.ty.is_boolean() != y.ty.is_boolean() {
                return false;
            }
            if x.ty.is_string() != y.ty.is_string() {
                return false;
            }
            if x.is_nil() {
                return y.ty.has_nil();
            }
            if y.is_nil() {
                return x.ty.has_nil();
            }
            if matches!(x.ty.underlying(), Type::Pointer(_))
                || matches!(y.ty.underlying(), Type::Pointer(_))
            {
                return false;
            }
            true
        };
        if may_convert(x, y) {
            let yt = y.ty.clone();
            self.convert_untyped(x, &yt);
            if x.is_invalid() {
                return;
            }
            let xt = x.ty.clone();
            self.convert_untyped(y, &xt);
            if y.is_invalid() {
                x.mode = Mode::Invalid;
            }
        }
    }

    /// go/types implicitTypeAndValue: the type (and converted value) an untyped operand
    /// gets in the context of `target`.
    pub(crate) fn implicit_type_and_value(
        &self,
        x: &Operand<'a>,
        target: &Type,
    ) -> Result<(Type, Option<Value>), ConvErr> {
        if x.is_invalid() || !x.ty.is_untyped() || !target.is_valid() {
            return Ok((x.ty.clone(), None));
        }
        if self.tparam_constraint(target).is_some() {
            // A type parameter with a method-set constraint has no constant values.
            return Err(ConvErr::Invalid);
        }
        if target.is_untyped() {
            if x.is_nil() || target.is_untyped_nil() {
                return if x.is_nil() && target.is_untyped_nil() {
                    Ok((target.clone(), None))
                } else {
                    Err(ConvErr::Invalid)
                };
            }
            return match max_type(&x.ty, target) {
                Some(m) => Ok((m, None)),
                None => Err(ConvErr::Invalid),
            };
        }
        if x.is_nil() {
            return if target.has_nil() {
                Ok((target.clone(), None))
            } else {
                Err(ConvErr::Invalid)
            };
        }
        match target.underlying() {
            Type::Basic(k) => {
                if x.mode == Mode::Constant {
                    // go/types representation: numeric mismatches are truncation/overflow.
                    return match representable(&x.val, k) {
                        Ok(v) => Ok((target.clone(), Some(v))),
                        Err(ConvErr::Invalid) => Err(ConvErr::Invalid),
                        Err(_) if x.ty.is_numeric() && k.is_numeric() => {
                            if !x.ty.is_integer() && k.is_integer() {
                                Err(ConvErr::Truncated)
                            } else {
                                Err(ConvErr::Overflow)
                            }
                        }
                        Err(_) => Err(ConvErr::Invalid),
                    };
                }
                let Type::Basic(xk) = x.ty else {
                    return Err(ConvErr::Invalid);
                };
                let ok = match xk {
                    BasicKind::UntypedBool => k.is_boolean(),
                    BasicKind::UntypedInt
                    | BasicKind::UntypedRune
                    | BasicKind::UntypedFloat
                    | BasicKind::UntypedComplex => k.is_numeric(),
                    BasicKind::UntypedString => k.is_string(),
                    _ => false,
                };
                if ok {
                    Ok((target.clone(), None))
                } else {
                    Err(ConvErr::Invalid)
                }
            }
            Type::Interface(it) => {
                if !it.methods.is_empty() {
                    return Err(ConvErr::Invalid);
                }
                Ok((x.ty.default_type(), None))
            }
            _ => Err(ConvErr::Invalid),
        }
    }

    pub(crate) fn convert_untyped(&mut self, x: &mut Operand<'a>, target: &Type) {
        match self.implicit_type_and_value(x, target) {
            Err(code) => {
                let t = match self.tparam_constraint(target) {
                    Some(_) => target.clone(),
                    None => target.underlying(),
                };
                self.invalid_conversion(code, x, &t);
                x.mode = Mode::Invalid;
            }
            Ok((t, v)) => {
                if let Some(v) = v {
                    x.val = v;
                }
                if !identical(&t, &x.ty) || matches!((&t, &x.ty), (Type::Named(_), _)) {
                    x.ty = t.clone();
                    if let Some(e) = x.expr {
                        self.update_expr_type(
                            e,
                            &t,
                            x.mode,
                            if x.mode == Mode::Constant { Some(x.val.clone()) } else { None },
                        );
                    }
                }
            }
        }
    }

    /// Gives an untyped expression (and its untyped operands) their final type
    /// (go/types updateExprType), so that the code generator sees concrete types.
    pub(crate) fn update_expr_type(&mut self, e: &Expr, t: &Type, mode: Mode, val: Option<Value>) {
        let Some(old) = self.info.tv(e.id).cloned() else {
            return;
        };
        if !old.ty.is_untyped() {
            return;
        }
        let t = if t.is_interface() { old.ty.default_type() } else { t.clone() };
        match &e.kind {
            ExprKind::Paren(x) => self.update_expr_type(x, &t, mode, val.clone()),
            ExprKind::Operation { op, x, y: None } if *op != Operator::Recv => {
                if old.val.is_none() {
                    self.update_expr_type(x, &t, mode, None)
                }
            }
            ExprKind::Operation { op, x, y: Some(y) } => {
                if old.val.is_none() {
                    if op.is_comparison() {
                        // The operands' types were fixed by the comparison.
                    } else if op.is_shift() {
                        self.update_expr_type(x, &t, mode, None);
                    } else {
                        self.update_expr_type(x, &t, mode, None);
                        self.update_expr_type(y, &t, mode, None);
                    }
                }
            }
            _ => {}
        }
        let val = val.or(old.val);
        self.record(e, old.mode, &t, val.as_ref());
    }

    pub(crate) fn comparison(
        &mut self,
        e: &'a Expr,
        x: Operand<'a>,
        y: Operand<'a>,
        op: Operator,
        switch_case: bool,
    ) -> Operand<'a> {
        let inv = Operand::invalid(e);
        let mut err_op = &x;
        let mut cause = String::new();
        let ok = self.assignable_to(&x, &y.ty).0 || self.assignable_to(&y, &x.ty).0;
        let mut failed = false;
        if !ok {
            err_op = &y;
            cause = format!("mismatched types {} and {}", self.ts(&x.ty), self.ts(&y.ty));
            failed = true;
        } else {
            match op {
                Operator::Eql | Operator::Neq => {
                    if x.is_nil() || y.is_nil() {
                        let t = if x.is_nil() { &y.ty } else { &x.ty };
                        if !t.has_nil() {
                            err_op = &y;
                            failed = true;
                        }
                    } else if !self.comparable_operand(&x.ty) {
                        err_op = &x;
                        cause = self.incomparable_cause(&x.ty);
                        failed = true;
                    } else if !self.comparable_operand(&y.ty) {
                        err_op = &y;
                        cause = self.incomparable_cause(&y.ty);
                        failed = true;
                    }
                }
                _ => {
                    if !x.ty.is_ordered() {
                        err_op = &x;
                        failed = true;
                    } else if !y.ty.is_ordered() {
                        err_op = &y;
                        failed = true;
                    }
                }
            }
        }
        if failed {
            if cause.is_empty() {
                let tparam = |t: &Type| self.tparam_constraint(t).is_some();
                cause = if tparam(&x.ty) || tparam(&y.ty) {
                    if !tparam(&x.ty) {
                        err_op = &y;
                    }
                    format!("type parameter {} is not comparable with {}", self.ts(&err_op.ty), op)
                } else {
                    format!("operator {} not defined on {}", op, self.kind_string(&err_op.ty))
                };
            }
            let xs = x.expr.map(expr_string).unwrap_or_default();
            let ys = y.expr.map(expr_string).unwrap_or_default();
            let (msg, pos) = if switch_case {
                (format!("invalid case {} in switch on {} ({})", xs, ys, cause), x.pos())
            } else {
                (format!("invalid operation: {} {} {} ({})", xs, op, ys, cause), err_op.pos())
            };
            self.error(pos, msg);
            return inv;
        }
        if x.mode == Mode::Constant && y.mode == Mode::Constant {
            let b = constant::compare(&x.val, op, &y.val).unwrap_or(false);
            return Operand {
                mode: Mode::Constant,
                expr: Some(e),
                ty: Type::Basic(BasicKind::UntypedBool),
                val: Value::Bool(b),
            };
        }
        // The operands get their default types.
        if let Some(xe) = x.expr {
            let t = x.ty.default_type();
            self.update_expr_type(xe, &t, x.mode, None);
        }
        if let Some(ye) = y.expr {
            let t = y.ty.default_type();
            self.update_expr_type(ye, &t, y.mode, None);
        }
        Operand {
            mode: Mode::Value,
            expr: Some(e),
            ty: Type::Basic(BasicKind::UntypedBool),
            val: Value::Unknown,
        }
    }

    /// The constraint of a type parameter as a generic body sees it (see
    /// `tparam_bindings`), as written.
    pub(crate) fn tparam_constraint(&self, t: &Type) -> Option<&str> {
        match t {
            Type::Named(n) => self.tparam_constraints.get(&n.id).map(|s| s.as_str()),
            _ => None,
        }
    }

    /// Whether == applies: a type parameter's only when its constraint is comparable.
    fn comparable_operand(&self, t: &Type) -> bool {
        if self.tparam_constraint(t).is_some() {
            return matches!(t.underlying(), Type::Interface(it) if it.comparable);
        }
        comparable(t)
    }

    fn incomparable_cause(&self, t: &Type) -> String {
        if self.tparam_constraint(t).is_some() {
            return "incomparable types in type set".into();
        }
        match t.underlying() {
            Type::Func(_) => "func can only be compared to nil".into(),
            Type::Slice(_) => "slice can only be compared to nil".into(),
            Type::Map(..) => "map can only be compared to nil".into(),
            Type::Struct(st) => {
                // go/types names the first field that cannot be compared.
                match st.fields.iter().find(|f| !crate::lang::types::comparable(&f.ty)) {
                    Some(f) => format!("struct containing {} cannot be compared", self.ts(&f.ty)),
                    None => format!("operator == not defined on {}", self.kind_string(t)),
                }
            }
            Type::Array(..) => format!("{} cannot be compared", self.ts(t)),
            _ => format!("operator == not defined on {}", self.kind_string(t)),
        }
    }

    /// go/types kindString: "func", "chan", or the type.
    fn kind_string(&self, t: &Type) -> String {
        match t.underlying() {
            Type::Func(_) => "func".into(),
            Type::Chan(..) => "chan".into(),
            Type::Slice(_) => "slice".into(),
            Type::Map(..) => "map".into(),
            Type::Interface(_) if !t.is_named() => "interface".into(),
            _ => self.ts(t),
        }
    }

    fn shift(
        &mut self,
        e: &'a Expr,
        mut x: Operand<'a>,
        mut y: Operand<'a>,
        op: Operator,
    ) -> Operand<'a> {
        let inv = Operand::invalid(e);
        // The shifted operand must be an integer (or an untyped constant representable as one).
        let xval = if x.mode == Mode::Constant { x.val.to_int() } else { None };
        if x.ty.is_integer() || (x.ty.is_untyped() && xval.is_some()) {
            // ok
        } else if let (true, Value::Float(f)) = (x.ty.is_untyped(), &x.val) {
            // An integral float constant beyond i128 (1e100 >> 300) is an integer to Go.
            if f.is_finite() && f.fract() == 0.0 {
                self.error(
                    x.pos(),
                    "constant shifts of values beyond 128 bits are not supported yet",
                );
            } else {
                let s = self.operand_string(&x);
                self.error(
                    x.pos(),
                    format!("invalid operation: shifted operand {} must be integer", s),
                );
            }
            return inv;
        } else {
            let s = self.operand_string(&x);
            self.error(
                x.pos(),
                format!("invalid operation: shifted operand {} must be integer", s),
            );
            return inv;
        }
        // The shift count must be an integer (or an untyped constant representable as uint).
        // types2 checks that a constant count fits a uint without converting it, so its
        // messages show the count as written ("100000 (untyped int constant)").
        let y_as_written = self.operand_string(&y);
        let mut yval: Option<i128> = None;
        if y.mode == Mode::Constant {
            match y.val.to_int() {
                Some(v) if v < 0 => {
                    let s = self.operand_string(&y);
                    self.error(y.pos(), format!("invalid operation: negative shift count {}", s));
                    return inv;
                }
                Some(v) => {
                    yval = Some(v);
                    if y.ty.is_untyped() {
                        self.convert_untyped(&mut y, &Type::Basic(BasicKind::Uint));
                        if y.is_invalid() {
                            return inv;
                        }
                    }
                }
                None => {
                    let s = self.operand_string(&y);
                    // An untyped float count is converted to uint first (types2).
                    let msg = if y.ty.is_untyped() && y.val.is_float() {
                        format!("{} truncated to uint", s)
                    } else {
                        format!("invalid operation: shift count {} must be integer", s)
                    };
                    self.error(y.pos(), msg);
                    return inv;
                }
            }
        } else if !y.ty.is_integer() {
            let s = self.operand_string(&y);
            self.error(y.pos(), format!("invalid operation: shift count {} must be integer", s));
            return inv;
        } else if y.ty.is_untyped() {
            self.convert_untyped(&mut y, &Type::Basic(BasicKind::Uint));
        }
        if x.mode == Mode::Constant {
            if let Some(s) = yval {
                if x.ty.is_untyped() {
                    // An untyped rune stays one; an integral float (1e100) becomes an int.
                    if !x.ty.is_integer() {
                        x.ty = Type::Basic(BasicKind::UntypedInt);
                    }
                    x.val = Value::Int(xval.unwrap_or(0));
                }
                const SHIFT_BOUND: i128 = 1023 - 1 + 52;
                if s > SHIFT_BOUND {
                    let ys = &y_as_written;
                    self.error(y.pos(), format!("invalid operation: invalid shift count {}", ys));
                    return inv;
                }
                let v = constant::shift(&x.val, op, s as u32);
                let mut r =
                    Operand { mode: Mode::Constant, expr: Some(e), ty: x.ty.clone(), val: v };
                self.overflow(&mut r, e.pos);
                return r;
            }
            if x.ty.is_untyped() {
                // A non-constant shift of an untyped constant: its type comes from the
                // context (updated later); meanwhile it is an untyped int value.
                if let Some(xe) = x.expr {
                    let t = Type::Basic(BasicKind::UntypedInt);
                    self.record(xe, Mode::Constant, &t, Some(&Value::Int(xval.unwrap_or(0))));
                }
                return Operand {
                    mode: Mode::Value,
                    expr: Some(e),
                    ty: Type::Basic(BasicKind::UntypedInt),
                    val: Value::Unknown,
                };
            }
        }
        Operand { mode: Mode::Value, expr: Some(e), ty: x.ty.clone(), val: Value::Unknown }
    }

    // ---- assignability

    /// Whether x can be assigned to a variable of type t (go/types assignableTo), with a
    /// cause for some failures.
    pub(crate) fn assignable_to(&self, x: &Operand<'a>, t: &Type) -> (bool, String) {
        let v = &x.ty;
        if !v.is_valid() || !t.is_valid() {
            return (true, String::new());
        }
        if identical(v, t) {
            return (true, String::new());
        }
        let vu = v.underlying();
        let tu = t.underlying();
        if v.is_untyped() {
            if let Type::Basic(tk) = tu {
                if x.is_nil() {
                    return (tk == BasicKind::UnsafePointer, String::new());
                }
                if x.mode == Mode::Constant {
                    return (representable(&x.val, tk).is_ok(), String::new());
                }
                if let Type::Basic(vk) = vu {
                    if vk == BasicKind::UntypedBool {
                        return (tk.is_boolean(), String::new());
                    }
                    return (tk.is_numeric() && vk.is_numeric(), String::new());
                }
                return (false, String::new());
            }
            if let Type::Interface(it) = &tu {
                return (x.is_nil() || it.methods.is_empty(), String::new());
            }
            if matches!(
                tu,
                Type::Pointer(_) | Type::Func(_) | Type::Chan(..) | Type::Slice(_) | Type::Map(..)
            ) {
                return (x.is_nil(), String::new());
            }
            return (false, String::new());
        }
        // Predeclared types are named types too: a `type Celsius float64` value is not
        // assignable to float64, nor the other way round.
        let named = |t: &Type| t.is_named() || matches!(t, Type::Basic(_));
        if identical(&vu, &tu) && (!named(v) || !named(t)) {
            return (true, String::new());
        }
        if tu.is_interface() || is_interface_ptr(&tu) {
            return match self.implements(v, t) {
                Ok(()) => (true, String::new()),
                Err(cause) => (false, cause),
            };
        }
        // An interface value holding a T still needs a type assertion to become one.
        if let Type::Interface(vi) = &vu {
            if missing_method(t, &vi.all_methods, true).is_none() {
                return (false, "need type assertion".to_string());
            }
        }
        if let (Type::Chan(ChanDir::Both, ve), Type::Chan(_, te)) = (&vu, &tu) {
            if identical(ve, te) && (!v.is_named() || !t.is_named()) {
                return (true, String::new());
            }
        }
        (false, String::new())
    }

    /// x.(T) (go/types TypeAssertExpr): a comma-ok value of type T.
    fn type_assert_expr(&mut self, e: &'a Expr, x: &'a Expr, ty: &'a Expr) -> Operand<'a> {
        let inv = Operand::invalid(e);
        let xo = self.expr(x);
        if xo.is_invalid() {
            // Still resolve T's names (an import used only there is used).
            let _ = self.type_expr(ty);
            return inv;
        }
        if !xo.ty.is_interface() {
            let s = self.operand_string(&xo);
            self.error(xo.pos(), format!("invalid operation: {} is not an interface", s));
            return inv;
        }
        let t = self.type_expr(ty);
        if !t.is_valid() {
            return inv;
        }
        self.type_assertion(e, &xo, &t, false);
        Operand { mode: Mode::CommaOk, expr: Some(e), ty: t, val: Value::Unknown }
    }

    /// Reports an x.(T) or a type switch case T that can never succeed: T is a concrete
    /// type outside x's method set (go/types typeAssertion). `e` is the assertion, or the
    /// case's type.
    pub(crate) fn type_assertion(
        &mut self,
        e: &'a Expr,
        x: &Operand<'a>,
        t: &Type,
        type_switch: bool,
    ) {
        let Type::Interface(xi) = x.ty.underlying() else { return };
        if t.is_interface() {
            return;
        }
        let Some(cause) = self.missing_cause(t, &xi.all_methods, false, None) else { return };
        let msg = if type_switch {
            let xs = self.operand_string(x);
            format!(
                "impossible type switch case: {}\n\t{} cannot have dynamic type {} {}",
                expr_string(e),
                xs,
                self.ts(t),
                cause
            )
        } else {
            format!(
                "impossible type assertion: {}\n\t{} does not implement {} {}",
                expr_string(e),
                self.ts(t),
                self.ts(&x.ty),
                cause
            )
        };
        self.error(e.start(), msg);
    }

    /// Whether type v implements interface t, or why not: "V does not implement T (cause)"
    /// (go/types implements).
    pub(crate) fn implements(&self, v: &Type, t: &Type) -> Result<(), String> {
        let (vs, ts) = (self.ts(v), self.ts(t));
        let Type::Interface(ti) = t.underlying() else {
            let detail = if is_interface_ptr(&t.underlying()) {
                format!("type {} is pointer to interface, not interface", ts)
            } else {
                format!("{} is not an interface", ts)
            };
            return Err(format!("{} does not implement {} ({})", vs, ts, detail));
        };
        if has_invalid_embedded(v) {
            return Ok(());
        }
        match self.missing_cause(v, &ti.all_methods, true, Some(t)) {
            None => Ok(()),
            Some(cause) => Err(format!("{} does not implement {} {}", vs, ts, cause)),
        }
    }

    /// Why type v lacks one of `methods` (an interface's method set), in go/types' words
    /// and parentheses (missingMethod's cause); None if it has them all. `t` is the
    /// interface, when there is one to blame for being a pointer.
    pub(crate) fn missing_cause(
        &self,
        v: &Type,
        methods: &[(String, Rc<crate::lang::types::Signature>)],
        static_: bool,
        t: Option<&Type>,
    ) -> Option<String> {
        let (name, want, why) = missing_method(v, methods, static_)?;
        let func = |name: &str, sig: &crate::lang::types::Signature| {
            let mut s = name.to_string();
            crate::lang::types::write_sig(&mut s, sig, false);
            s
        };
        Some(match why {
            Missing::NotFound if is_interface_ptr(v) => {
                format!("(type {} is pointer to interface, not interface)", self.ts(v))
            }
            Missing::NotFound if t.map(is_interface_ptr).unwrap_or(false) => {
                format!("(type {} is pointer to interface, not interface)", self.ts(t.unwrap()))
            }
            Missing::NotFound => format!("(missing method {})", name),
            Missing::WrongName(alt, have) => {
                format!(
                    "(missing method {})\n\t\thave {}\n\t\twant {}",
                    name,
                    func(&alt, &have),
                    func(&name, &want)
                )
            }
            Missing::WrongType(have) => {
                format!(
                    "(wrong type for method {})\n\t\thave {}\n\t\twant {}",
                    name,
                    func(&name, &have),
                    func(&name, &want)
                )
            }
            Missing::Ambiguous => format!("(ambiguous selector {}.{})", self.ts(v), name),
            Missing::PointerReceiver => format!("(method {} has pointer receiver)", name),
            Missing::Field => format!("({}.{} is a field, not a method)", self.ts(v), name),
        })
    }

    /// Checks that x can be assigned to a variable of type `t` (None for the blank
    /// identifier) and converts untyped values (go/types assignment).
    pub(crate) fn assignment(&mut self, x: &mut Operand<'a>, t: Option<&Type>, context: &str) {
        self.single_value(x);
        match x.mode {
            Mode::Invalid => return,
            Mode::Nil
            | Mode::Constant
            | Mode::Variable
            | Mode::Value
            | Mode::CommaOk
            | Mode::MapIndex => {}
            _ => {
                let s = self.operand_string(x);
                let ts = t.map(|t| self.ts(t)).unwrap_or_default();
                self.error(x.pos(), format!("cannot assign {} to {} in {}", s, ts, context));
                x.mode = Mode::Invalid;
                return;
            }
        }
        if t.map(|t| !t.underlying().is_valid()).unwrap_or(false) {
            // The target's type was reported already.
            return;
        }
        if x.ty.is_untyped() {
            let mut target = t.cloned();
            if x.is_nil() {
                if t.is_none() {
                    self.error(x.pos(), format!("use of untyped nil in {}", context));
                    x.mode = Mode::Invalid;
                    return;
                }
            } else if t.map(|t| t.is_interface()).unwrap_or(true) {
                target = Some(x.ty.default_type());
            }
            let target = target.unwrap_or(Type::Invalid);
            match self.implicit_type_and_value(x, &target) {
                Err(code) => {
                    let s = self.operand_string(x);
                    let mut msg =
                        format!("cannot use {} as {} value in {}", s, self.ts(&target), context);
                    match code {
                        ConvErr::Truncated => msg.push_str(" (truncated)"),
                        ConvErr::Overflow => msg.push_str(" (overflows)"),
                        ConvErr::Invalid => {}
                    }
                    self.error(x.pos(), msg);
                    x.mode = Mode::Invalid;
                    return;
                }
                Ok((nt, v)) => {
                    if let Some(v) = v {
                        x.val = v;
                    }
                    x.ty = nt.clone();
                    if let Some(e) = x.expr {
                        let val = if x.mode == Mode::Constant { Some(x.val.clone()) } else { None };
                        self.update_expr_type(e, &nt, x.mode, val);
                    }
                }
            }
        }
        let Some(t) = t else { return };
        let (ok, cause) = self.assignable_to(x, t);
        if !ok {
            let s = self.operand_string(x);
            let msg = if cause.is_empty() {
                format!("cannot use {} as {} value in {}", s, self.ts(t), context)
            } else {
                format!("cannot use {} as {} value in {}: {}", s, self.ts(t), context, cause)
            };
            self.error(x.pos(), msg);
            x.mode = Mode::Invalid;
        }
    }

    /// Initialises constant `o` from x (go/types initConst).
    pub(crate) fn init_const(&mut self, o: ObjId, x: &mut Operand<'a>, typ: Option<&Type>) {
        if x.is_invalid() || !x.ty.is_valid() {
            self.obj_mut(o).ty = Type::Invalid;
            return;
        }
        if x.mode != Mode::Constant {
            let s = self.operand_string(x);
            self.error(x.pos(), format!("{} is not constant", s));
            self.obj_mut(o).ty = Type::Invalid;
            return;
        }
        let t = match typ {
            Some(t) => t.clone(),
            None => x.ty.clone(),
        };
        self.assignment(x, Some(&t), "constant declaration");
        if x.is_invalid() {
            self.obj_mut(o).ty = Type::Invalid;
            return;
        }
        let obj = self.obj_mut(o);
        obj.ty = t;
        obj.kind = ObjKind::Const(x.val.clone());
    }

    /// Initialises variable `o` (whose type may still be unknown) from x (go/types initVar).
    pub(crate) fn init_var(&mut self, o: ObjId, x: &mut Operand<'a>, context: &str) {
        if x.is_invalid() || !x.ty.is_valid() {
            if !self.obj(o).ty.is_valid() {
                self.obj_mut(o).ty = Type::Invalid;
            }
            x.mode = Mode::Invalid;
            return;
        }
        if !self.obj(o).ty.is_valid() && !self.obj_typed.contains(&o) {
            let mut t = x.ty.clone();
            if t.is_untyped() {
                if x.is_nil() {
                    self.error(x.pos(), format!("use of untyped nil in {}", context));
                    self.obj_mut(o).ty = Type::Invalid;
                    x.mode = Mode::Invalid;
                    return;
                }
                t = t.default_type();
            }
            if let Type::Tuple(_) = t {
                self.obj_mut(o).ty = Type::Invalid;
                return;
            }
            self.obj_mut(o).ty = t;
        }
        let t = self.obj(o).ty.clone();
        if !t.is_valid() {
            return;
        }
        self.assignment(x, Some(&t), context);
    }
}

/// A pointer to an interface type (whose method set is empty).
pub(crate) fn is_interface_ptr(t: &Type) -> bool {
    matches!(t.underlying(), Type::Pointer(b) if b.is_interface())
}

/// An invalid type, or a pointer to one: its error was reported with the type.
pub(crate) fn is_broken(t: &Type) -> bool {
    match t.underlying() {
        Type::Invalid => true,
        Type::Pointer(b) => !b.underlying().is_valid(),
        _ => false,
    }
}
