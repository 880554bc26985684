//! The dynamic value a template works on, modelled on Go's `interface{}` values.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fmt;
use std::rc::Rc;

/// A Go map (`map[string]interface{}`): shared and mutable, as Go maps are references.
pub type Map = Rc<RefCell<BTreeMap<String, Value>>>;

/// A method callable on an [`Value::Object`] (`.Files.Get "x"`).
pub type Method = Rc<dyn Fn(&[Value]) -> Result<Value, String>>;

/// A Go struct: named fields and methods, with a Go type name for `%T` and `typeOf`.
pub struct Object {
    /// The Go type name (`*chart.Metadata`, `chartutil.Capabilities`…).
    pub type_name: &'static str,
    /// Field values by name.
    pub fields: BTreeMap<String, Value>,
    /// Methods by name.
    pub methods: BTreeMap<String, Method>,
    /// What `%v` prints (Go prints structs as `{a b}`); `None` prints the fields.
    pub display: Option<String>,
    /// Without `display`, print the fields as Go prints a map (`map[k:v]`) rather than a struct (`{v}`); lets
    /// map-typed objects such as `.Files` skip formatting their contents until someone prints them.
    pub map_like: bool,
}

/// The Go type of a `map[string]string` (what sprig's `split` and `splitn` return).
pub const STRING_MAP: &str = "map[string]string";

impl Object {
    /// A Go map type with its own name (Helm's `files`, `map[string]string`): indexes, ranges
    /// and measures like a map, but is not a `map[string]interface{}`.
    pub fn is_go_map(&self) -> bool {
        self.type_name == "engine.files" || self.type_name == STRING_MAP
    }

    /// A `map[string]string` value.
    pub fn string_map(entries: BTreeMap<String, Value>) -> Value {
        Value::Object(Rc::new(Object {
            type_name: STRING_MAP,
            fields: entries,
            methods: BTreeMap::new(),
            display: None,
            map_like: true,
        }))
    }
}

/// A value inside a template.
#[derive(Clone, Default)]
pub enum Value {
    /// Go's `nil` (a nil interface or a missing map entry).
    #[default]
    Nil,
    /// `bool`.
    Bool(bool),
    /// `int`.
    Int(i64),
    /// `int64` (sprig's arithmetic returns these).
    Int64(i64),
    /// `float64` (every number that comes from YAML or JSON).
    Float(f64),
    /// `string`.
    Str(Rc<str>),
    /// `[]byte`.
    Bytes(Rc<[u8]>),
    /// `[]interface{}`.
    List(Rc<Vec<Value>>),
    /// `[]string` (from `split`-like functions that return typed slices).
    StrList(Rc<Vec<String>>),
    /// `map[string]interface{}`.
    Map(Map),
    /// A Go struct with fields and methods.
    Object(Rc<Object>),
}

impl Value {
    /// A string value.
    pub fn str(s: impl Into<Rc<str>>) -> Value {
        Value::Str(s.into())
    }

    /// A list value.
    pub fn list(v: Vec<Value>) -> Value {
        Value::List(Rc::new(v))
    }

    /// A new map value.
    pub fn map(m: BTreeMap<String, Value>) -> Value {
        Value::Map(Rc::new(RefCell::new(m)))
    }

    /// An empty map value.
    pub fn empty_map() -> Value {
        Value::map(BTreeMap::new())
    }

