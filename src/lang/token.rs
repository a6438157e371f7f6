//! Tokens of the Go syntax, after cmd/compile/internal/syntax/tokens.go.
//!
//! The token set is the one gc's parser uses: all binary and unary operators share the
//! `Operator` token (with an `Operator` value and a precedence), `op=` is `AssignOp`, `++`/`--`
//! are `IncOp`. Keeping gc's shape lets the parser report errors in gc's words
//! ("syntax error: unexpected name x, expected {").

use std::fmt;

/// A source position: 1-based line and 1-based byte column, as Go reports them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pos {
    pub line: u32,
    pub col: u32,
}

impl Pos {
    pub const NONE: Pos = Pos { line: 0, col: 0 };

    pub fn new(line: u32, col: u32) -> Pos {
        Pos { line, col }
    }

    pub fn is_known(self) -> bool {
        self.line > 0
    }
}

impl fmt::Display for Pos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.col)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tok {
    Eof,
    Name,
    Literal,
    Operator,
    AssignOp,
    IncOp,
    Assign,
    Define,
    Arrow,
    Star,
    Lparen,
    Lbrack,
    Lbrace,
    Rparen,
    Rbrack,
    Rbrace,
    Comma,
    Semi,
    Colon,
    Dot,
    DotDotDot,
    // Keywords.
    Break,
    Case,
    Chan,
    Const,
    Continue,
    Default,
    Defer,
    Else,
    Fallthrough,
    For,
    Func,
    Go,
    Goto,
    If,
    Import,
    Interface,
    Map,
    Package,
    Range,
    Return,
    Select,
    Struct,
    Switch,
    Type,
    Var,
}

impl Tok {
    /// The token's spelling, as `tok.String()` gives it in gc.
    pub fn as_str(self) -> &'static str {
        use Tok::*;
        match self {
            Eof => "EOF",
            Name => "name",
            Literal => "literal",
            Operator => "op",
            AssignOp => "op=",
            IncOp => "opop",
            Assign => "=",
            Define => ":=",
            Arrow => "<-",
            Star => "*",
            Lparen => "(",
            Lbrack => "[",
            Lbrace => "{",
            Rparen => ")",
            Rbrack => "]",
            Rbrace => "}",
            Comma => ",",
            Semi => ";",
            Colon => ":",
            Dot => ".",
            DotDotDot => "...",
            Break => "break",
            Case => "case",
            Chan => "chan",
            Const => "const",
            Continue => "continue",
            Default => "default",
            Defer => "defer",
            Else => "else",
            Fallthrough => "fallthrough",
            For => "for",
            Func => "func",
            Go => "go",
            Goto => "goto",
            If => "if",
            Import => "import",
            Interface => "interface",
            Map => "map",
            Package => "package",
            Range => "range",
            Return => "return",
            Select => "select",
            Struct => "struct",
            Switch => "switch",
            Type => "type",
            Var => "var",
        }
    }

    /// The English word for selected punctuation, for error messages (gc's `tokstring`).
    pub fn describe(self) -> &'static str {
        match self {
            Tok::Comma => "comma",
            Tok::Semi => "semicolon or newline",
            t => t.as_str(),
        }
    }

    pub fn keyword(s: &str) -> Option<Tok> {
        use Tok::*;
        Some(match s {
            "break" => Break,
            "case" => Case,
            "chan" => Chan,
            "const" => Const,
            "continue" => Continue,
            "default" => Default,
            "defer" => Defer,
            "else" => Else,
            "fallthrough" => Fallthrough,
            "for" => For,
            "func" => Func,
            "go" => Go,
            "goto" => Goto,
            "if" => If,
            "import" => Import,
            "interface" => Interface,
            "map" => Map,
            "package" => Package,
            "range" => Range,
            "return" => Return,
            "select" => Select,
            "struct" => Struct,
            "switch" => Switch,
            "type" => Type,
            "var" => Var,
            _ => return None,
        })
    }

    /// Keywords that start a statement: the parser's recovery stops at them (gc's stopset).
    pub fn is_stmt_keyword(self) -> bool {
        use Tok::*;
        matches!(
            self,
            Break
                | Const
                | Continue
                | Defer
                | Fallthrough
                | For
                | Go
                | Goto
                | If
                | Return
                | Select
                | Switch
                | Type
                | Var
        )
    }
}

/// Operators, in gc's order (syntax.Operator).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Operator {
    /// `:` of `:=`, used by the AST to mark a short variable declaration.
    Def,
    Not,
    Recv,
    Tilde,
    OrOr,
    AndAnd,
    Eql,
    Neq,
    Lss,
    Leq,
    Gtr,
    Geq,
    Add,
    Sub,
    Or,
    Xor,
    Mul,
    Div,
    Rem,
    And,
    AndNot,
    Shl,
    Shr,
}

impl Operator {
    pub fn as_str(self) -> &'static str {
        use Operator::*;
        match self {
            Def => ":",
            Not => "!",
            Recv => "<-",
            Tilde => "~",
            OrOr => "||",
            AndAnd => "&&",
            Eql => "==",
            Neq => "!=",
            Lss => "<",
            Leq => "<=",
            Gtr => ">",
            Geq => ">=",
            Add => "+",
            Sub => "-",
            Or => "|",
            Xor => "^",
            Mul => "*",
            Div => "/",
            Rem => "%",
            And => "&",
            AndNot => "&^",
            Shl => "<<",
            Shr => ">>",
        }
    }

    pub fn is_comparison(self) -> bool {
        use Operator::*;
        matches!(self, Eql | Neq | Lss | Leq | Gtr | Geq)
    }

    pub fn is_shift(self) -> bool {
        matches!(self, Operator::Shl | Operator::Shr)
    }
}

impl fmt::Display for Operator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Binary operator precedences (gc's precOrOr .. precMul).
pub const PREC_OROR: u8 = 1;
pub const PREC_ANDAND: u8 = 2;
pub const PREC_CMP: u8 = 3;
pub const PREC_ADD: u8 = 4;
pub const PREC_MUL: u8 = 5;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LitKind {
    Int,
    Float,
    Imag,
    Rune,
    String,
}

/// One scanned token. `lit` holds the text of names and literals, and for `Semi` one of
/// "semicolon", "newline" or "EOF" (how gc names an automatic semicolon in messages).
#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    pub tok: Tok,
    pub pos: Pos,
    pub lit: String,
    pub kind: LitKind,
    /// The literal is malformed (an error was already reported).
    pub bad: bool,
    pub op: Operator,
    pub prec: u8,
}
