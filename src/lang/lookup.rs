//! Field and method lookup and method sets, after go/types lookup.go.
//!
//! A selector `x.f` names the field or method `f` found at the shallowest embedding
//! depth of x's type: fields and methods of embedded fields are promoted. Two matches
//! at that depth make the selector ambiguous; a method with a pointer receiver needs x
//! to be addressable or the path to it to go through a pointer. The checker uses this for
//! selectors and "implements" checks, the code generator for the methods fmt would call.

use super::types::{identical, identical_sig, Method, Named, Signature, Type};
use std::rc::Rc;

/// What a selector names (go/types' *Var field or *Func method object).
#[derive(Clone, Debug)]
pub enum Object {
    Field {
        name: String,
        ty: Type,
    },
    /// A method declared on the named type `recv` (a library type's when `method.builtin`
    /// is set).
    Method {
        recv: Rc<Named>,
        method: Method,
    },
    /// A method of an interface type: x's own, or an embedded interface field's.
    IfaceMethod {
        name: String,
        sig: Rc<Signature>,
    },
}

impl Object {
    pub fn name(&self) -> &str {
        match self {
            Object::Field { name, .. } | Object::IfaceMethod { name, .. } => name,
            Object::Method { method, .. } => &method.name,
        }
    }

    /// The signature of a method (without its receiver).
    pub fn sig(&self) -> Option<&Rc<Signature>> {
        match self {
            Object::Field { .. } => None,
            Object::Method { method, .. } => Some(&method.sig),
            Object::IfaceMethod { sig, .. } => Some(sig),
        }
    }
}

/// The result of a lookup (go/types' obj, index, indirect triple, with its two failure
/// cases spelled out).
#[derive(Clone, Debug)]
pub enum Lookup {
    Found {
        obj: Object,
        /// For a field, the field indices from x to it; for a method, the embedded fields
        /// from x to the value whose method it is.
        path: Vec<u16>,
        /// The path goes through a pointer (x's own or an embedded one).
        indirect: bool,
    },
    NotFound,
    /// Several fields or methods of that name at the shallowest depth.
    Ambiguous,
    /// A method with a pointer receiver on a value that is not addressable.
    NeedsPointer,
}

/// Looks up field or method `name` of a value of type `t` (go/types lookupFieldOrMethod);
/// `addressable` says whether the value is. With `fold_case` names match regardless of
/// case (for "but does have" hints).
pub fn lookup_field_or_method(t: &Type, addressable: bool, name: &str, fold_case: bool) -> Lookup {
    if name == "_" {
        return Lookup::NotFound;
    }
    // Methods cannot belong to a named pointer type: look through it for fields only.
    if let Type::Named(_) = t {
        if let p @ Type::Pointer(_) = t.underlying() {
            return match lookup_impl(&p, false, name, fold_case) {
                r @ (Lookup::Found { obj: Object::Field { .. }, .. } | Lookup::Ambiguous) => r,
                _ => Lookup::NotFound,
            };
        }
    }
    lookup_impl(t, addressable, name, fold_case)
}

/// A type to search at the current depth (go/types embeddedType).
struct Embedded {
    ty: Type,
    path: Vec<u16>,
    indirect: bool,
    /// The type was reached along several paths at this depth.
    multiples: bool,
}

fn lookup_impl(t: &Type, addressable: bool, name: &str, fold_case: bool) -> Lookup {
    let (ty, is_ptr) = deref(t);
    // A pointer to an interface has no methods.
    if is_ptr && ty.is_interface() {
        return Lookup::NotFound;
    }
    let same = |n: &str| if fold_case { n.eq_ignore_ascii_case(name) } else { n == name };
    let mut current = vec![Embedded { ty, path: vec![], indirect: is_ptr, multiples: false }];
    // Named types already searched at a shallower depth: a deeper copy is shadowed.
    let mut seen: Vec<u32> = Vec::new();
    while !current.is_empty() {
        let mut found: Option<(Object, Vec<u16>, bool)> = None;
        let mut next = Vec::new();
        for e in &current {
            if let Type::Named(n) = &e.ty {
                if seen.contains(&n.id) {
                    continue;
                }
                seen.push(n.id);
                let m = n.methods.borrow().iter().find(|m| same(&m.name)).cloned();
                if let Some(method) = m {
                    if found.is_some() || e.multiples {
                        return Lookup::Ambiguous;
                    }
                    found = Some((
                        Object::Method { recv: n.clone(), method },
                        e.path.clone(),
                        e.indirect,
                    ));
                    continue;
                }
            }
            match e.ty.underlying() {
                Type::Struct(st) => {
                    for (i, f) in st.fields.iter().enumerate() {
                        let mut path = e.path.clone();
                        path.push(i as u16);
                        if same(&f.name) {
                            if found.is_some() || e.multiples {
                                return Lookup::Ambiguous;
                            }
                            let obj = Object::Field { name: f.name.clone(), ty: f.ty.clone() };
                            found = Some((obj, path, e.indirect));
                            continue;
                        }
                        if found.is_none() && f.embedded {
                            let (ty, is_ptr) = deref(&f.ty);
                            next.push(Embedded {
                                ty,
                                path,
                                indirect: e.indirect || is_ptr,
                                multiples: e.multiples,
                            });
                        }
                    }
                }
                Type::Interface(it) => {
                    if let Some((n, sig)) = it.all_methods.iter().find(|(n, _)| same(n)) {
                        if found.is_some() || e.multiples {
                            return Lookup::Ambiguous;
                        }
                        let obj = Object::IfaceMethod { name: n.clone(), sig: sig.clone() };
                        found = Some((obj, e.path.clone(), e.indirect));
                    }
                }
                _ => {}
            }
        }
        if let Some((obj, path, indirect)) = found {
            // x.m() with a pointer method is (&x).m(): x must be addressable, unless the
            // path to m's receiver already is a pointer.
            if let Object::Method { method, .. } = &obj {
                if method.ptr_recv && !indirect && !addressable {
                    return Lookup::NeedsPointer;
                }
            }
            return Lookup::Found { obj, path, indirect };
        }
        current = consolidate_multiples(next);
    }
    Lookup::NotFound
}