    /// Go's truthiness (`if`, `with`, `and`, `or`, `not`).
    pub fn is_true(&self) -> bool {
        match self {
            Value::Nil => false,
            Value::Bool(b) => *b,
            Value::Int(i) | Value::Int64(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::List(l) => !l.is_empty(),
            Value::StrList(l) => !l.is_empty(),
            Value::Map(m) => !m.borrow().is_empty(),
            Value::Object(o) => !o.is_go_map() || !o.fields.is_empty(),
        }
    }

    /// The Go type name, as `%T` and sprig's `typeOf` print it.
    pub fn type_name(&self) -> String {
        match self {
            Value::Nil => "<nil>".into(),
            Value::Bool(_) => "bool".into(),
            Value::Int(_) => "int".into(),
            Value::Int64(_) => "int64".into(),
            Value::Float(_) => "float64".into(),
            Value::Str(_) => "string".into(),
            Value::Bytes(_) => "[]uint8".into(),
            Value::List(_) => "[]interface {}".into(),
            Value::StrList(_) => "[]string".into(),
            Value::Map(_) => "map[string]interface {}".into(),
            Value::Object(o) => o.type_name.into(),
        }
    }

    /// The Go reflect kind name, as sprig's `kindOf` prints it.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Value::Nil => "invalid",
            Value::Bool(_) => "bool",
            Value::Int(_) => "int",
            Value::Int64(_) => "int64",
            Value::Float(_) => "float64",
            Value::Str(_) => "string",
            Value::Bytes(_) | Value::List(_) | Value::StrList(_) => "slice",
            Value::Map(_) => "map",
            Value::Object(o) if o.is_go_map() => "map",
            Value::Object(o) => {
                if o.type_name.starts_with('*') {
                    "ptr"
                } else {
                    "struct"
                }
            }
        }
    }

    /// The elements, if this is a list of any kind.
    pub fn as_list(&self) -> Option<Vec<Value>> {
        match self {
            Value::List(l) => Some(l.as_ref().clone()),
            Value::StrList(l) => Some(l.iter().map(|s| Value::str(s.as_str())).collect()),
            Value::Bytes(b) => Some(b.iter().map(|x| Value::Int(i64::from(*x))).collect()),
            _ => None,
        }
    }

    /// Looks a key up in a map.
    pub fn get(&self, key: &str) -> Option<Value> {
        match self {
            Value::Map(m) => m.borrow().get(key).cloned(),
            Value::Object(o) => o.fields.get(key).cloned(),
            _ => None,
        }
    }

    /// A deep copy (Go's `copystructure`, used by `deepCopy` and values coalescing).
    pub fn deep_copy(&self) -> Value {
        match self {
            Value::Map(m) => Value::map(
                m.borrow()
                    .iter()
                    .map(|(k, v)| (k.clone(), v.deep_copy()))
                    .collect(),
            ),
            Value::List(l) => Value::list(l.iter().map(Value::deep_copy).collect()),
            other => other.clone(),
        }
    }

    /// Converts a JSON value (numbers become `float64`, as Go's encoding/json does).
    pub fn from_json(v: &serde_json::Value) -> Value {
        match v {
            serde_json::Value::Null => Value::Nil,
            serde_json::Value::Bool(b) => Value::Bool(*b),
            serde_json::Value::Number(n) => Value::Float(n.as_f64().unwrap_or(0.0)),
            serde_json::Value::String(s) => Value::str(s.as_str()),
            serde_json::Value::Array(a) => Value::list(a.iter().map(Value::from_json).collect()),
            serde_json::Value::Object(o) => Value::from_json_map(o),
        }
    }

    /// [`Value::from_json`] of a JSON object, without wrapping (and so copying) the map first.
    pub fn from_json_map(o: &serde_json::Map<String, serde_json::Value>) -> Value {
        Value::map(
            o.iter()
                .map(|(k, v)| (k.clone(), Value::from_json(v)))
                .collect(),
        )
    }

    /// Converts to JSON as Go's encoding/json marshals the value.
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::Value as J;
        match self {
            Value::Nil => J::Null,
            Value::Bool(b) => J::Bool(*b),
            Value::Int(i) | Value::Int64(i) => J::from(*i),
            Value::Float(f) => float_json(*f),
            Value::Str(s) => J::String(s.to_string()),
            Value::Bytes(b) => {
                use base64::Engine as _;
                J::String(base64::engine::general_purpose::STANDARD.encode(b))
            }
            Value::List(l) => J::Array(l.iter().map(Value::to_json).collect()),
            Value::StrList(l) => J::Array(l.iter().map(|s| J::String(s.clone())).collect()),
            Value::Map(m) => {
                let mut out = serde_json::Map::new();
                for (k, v) in m.borrow().iter() {
                    out.insert(k.clone(), v.to_json());
                }
                J::Object(out)
            }
            Value::Object(o) => {
                let mut out = serde_json::Map::new();
                for (k, v) in &o.fields {
                    out.insert(k.clone(), v.to_json());
                }
                J::Object(out)
            }
        }
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::template::gofmt::sprint_value(self))
    }
}

impl PartialEq for Value {
    fn eq(&self, other: &Value) -> bool {
        self.to_json() == other.to_json() && self.type_name() == other.type_name()
    }
}

/// A float as JSON: integral values (within float64's exact range) print as integers.
/// The digits Go's encoding/json writes for a whole float below 1e21: the shortest digits
/// that read back as `f`, padded with zeros (12345678901234567890 → 12345678901234567000).
pub(crate) fn go_whole_digits(f: f64) -> Option<String> {
    if f.fract() != 0.0 || f.abs() >= 1e21 || !f.is_finite() {
        return None;
    }
    let sci = format!("{f:e}");
    let (m, e) = sci.split_once('e')?;
    let e: usize = e.parse().ok()?;
    let (neg, m) = m.strip_prefix('-').map_or((false, m), |m| (true, m));
    let (int, frac) = m.split_once('.').unwrap_or((m, ""));
    let mut s = format!("{}{int}{frac}", if neg { "-" } else { "" });
    while s.len() - usize::from(neg) < e + 1 {
        s.push('0');
    }
    Some(s)
}

/// A float as Go's encoding/json writes it: `-0`, plain decimals from 1e-6 up to 1e21, else
/// exponent form with the exponent unpadded (`1e-7`, `1e+21`).
pub(crate) fn go_json_float(f: f64) -> String {
    if f == 0.0 {
        return if f.is_sign_negative() { "-0" } else { "0" }.into();
    }
    let abs = f.abs();
    if !(1e-6..1e21).contains(&abs) {
        let sci = format!("{f:e}");
        return match sci.split_once('e') {
            Some((m, e)) if e.starts_with('-') => format!("{m}e{e}"),
            Some((m, e)) => format!("{m}e+{e}"),
            None => sci,
        };
    }
    go_whole_digits(f).unwrap_or_else(|| f.to_string())
}

pub(crate) fn float_json(f: f64) -> serde_json::Value {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        serde_json::Value::from(f as i64)
    } else if f.fract() == 0.0 && f.abs() < 1e21 {
        // Go's encoding/json writes these as the shortest digits padded with zeros
        // (12345678901234567890 → 12345678901234567000), not as the float's exact value
        let digits = format!("{f:e}");
        let padded = digits.split_once('e').and_then(|(m, e)| {
            let e: usize = e.parse().ok()?;
            let (neg, m) = m.strip_prefix('-').map_or((false, m), |m| (true, m));
            let (int, frac) = m.split_once('.').unwrap_or((m, ""));
            let mut s = format!("{int}{frac}");
            while s.len() < e + 1 {
                s.push('0');
            }
            Some((neg, s))
        });
        match padded {
            Some((false, s)) => s.parse::<u64>().map(serde_json::Value::from).ok(),
            Some((true, s)) => format!("-{s}")
                .parse::<i64>()
                .map(serde_json::Value::from)
                .ok(),
            None => None,
        }
        .unwrap_or_else(|| {
            serde_json::Number::from_f64(f)
                .map_or(serde_json::Value::Null, serde_json::Value::Number)
        })
    } else {
        serde_json::Number::from_f64(f).map_or(serde_json::Value::Null, serde_json::Value::Number)
    }
}