/// Whether some embedded field of t (at any depth) has an invalid type: an error was
/// reported for it already, and its fields and methods are unknown, so a failed lookup
/// must not be blamed on the program again.
pub fn has_invalid_embedded(t: &Type) -> bool {
    embeds(t, |ft| !ft.underlying().is_valid())
}

/// Whether an embedded field of t, at any depth, has a type (pointer removed) that
/// satisfies `pred`.
fn embeds(t: &Type, pred: impl Fn(&Type) -> bool) -> bool {
    let mut types = vec![deref(t).0];
    let mut i = 0;
    while i < types.len() && i < 256 {
        if let Type::Struct(st) = types[i].underlying() {
            for f in st.fields.iter().filter(|f| f.embedded) {
                let ft = deref(&f.ty).0;
                if pred(&ft) {
                    return true;
                }
                if !types.iter().any(|t| identical(t, &ft)) {
                    types.push(ft);
                }
            }
        }
        i += 1;
    }
    false
}

/// The pointer's base type and true for an (unnamed) pointer type; t and false otherwise.
fn deref(t: &Type) -> (Type, bool) {
    match t {
        Type::Pointer(b) => ((**b).clone(), true),
        t => (t.clone(), false),
    }
}

/// Merges entries of identical types, marking them as reached several times.
fn consolidate_multiples(list: Vec<Embedded>) -> Vec<Embedded> {
    let mut out: Vec<Embedded> = Vec::with_capacity(list.len());
    for e in list {
        match out.iter_mut().find(|o| identical(&o.ty, &e.ty)) {
            Some(o) => o.multiples = true,
            None => out.push(e),
        }
    }
    out
}

/// Why a type does not implement an interface (go/types missingMethod's states).
#[derive(Clone, Debug)]
pub enum Missing {
    NotFound,
    /// Found with another spelling: (the method found's signature).
    WrongName(String, Rc<Signature>),
    WrongType(Rc<Signature>),
    Ambiguous,
    PointerReceiver,
    Field,
}

/// The first method of interface `methods` (sorted as a type set's) that type v lacks,
/// and why (go/types missingMethod). Interfaces only need their methods present when
/// `static_` (an assignment) rather than for a type assertion.
pub fn missing_method(
    v: &Type,
    methods: &[(String, Rc<Signature>)],
    static_: bool,
) -> Option<(String, Rc<Signature>, Missing)> {
    if let Type::Interface(vi) = v.underlying() {
        for (name, sig) in methods {
            match vi.method(name) {
                None if static_ => return Some((name.clone(), sig.clone(), Missing::NotFound)),
                None => {}
                Some(s) if !identical_sig(s, sig) => {
                    return Some((name.clone(), sig.clone(), Missing::WrongType(s.clone())))
                }
                Some(_) => {}
            }
        }
        return None;
    }
    for (name, sig) in methods {
        let why = match lookup_field_or_method(v, false, name, false) {
            Lookup::Found { obj, .. } => match obj.sig() {
                None => Missing::Field,
                Some(s) if !identical_sig(s, sig) => Missing::WrongType(s.clone()),
                Some(_) => continue,
            },
            Lookup::Ambiguous => Missing::Ambiguous,
            Lookup::NeedsPointer => Missing::PointerReceiver,
            Lookup::NotFound => match lookup_field_or_method(v, false, name, true) {
                Lookup::Found { obj, .. } if obj.sig().is_some() => {
                    Missing::WrongName(obj.name().to_string(), obj.sig().unwrap().clone())
                }
                _ => Missing::NotFound,
            },
        };
        return Some((name.clone(), sig.clone(), why));
    }
    None
}

/// The String() string or Error() string method in t's method set, if any: fmt would call
/// it on a value of type t.
pub fn stringer_method(t: &Type) -> Option<&'static str> {
    // An interface value's methods are its dynamic value's, checked when it was made.
    if t.is_interface() {
        return None;
    }
    for name in ["String", "Error"] {
        match lookup_field_or_method(t, false, name, false) {
            Lookup::Found { obj, .. } => {
                if let Some(sig) = obj.sig() {
                    if sig.params.is_empty() && sig.results.len() == 1 && sig.results[0].is_string()
                    {
                        return Some(name);
                    }
                }
            }
            // time.Duration's String is fmt's own formatting in gopark, not a method: an
            // embedded Duration still promotes it.
            Lookup::NotFound if name == "String" && embeds(t, is_duration) => return Some(name),
            _ => {}
        }
    }
    None
}

fn is_duration(t: &Type) -> bool {
    matches!(t, Type::Named(n) if n.pkg.as_deref() == Some("time") && n.name == "Duration")
}
