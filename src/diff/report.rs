//! Human-readable drift reports in the format of the `dyff` tool.
//!
//! `flux diff kustomization` prints, for every object that drifted, the
//! "between" human report of homeport/dyff (v1.10) comparing the live object
//! with the server-side dry-run result. Flux uses dyff with these settings:
//! header omitted, Kubernetes entity detection on, order changes reported,
//! dot-style paths (named list entries addressed by their name), no colours
//! (output is not a terminal) and a terminal width of 80 columns (the
//! fallback of gonvenience/term when stdout is not a terminal).
//!
//! Flux serialises both objects with `sigs.k8s.io/yaml` (which sorts map keys
//! the yaml.v2 way) before dyff reads them back with yaml.v3, so this module
//! mirrors that pipeline: JSON values become YAML-like nodes with the tags
//! yaml.v3 would resolve and the key order yaml.v2 would emit.
//!
//! Secrets are masked like Flux does: the `data` values are replaced by
//! `***`, `*** (before)` and `*** (after)` (fluxcd/pkg/ssa), or by `*****` for
//! SOPS-encrypted secrets where only the keys are compared (flux2).

use serde_json::Value;

/// Width dyff assumes when stdout is not a terminal.
pub const DEFAULT_TERMINAL_WIDTH: usize = 80;

/// The dyff human report of the differences between `live` (from the cluster)
/// and `desired` (the server-side dry-run result), both Kubernetes objects as
/// JSON with managedFields/status/metadata noise already removed by the
/// caller. Returns "" when they are equal. For Secrets (kind == "Secret")
/// values under data/stringData are masked as Flux does.
///
/// The returned text is exactly what dyff writes: it starts with a newline
/// (the blank line after `► Kind/ns/name drifted`) and ends with a blank line,
/// so the caller prints it verbatim right after the "drifted" line.
pub fn report(live: &Value, desired: &Value) -> String {
    report_with_width(live, desired, DEFAULT_TERMINAL_WIDTH)
}

/// Like [`report`], for a terminal of `width` columns (dyff lays blocks out
/// side by side only when they fit into the terminal width).
pub fn report_with_width(live: &Value, desired: &Value, width: usize) -> String {
    let (live, desired) = masked(live, desired, SecretMask::Values);
    render_report(&live, &desired, width)
}

/// The report Flux prints for a SOPS-encrypted Secret: every `data` value on
/// both sides is replaced by `*****`, so only added or removed keys show up.
///
/// flux2 takes this path when a base64-decoded `data` value of the *built*
/// Secret contains the `**SOPS**` mask; it then treats the Secret as
/// unchanged unless the key sets differ (see [`sops_keys_differ`]), so the
/// caller decides both before calling this.
pub fn report_sops(live: &Value, desired: &Value) -> String {
    let (live, desired) = masked(live, desired, SecretMask::KeysOnly);
    render_report(&live, &desired, DEFAULT_TERMINAL_WIDTH)
}

/// Whether the `data` keys of the two Secrets differ, which is Flux's drift
/// criterion for SOPS-encrypted Secrets (their values cannot be compared).
pub fn sops_keys_differ(live: &Value, desired: &Value) -> bool {
    let keys = |v: &Value| -> Vec<String> {
        let mut keys: Vec<String> = v
            .get("data")
            .and_then(Value::as_object)
            .map(|m| m.keys().cloned().collect())
            .unwrap_or_default();
        keys.sort();
        keys
    };
    keys(live) != keys(desired)
}

// ---------------------------------------------------------------------------
// Secret masking
// ---------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq)]
enum SecretMask {
    Values,
    KeysOnly,
}

const MASK_DEFAULT: &str = "***";
const MASK_BEFORE: &str = "*** (before)";
const MASK_AFTER: &str = "*** (after)";
const MASK_SOPS: &str = "*****";

fn is_secret(v: &Value) -> bool {
    v.get("kind").and_then(Value::as_str) == Some("Secret")
}

fn masked(live: &Value, desired: &Value, mode: SecretMask) -> (Value, Value) {
    let mut live = live.clone();
    let mut desired = desired.clone();
    if is_secret(&desired) || is_secret(&live) {
        // Flux (ssa) masks only "data"; the API server never returns
        // stringData, but masking it too keeps values out of the output
        // should a caller pass an unconverted object.
        for field in ["data", "stringData"] {
            mask_field(&mut live, &mut desired, field, mode);
        }
    }
    (live, desired)
}

fn mask_field(live: &mut Value, desired: &mut Value, field: &str, mode: SecretMask) {
    let old = live.get(field).and_then(Value::as_object).cloned();
    let new = desired.get(field).and_then(Value::as_object).cloned();
    let mut old_out = old.clone();
    let mut new_out = new.clone();
    // Same rules as ssa.SanitizeUnstructuredData: keys present on both sides
    // with different values get before/after markers, everything else "***".
    if let Some(old_map) = &old {
        for (k, old_val) in old_map {
            let in_new = new.as_ref().and_then(|n| n.get(k));
            let (o, n) = match in_new {
                Some(new_val) if new_val != old_val => (MASK_BEFORE, Some(MASK_AFTER)),
                Some(_) => (MASK_DEFAULT, Some(MASK_DEFAULT)),
                None => (MASK_DEFAULT, None),
            };
            if let Some(m) = old_out.as_mut() {
                m.insert(k.clone(), Value::String(o.to_string()));
            }
            if let (Some(n), Some(m)) = (n, new_out.as_mut()) {
                m.insert(k.clone(), Value::String(n.to_string()));
            }
        }
    }
    if let Some(new_map) = &new {
        for k in new_map.keys() {
            let in_old = old.as_ref().is_some_and(|o| o.contains_key(k));
            if !in_old && let Some(m) = new_out.as_mut() {
                m.insert(k.clone(), Value::String(MASK_DEFAULT.to_string()));
            }
        }
    }
    // flux2 overwrites every value with a fixed mask for SOPS secrets so that
    // only the key sets are compared.
    if mode == SecretMask::KeysOnly {
        for m in [old_out.as_mut(), new_out.as_mut()].into_iter().flatten() {
            for v in m.values_mut() {
                *v = Value::String(MASK_SOPS.to_string());
            }
        }
    }
    if let (Some(m), Some(obj)) = (old_out, live.as_object_mut()) {
        obj.insert(field.to_string(), Value::Object(m));
    }
    if let (Some(m), Some(obj)) = (new_out, desired.as_object_mut()) {
        obj.insert(field.to_string(), Value::Object(m));
    }
}

// ---------------------------------------------------------------------------
// YAML node model (what yaml.v3 gives dyff after the yaml.v2 round trip)
// ---------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    Document,
    Sequence,
    Mapping,
    Scalar,
}

const TAG_STR: &str = "!!str";
const TAG_INT: &str = "!!int";
const TAG_FLOAT: &str = "!!float";
const TAG_BOOL: &str = "!!bool";
const TAG_NULL: &str = "!!null";
const TAG_MAP: &str = "!!map";
const TAG_SEQ: &str = "!!seq";

#[derive(Clone, Debug)]
struct Node {
    kind: Kind,
    tag: &'static str,
    value: String,
    /// Sequence entries, or alternating key/value nodes for mappings.
    content: Vec<Node>,
}

impl Node {
    fn scalar(tag: &'static str, value: String) -> Node {
        Node {
            kind: Kind::Scalar,
            tag,
            value,
            content: Vec::new(),
        }
    }

    fn collection(kind: Kind, tag: &'static str, content: Vec<Node>) -> Node {
        Node {
            kind,
            tag,
            value: String::new(),
            content,
        }
    }

    fn pairs(&self) -> impl Iterator<Item = (&Node, &Node)> {
        self.content.chunks(2).filter_map(|c| match c {
            [k, v] => Some((k, v)),
            _ => None,
        })
    }

    fn get(&self, key: &str) -> Option<&Node> {
        if self.kind != Kind::Mapping {
            return None;
        }
        self.pairs().find(|(k, _)| k.value == key).map(|(_, v)| v)
    }
}

fn to_node(v: &Value) -> Node {
    match v {
        Value::Null => Node::scalar(TAG_NULL, "null".to_string()),
        Value::Bool(b) => Node::scalar(TAG_BOOL, b.to_string()),
        Value::Number(n) => number_node(n),
        Value::String(s) => Node::scalar(TAG_STR, s.clone()),
        Value::Array(items) => {
            Node::collection(Kind::Sequence, TAG_SEQ, items.iter().map(to_node).collect())
        }
        Value::Object(map) => {
            // sigs.k8s.io/yaml emits keys in yaml.v2's sort order.
            let mut keys: Vec<&String> = map.keys().collect();
            go_sort(&mut keys, &|a: &&String, b: &&String| {
                yaml_v2_key_less(a, b)
            });
            let mut content = Vec::with_capacity(keys.len() * 2);
            for k in keys {
                if let Some(val) = map.get(k.as_str()) {
                    content.push(Node::scalar(TAG_STR, k.clone()));
                    content.push(to_node(val));
                }
            }
            Node::collection(Kind::Mapping, TAG_MAP, content)
        }
    }
}

fn number_node(n: &serde_json::Number) -> Node {
    if let Some(i) = n.as_i64() {
        return Node::scalar(TAG_INT, i.to_string());
    }
    if let Some(u) = n.as_u64() {
        return Node::scalar(TAG_INT, u.to_string());
    }
    let f = n.as_f64().unwrap_or(0.0);
    // encoding/json writes integral floats without a fraction, so yaml.v2
    // reads them back as integers.
    if f.fract() == 0.0 && f.abs() < 9.2e18 {
        return Node::scalar(TAG_INT, (f as i64).to_string());
    }
    Node::scalar(TAG_FLOAT, go_format_float_g(f))
}

/// strconv.FormatFloat(f, 'g', -1, 64), which yaml.v2 uses for floats.
fn go_format_float_g(f: f64) -> String {
    if f.is_nan() {
        return ".nan".to_string();
    }
    if f.is_infinite() {
        return if f > 0.0 { ".inf" } else { "-.inf" }.to_string();
    }
    let sci = format!("{:e}", f.abs());
    let (mantissa, exp) = sci.split_once('e').unwrap_or((sci.as_str(), "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let sign = if f < 0.0 { "-" } else { "" };
    // With the shortest representation Go switches to exponent notation
    // below 1e-4 and from 1e6 on.
    if !(-4..6).contains(&exp) {
        let mut out = String::from(sign);
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
        return out;
    }
    let mut out = String::from(sign);
    if exp < 0 {
        out.push_str("0.");
        out.push_str(&"0".repeat((-exp - 1) as usize));
        out.push_str(&digits);
    } else {
        let int_len = (exp + 1) as usize;
        if digits.len() <= int_len {
            out.push_str(&digits);
            out.push_str(&"0".repeat(int_len - digits.len()));
        } else {
            out.push_str(&digits[..int_len]);
            out.push('.');
            out.push_str(&digits[int_len..]);
        }
    }
    out
}

/// yaml.v2's ordering of string map keys: letters sort by code point, digit
/// runs compare numerically, and letters sort after non-letters.
fn yaml_v2_key_less(a: &str, b: &str) -> bool {
    let ar: Vec<char> = a.chars().collect();
    let br: Vec<char> = b.chars().collect();
    let is_digit = |c: char| c.is_numeric();
    for i in 0..ar.len().min(br.len()) {
        if ar[i] == br[i] {
            continue;
        }
        let al = ar[i].is_alphabetic();
        let bl = br[i].is_alphabetic();
        if al && bl {
            return ar[i] < br[i];
        }
        if al || bl {
            return bl;
        }
        let (mut an, mut bn): (i64, i64) = (0, 0);
        if ar[i] == '0' || br[i] == '0' {
            let mut j = i;
            while j > 0 {
                j -= 1;
                if !is_digit(ar[j]) {
                    break;
                }
                if ar[j] != '0' {
                    an = 1;
                    bn = 1;
                    break;
                }
            }
        }
        let mut ai = i;
        while ai < ar.len() && is_digit(ar[ai]) {
            an = an.wrapping_mul(10).wrapping_add(ar[ai] as i64 - '0' as i64);
            ai += 1;
        }
        let mut bi = i;
        while bi < br.len() && is_digit(br[bi]) {
            bn = bn.wrapping_mul(10).wrapping_add(br[bi] as i64 - '0' as i64);
            bi += 1;
        }
        if an != bn {
            return an < bn;
        }
        if ai != bi {
            return ai < bi;
        }
        return ar[i] < br[i];
    }
    ar.len() < br.len()
}

/// Go's `sort.Slice` (pattern-defeating quicksort). Its order of equal
/// elements is what dyff shows, so the exact algorithm is reproduced; it also
/// never panics on comparators that are not total orders.
fn go_sort<T>(data: &mut [T], less: &dyn Fn(&T, &T) -> bool) {
    let limit = usize::BITS - data.len().leading_zeros();
    let mut s = GoSorter { data, less };
    s.pdqsort(0, s.data.len(), limit);
}

struct GoSorter<'a, T> {
    data: &'a mut [T],
    less: &'a dyn Fn(&T, &T) -> bool,
}

#[derive(PartialEq)]
enum SortedHint {
    Unknown,
    Increasing,
    Decreasing,
}

impl<T> GoSorter<'_, T> {
    fn less(&self, i: usize, j: usize) -> bool {
        (self.less)(&self.data[i], &self.data[j])
    }

    fn swap(&mut self, i: usize, j: usize) {
        self.data.swap(i, j);
    }

    fn insertion_sort(&mut self, a: usize, b: usize) {
        for i in a + 1..b {
            let mut j = i;
            while j > a && self.less(j, j - 1) {
                self.swap(j, j - 1);
                j -= 1;
            }
        }
    }

    fn sift_down(&mut self, lo: usize, hi: usize, first: usize) {
        let mut root = lo;
        loop {
            let mut child = 2 * root + 1;
            if child >= hi {
                return;
            }
            if child + 1 < hi && self.less(first + child, first + child + 1) {
                child += 1;
            }
            if !self.less(first + root, first + child) {
                return;
            }
            self.swap(first + root, first + child);
            root = child;
        }
    }

    fn heap_sort(&mut self, a: usize, b: usize) {
        let hi = b - a;
        for i in (0..=(hi - 1) / 2).rev() {
            self.sift_down(i, hi, a);
        }
        for i in (0..hi).rev() {
            self.swap(a, a + i);
            self.sift_down(0, i, a);
        }
    }

    fn pdqsort(&mut self, mut a: usize, mut b: usize, mut limit: u32) {
        const MAX_INSERTION: usize = 12;
        let mut was_balanced = true;
        let mut was_partitioned = true;
        loop {
            let length = b - a;
            if length <= MAX_INSERTION {
                self.insertion_sort(a, b);
                return;
            }
            if limit == 0 {
                self.heap_sort(a, b);
                return;
            }
            if !was_balanced {
                self.break_patterns(a, b);
                limit -= 1;
            }
            let (mut pivot, mut hint) = self.choose_pivot(a, b);
            if hint == SortedHint::Decreasing {
                self.reverse_range(a, b);
                pivot = (b - 1) - (pivot - a);
                hint = SortedHint::Increasing;
            }
            if was_balanced
                && was_partitioned
                && hint == SortedHint::Increasing
                && self.partial_insertion_sort(a, b)
            {
                return;
            }
            if a > 0 && !self.less(a - 1, pivot) {
                a = self.partition_equal(a, b, pivot);
                continue;
            }
            let (mid, already) = self.partition(a, b, pivot);
            was_partitioned = already;
            let (left, right) = (mid - a, b - mid);
            let threshold = length / 8;
            if left < right {
                was_balanced = left >= threshold;
                self.pdqsort(a, mid, limit);
                a = mid + 1;
            } else {
                was_balanced = right >= threshold;
                self.pdqsort(mid + 1, b, limit);
                b = mid;
            }
        }
    }

    fn partition(&mut self, a: usize, b: usize, pivot: usize) -> (usize, bool) {
        self.swap(a, pivot);
        // i and j are signed because j may step below a + 1
        let (mut i, mut j) = (a as isize + 1, b as isize - 1);
        let l = |s: &Self, x: isize| s.less(x as usize, a);
        while i <= j && l(self, i) {
            i += 1;
        }
        while i <= j && !l(self, j) {
            j -= 1;
        }
        if i > j {
            self.swap(j as usize, a);
            return (j as usize, true);
        }
        self.swap(i as usize, j as usize);
        i += 1;
        j -= 1;
        loop {
            while i <= j && l(self, i) {
                i += 1;
            }
            while i <= j && !l(self, j) {
                j -= 1;
            }
            if i > j {
                break;
            }
            self.swap(i as usize, j as usize);
            i += 1;
            j -= 1;
        }
        self.swap(j as usize, a);
        (j as usize, false)
    }

    fn partition_equal(&mut self, a: usize, b: usize, pivot: usize) -> usize {
        self.swap(a, pivot);
        let (mut i, mut j) = (a as isize + 1, b as isize - 1);
        loop {
            while i <= j && !self.less(a, i as usize) {
                i += 1;
            }
            while i <= j && self.less(a, j as usize) {
                j -= 1;
            }
            if i > j {
                break;
            }
            self.swap(i as usize, j as usize);
            i += 1;
            j -= 1;
        }
        i as usize
    }

    fn partial_insertion_sort(&mut self, a: usize, b: usize) -> bool {
        const MAX_STEPS: usize = 5;
        const SHORTEST_SHIFTING: usize = 50;
        let mut i = a + 1;
        for _ in 0..MAX_STEPS {
            while i < b && !self.less(i, i - 1) {
                i += 1;
            }
            if i == b {
                return true;
            }
            if b - a < SHORTEST_SHIFTING {
                return false;
            }
            self.swap(i, i - 1);
            if i - a >= 2 {
                // Go walks down to index 1 regardless of a
                let mut j = i - 1;
                while j >= 1 {
                    if !self.less(j, j - 1) {
                        break;
                    }
                    self.swap(j, j - 1);
                    j -= 1;
                }
            }
            if b - i >= 2 {
                for j in i + 1..b {
                    if !self.less(j, j - 1) {
                        break;
                    }
                    self.swap(j, j - 1);
                }
            }
        }
        false
    }

    fn break_patterns(&mut self, a: usize, b: usize) {
        let length = b - a;
        if length >= 8 {
            let mut random = length as u64;
            let modulus = 1usize << (usize::BITS - length.leading_zeros());
            let start = a + (length / 4) * 2 - 1;
            for idx in start..=start + 2 {
                random ^= random << 13;
                random ^= random >> 7;
                random ^= random << 17;
                let mut other = (random as usize) & (modulus - 1);
                if other >= length {
                    other -= length;
                }
                self.swap(idx, a + other);
            }
        }
    }

    fn choose_pivot(&mut self, a: usize, b: usize) -> (usize, SortedHint) {
        const SHORTEST_NINTHER: usize = 50;
        const MAX_SWAPS: usize = 4 * 3;
        let l = b - a;
        let mut swaps = 0;
        let mut i = a + l / 4;
        let mut j = a + l / 4 * 2;
        let mut k = a + l / 4 * 3;
        if l >= 8 {
            if l >= SHORTEST_NINTHER {
                i = self.median(i - 1, i, i + 1, &mut swaps);
                j = self.median(j - 1, j, j + 1, &mut swaps);
                k = self.median(k - 1, k, k + 1, &mut swaps);
            }
            j = self.median(i, j, k, &mut swaps);
        }
        match swaps {
            0 => (j, SortedHint::Increasing),
            MAX_SWAPS => (j, SortedHint::Decreasing),
            _ => (j, SortedHint::Unknown),
        }
    }

    fn order2(&self, a: usize, b: usize, swaps: &mut usize) -> (usize, usize) {
        if self.less(b, a) {
            *swaps += 1;
            (b, a)
        } else {
            (a, b)
        }
    }

    fn median(&self, a: usize, b: usize, c: usize, swaps: &mut usize) -> usize {
        let (a, b) = self.order2(a, b, swaps);
        let (b, _) = self.order2(b, c, swaps);
        let (_, b) = self.order2(a, b, swaps);
        b
    }

    fn reverse_range(&mut self, a: usize, b: usize) {
        let (mut i, mut j) = (a, b - 1);
        while i < j {
            self.swap(i, j);
            i += 1;
            j -= 1;
        }
    }
}

// ---------------------------------------------------------------------------
// Comparison (dyff core)
// ---------------------------------------------------------------------------

const ADDITION: char = '+';
const REMOVAL: char = '-';
const MODIFICATION: char = '±';
const ORDERCHANGE: char = '⇆';

#[derive(Clone, Debug)]
struct PathElement {
    /// List index, or -1 for map keys and named list entries.
    idx: i64,
    /// Map key or list entry name; dot paths print only this.
    name: String,
}

/// `None` is dyff's file-level path; an empty list is the document root.
type Path = Option<Vec<PathElement>>;

fn path_with(path: &[PathElement], element: PathElement) -> Vec<PathElement> {
    let mut p = path.to_vec();
    p.push(element);
    p
}

fn named(path: &[PathElement], name: &str) -> Vec<PathElement> {
    path_with(
        path,
        PathElement {
            idx: -1,
            name: name.to_string(),
        },
    )
}

#[derive(Clone, Debug)]
struct Detail {
    kind: char,
    from: Option<Node>,
    to: Option<Node>,
}

#[derive(Clone, Debug)]
struct Diff {
    path: Path,
    details: Vec<Detail>,
}

fn modification(path: &[PathElement], from: &Node, to: &Node) -> Vec<Diff> {
    vec![Diff {
        path: Some(path.to_vec()),
        details: vec![Detail {
            kind: MODIFICATION,
            from: Some(from.clone()),
            to: Some(to.clone()),
        }],
    }]
}

fn yaml_bool(v: &str) -> Option<bool> {
    const TRUE: [&str; 11] = [
        "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON",
    ];
    const FALSE: [&str; 11] = [
        "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF",
    ];
    if TRUE.contains(&v) {
        Some(true)
    } else if FALSE.contains(&v) {
        Some(false)
    } else {
        None
    }
}

fn compare_objects(path: &[PathElement], from: &Node, to: &Node) -> Vec<Diff> {
    if from.kind != to.kind || from.tag != to.tag {
        return modification(path, from, to);
    }
    match from.kind {
        Kind::Document => match (from.content.first(), to.content.first()) {
            (Some(f), Some(t)) => compare_objects(path, f, t),
            _ => Vec::new(),
        },
        Kind::Mapping => compare_mappings(path, from, to),
        Kind::Sequence => compare_sequences(path, from, to),
        Kind::Scalar => match from.tag {
            // different spellings of null are equal
            TAG_NULL => Vec::new(),
            TAG_BOOL => {
                if yaml_bool(&from.value) != yaml_bool(&to.value) {
                    modification(path, from, to)
                } else {
                    Vec::new()
                }
            }
            _ => {
                if from.value != to.value {
                    modification(path, from, to)
                } else {
                    Vec::new()
                }
            }
        },
    }
}

fn compare_mappings(path: &[PathElement], from: &Node, to: &Node) -> Vec<Diff> {
    let mut result = Vec::new();
    let mut removals = Vec::new();
    let mut additions = Vec::new();
    for (key, from_item) in from.pairs() {
        match to.get(&key.value) {
            Some(to_item) => result.extend(compare_objects(
                &named(path, &key.value),
                from_item,
                to_item,
            )),
            None => {
                removals.push(key.clone());
                removals.push(from_item.clone());
            }
        }
    }
    for (key, to_item) in to.pairs() {
        if from.get(&key.value).is_none() {
            additions.push(key.clone());
            additions.push(to_item.clone());
        }
    }
    let mut details = Vec::new();
    if !removals.is_empty() {
        details.push(Detail {
            kind: REMOVAL,
            from: Some(Node::collection(from.kind, from.tag, removals)),
            to: None,
        });
    }
    if !additions.is_empty() {
        details.push(Detail {
            kind: ADDITION,
            from: None,
            to: Some(Node::collection(to.kind, to.tag, additions)),
        });
    }
    if !details.is_empty() {
        result.insert(
            0,
            Diff {
                path: Some(path.to_vec()),
                details,
            },
        );
    }
    result
}

/// How list entries are matched between both sides.
enum Identifier {
    Field(String),
    Kubernetes,
}

impl Identifier {
    fn name(&self, node: &Node) -> Option<String> {
        match self {
            Identifier::Field(f) => node.get(f).map(|v| v.value.clone()),
            Identifier::Kubernetes => k8s_name(node),
        }
    }

    fn find<'a>(&self, seq: &'a Node, name: &str) -> Option<&'a Node> {
        for entry in &seq.content {
            // dyff gives up on the first entry without a name
            let n = self.name(entry)?;
            if n == name {
                return Some(entry);
            }
        }
        None
    }
}

/// apiVersion/kind[/namespace]/name of a Kubernetes object node.
fn k8s_name(node: &Node) -> Option<String> {
    if node.kind != Kind::Mapping {
        return None;
    }
    let mut parts = vec![
        node.get("apiVersion")?.value.clone(),
        node.get("kind")?.value.clone(),
    ];
    let metadata = node.get("metadata")?;
    if let Some(ns) = metadata.get("namespace") {
        parts.push(ns.value.clone());
    }
    parts.push(metadata.get("name")?.value.clone());
    Some(parts.join("/"))
}

const IDENTIFIER_CANDIDATES: [&str; 4] = ["name", "key", "id", "manager"];
const NON_STANDARD_IDENTIFIER_THRESHOLD: usize = 3;

fn identifier_from_named_lists(a: &Node, b: &Node) -> Option<Identifier> {
    let distinct_values = |seq: &Node, field: &str| -> Option<usize> {
        let mut seen: Vec<&str> = Vec::new();
        let mut found = false;
        for entry in seq.content.iter().filter(|e| e.kind == Kind::Mapping) {
            for (k, v) in entry.pairs() {
                if k.kind == Kind::Scalar && k.value == field {
                    found = true;
                    if !seen.contains(&v.value.as_str()) {
                        seen.push(&v.value);
                    }
                }
            }
        }
        found.then_some(seen.len())
    };
    IDENTIFIER_CANDIDATES
        .iter()
        .find(|field| {
            distinct_values(a, field) == Some(a.content.len())
                && distinct_values(b, field) == Some(b.content.len())
        })
        .map(|f| Identifier::Field(f.to_string()))
}

fn non_standard_identifier(a: &Node, b: &Node) -> Option<Identifier> {
    // key -> distinct string values, in order of first appearance (dyff walks
    // a Go map here, so its choice among several candidates is random).
    let counts = |seq: &Node| -> Vec<(String, Vec<String>)> {
        let mut out: Vec<(String, Vec<String>)> = Vec::new();
        if seq.content.iter().any(|e| e.kind != Kind::Mapping) {
            return out;
        }
        for entry in &seq.content {
            for (k, v) in entry.pairs() {
                if k.kind == Kind::Scalar
                    && k.tag == TAG_STR
                    && v.kind == Kind::Scalar
                    && v.tag == TAG_STR
                {
                    let idx = match out.iter().position(|(key, _)| *key == k.value) {
                        Some(i) => i,
                        None => {
                            out.push((k.value.clone(), Vec::new()));
                            out.len() - 1
                        }
                    };
                    if !out[idx].1.contains(&v.value) {
                        out[idx].1.push(v.value.clone());
                    }
                }
            }
        }
        out
    };
    let ca = counts(a);
    let cb = counts(b);
    for (key, vals_a) in &ca {
        if let Some((_, vals_b)) = cb.iter().find(|(k, _)| k == key)
            && vals_a.len() == a.content.len()
            && vals_b.len() == b.content.len()
            && vals_a.len() > NON_STANDARD_IDENTIFIER_THRESHOLD
        {
            return Some(Identifier::Field(key.clone()));
        }
    }
    None
}

fn kubernetes_entity_identifier(a: &Node, b: &Node) -> Option<Identifier> {
    let all = |seq: &Node| seq.content.iter().all(|e| k8s_name(e).is_some());
    (all(a) && all(b)).then_some(Identifier::Kubernetes)
}

fn compare_sequences(path: &[PathElement], from: &Node, to: &Node) -> Vec<Diff> {
    if from.content.is_empty() && to.content.is_empty() {
        return Vec::new();
    }
    let identifier = identifier_from_named_lists(from, to)
        .or_else(|| non_standard_identifier(from, to))
        .or_else(|| kubernetes_entity_identifier(from, to));
    match identifier {
        Some(id) => compare_named_lists(path, &id, from, to),
        None => compare_simple_lists(path, from, to),
    }
}

fn compare_named_lists(path: &[PathElement], id: &Identifier, from: &Node, to: &Node) -> Vec<Diff> {
    let mut result = Vec::new();
    let mut removals = Vec::new();
    let mut additions = Vec::new();
    let mut from_names = Vec::new();
    let mut to_names = Vec::new();
    for entry in &from.content {
        let name = id.name(entry).unwrap_or_default();
        match id.find(to, &name) {
            Some(to_entry) => {
                let p = path_with(
                    path,
                    PathElement {
                        idx: -1,
                        name: name.clone(),
                    },
                );
                result.extend(compare_objects(&p, entry, to_entry));
                from_names.push(name);
            }
            None => removals.push(entry.clone()),
        }
    }
    for entry in &to.content {
        let name = id.name(entry).unwrap_or_default();
        if id.find(from, &name).is_some() {
            to_names.push(name);
        } else {
            additions.push(entry.clone());
        }
    }
    let moved = from_names.iter().enumerate().any(|(idx, name)| {
        // dyff looks names up in a Go map, where a miss reads as index 0
        to_names.iter().position(|n| n == name).unwrap_or(0) != idx
    });
    let order = if moved {
        vec![Detail {
            kind: ORDERCHANGE,
            from: Some(string_sequence(&from_names)),
            to: Some(string_sequence(&to_names)),
        }]
    } else {
        Vec::new()
    };
    pack_changes(result, path, order, additions, removals)
}

fn string_sequence(names: &[String]) -> Node {
    Node::collection(
        Kind::Sequence,
        "",
        names
            .iter()
            .map(|n| Node::scalar(TAG_STR, n.clone()))
            .collect(),
    )
}

/// A canonical rendering standing in for dyff's structure hash: scalars
/// compare by value only (tags ignored) and maps ignore key order.
fn node_hash(node: &Node) -> String {
    fn quote(s: &str) -> String {
        format!("{s:?}")
    }
    match node.kind {
        Kind::Scalar => format!("s{}", quote(&node.value)),
        Kind::Sequence => {
            let parts: Vec<String> = node.content.iter().map(node_hash).collect();
            format!("[{}]", parts.join(","))
        }
        Kind::Mapping => {
            let mut parts: Vec<String> = node
                .pairs()
                .map(|(k, v)| format!("{}:{}", node_hash(k), node_hash(v)))
                .collect();
            parts.sort();
            format!("{{{}}}", parts.join(","))
        }
        Kind::Document => node.content.first().map(node_hash).unwrap_or_default(),
    }
}

fn compare_simple_lists(path: &[PathElement], from: &Node, to: &Node) -> Vec<Diff> {
    if from.content.len() == 1 && to.content.len() == 1 {
        let p = path_with(
            path,
            PathElement {
                idx: 0,
                name: String::new(),
            },
        );
        return compare_objects(&p, &from.content[0], &to.content[0]);
    }
    let from_hashes: Vec<String> = from.content.iter().map(node_hash).collect();
    let to_hashes: Vec<String> = to.content.iter().map(node_hash).collect();
    let count = |hashes: &[String], h: &str| hashes.iter().filter(|x| *x == h).count();

    let mut removals: Vec<Node> = Vec::new();
    let mut additions: Vec<Node> = Vec::new();
    let mut from_common = Vec::new();
    let mut to_common = Vec::new();
    let contains = |list: &[Node], h: &str| list.iter().any(|n| node_hash(n) == h);

    for (idx, h) in from_hashes.iter().enumerate() {
        let in_to = count(&to_hashes, h);
        if in_to > 0 {
            from_common.push(h.clone());
        }
        let in_from = count(&from_hashes, h);
        if in_to == 0 {
            removals.push(from.content[idx].clone());
        } else if in_from > in_to && !contains(&removals, h) {
            for _ in 0..in_from - in_to {
                removals.push(from.content[idx].clone());
            }
        }
    }
    for (idx, h) in to_hashes.iter().enumerate() {
        let in_from = count(&from_hashes, h);
        if in_from > 0 {
            to_common.push(h.clone());
        }
        let in_to = count(&to_hashes, h);
        if in_from == 0 {
            additions.push(to.content[idx].clone());
        } else if in_from < in_to && !contains(&additions, h) {
            for _ in 0..in_to - in_from {
                additions.push(to.content[idx].clone());
            }
        }
    }
    let mut order = Vec::new();
    if from_common.len() == to_common.len() && from_common != to_common {
        // the common entries themselves, each in its own list's order
        let pick = |hashes: &[String], nodes: &[Node], other: &[String]| -> Vec<Node> {
            hashes
                .iter()
                .zip(nodes)
                .filter(|(h, _)| other.contains(h))
                .map(|(_, n)| n.clone())
                .collect()
        };
        let from_nodes = pick(&from_hashes, &from.content, &to_hashes);
        let to_nodes = pick(&to_hashes, &to.content, &from_hashes);
        order.push(Detail {
            kind: ORDERCHANGE,
            from: Some(Node::collection(Kind::Sequence, "", from_nodes)),
            to: Some(Node::collection(Kind::Sequence, "", to_nodes)),
        });
    }
    pack_changes(Vec::new(), path, order, additions, removals)
}

fn pack_changes(
    mut list: Vec<Diff>,
    path: &[PathElement],
    order: Vec<Detail>,
    additions: Vec<Node>,
    removals: Vec<Node>,
) -> Vec<Diff> {
    let mut details = order;
    if !removals.is_empty() {
        details.push(Detail {
            kind: REMOVAL,
            from: Some(Node::collection(Kind::Sequence, TAG_SEQ, removals)),
            to: None,
        });
    }
    if !additions.is_empty() {
        details.push(Detail {
            kind: ADDITION,
            from: None,
            to: Some(Node::collection(Kind::Sequence, TAG_SEQ, additions)),
        });
    }
    if !details.is_empty() {
        list.insert(
            0,
            Diff {
                path: Some(path.to_vec()),
                details,
            },
        );
    }
    list
}

/// dyff's Kubernetes mode: documents are matched by apiVersion/kind/ns/name;
/// otherwise the single documents are compared directly.
fn compare_documents(live: &Value, desired: &Value) -> Vec<Diff> {
    let doc = |v: &Value| -> Option<Node> {
        // a null document counts as an empty file
        (!v.is_null()).then(|| to_node(v))
    };
    let from = doc(live);
    let to = doc(desired);
    let from_name = from.as_ref().map(k8s_name);
    let to_name = to.as_ref().map(k8s_name);
    let names_ok = !matches!(from_name, Some(None)) && !matches!(to_name, Some(None));
    if !names_ok {
        return match (&from, &to) {
            (Some(f), Some(t)) => compare_objects(&[], f, t),
            _ => Vec::new(),
        };
    }
    let from_name = from_name.flatten();
    let to_name = to_name.flatten();
    let wrap = |n: &Node| Node::collection(Kind::Document, "", vec![n.clone()]);
    match (&from, &to) {
        (Some(f), Some(t)) if from_name == to_name => compare_objects(&[], f, t),
        _ => {
            let mut result = Vec::new();
            if let Some(f) = &from {
                result.push(Diff {
                    path: Some(Vec::new()),
                    details: vec![Detail {
                        kind: REMOVAL,
                        from: Some(wrap(f)),
                        to: None,
                    }],
                });
            }
            if let Some(t) = &to {
                result.push(Diff {
                    path: Some(Vec::new()),
                    details: vec![Detail {
                        kind: ADDITION,
                        from: None,
                        to: Some(wrap(t)),
                    }],
                });
            }
            if let (Some(f), Some(t)) = (from_name, to_name) {
                // one document each side with different names: dyff also
                // reports the document order as changed
                result.push(Diff {
                    path: None,
                    details: vec![Detail {
                        kind: ORDERCHANGE,
                        from: Some(string_sequence(&[f])),
                        to: Some(string_sequence(&[t])),
                    }],
                });
            }
            result
        }
    }
}

// ---------------------------------------------------------------------------
// Rendering (dyff human report, neat YAML output)
// ---------------------------------------------------------------------------

fn render_report(live: &Value, desired: &Value, width: usize) -> String {
    let diffs = compare_documents(live, desired);
    if diffs.is_empty() {
        return String::new();
    }
    let mut out = String::new();
    for diff in diffs {
        out.push('\n');
        out.push_str(&path_to_string(&diff.path));
        out.push('\n');
        let blocks: Vec<String> = diff
            .details
            .into_iter()
            .map(|d| detail_output(d, width))
            .collect();
        write_text_blocks(&mut out, 0, &blocks, width);
    }
    out.push('\n');
    out
}

fn path_to_string(path: &Path) -> String {
    let Some(elements) = path else {
        return "(file level)".to_string();
    };
    if elements.is_empty() {
        return "(root level)".to_string();
    }
    let sections: Vec<String> = elements
        .iter()
        .filter_map(|e| {
            if !e.name.is_empty() {
                Some(e.name.clone())
            } else if e.idx >= 0 {
                Some(e.idx.to_string())
            } else {
                // dyff silently drops elements with an empty name
                None
            }
        })
        .collect();
    sections.join(".")
}

fn plural(amount: usize, singular: &str, plural: Option<&str>) -> String {
    const WORDS: [&str; 13] = [
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve",
    ];
    let number = WORDS
        .get(amount)
        .map(|w| w.to_string())
        .unwrap_or_else(|| amount.to_string());
    match (amount == 1, plural) {
        (true, _) => format!("{number} {singular}"),
        (false, Some(p)) => format!("{number} {p}"),
        (false, None) => format!("{number} {singular}s"),
    }
}

fn count_phrase(node: &Node) -> String {
    match node.kind {
        Kind::Document => plural(node.content.len(), "document", None),
        Kind::Sequence => plural(node.content.len(), "list entry", Some("list entries")),
        Kind::Mapping => plural(node.content.len() / 2, "map entry", Some("map entries")),
        Kind::Scalar => String::new(),
    }
}

fn detail_output(detail: Detail, width: usize) -> String {
    let mut out = String::new();
    match detail.kind {
        ADDITION => {
            if let Some(mut to) = detail.to {
                out.push_str(&format!("{ADDITION} {} added:\n", count_phrase(&to)));
                restructure(&mut to);
                write_text_blocks(&mut out, 2, &[neat_yaml(&to)], width);
            }
        }
        REMOVAL => {
            if let Some(mut from) = detail.from {
                out.push_str(&format!("{REMOVAL} {} removed:\n", count_phrase(&from)));
                restructure(&mut from);
                write_text_blocks(&mut out, 0, &[neat_yaml(&from)], width);
            }
        }
        MODIFICATION => {
            if let (Some(from), Some(to)) = (&detail.from, &detail.to) {
                modification_output(&mut out, from, to, width);
            }
        }
        _ => {
            if let (Some(from), Some(to)) = (&detail.from, &detail.to) {
                order_change_output(&mut out, from, to, width);
            }
        }
    }
    out
}

fn human_type(node: &Node) -> String {
    match node.kind {
        Kind::Document => "document".to_string(),
        Kind::Mapping => "map".to_string(),
        Kind::Sequence => "list".to_string(),
        Kind::Scalar => match node.tag {
            TAG_STR => "string".to_string(),
            TAG_NULL => "<nil>".to_string(),
            t => t.trim_start_matches("!!").to_string(),
        },
    }
}

fn yaml_string(node: &Node) -> String {
    if node.tag == TAG_NULL {
        return "<nil>".to_string();
    }
    neat_yaml(node)
}

fn modification_output(out: &mut String, from: &Node, to: &Node, width: usize) {
    let from_type = human_type(from);
    let to_type = human_type(to);
    if from_type == "string" && to_type == "string" {
        string_diff(out, &from.value, &to.value, width);
        return;
    }
    if from_type != to_type {
        out.push_str(&format!(
            "{MODIFICATION} type change from {from_type} to {to_type}\n"
        ));
    } else {
        out.push_str(&format!("{MODIFICATION} value change\n"));
    }
    out.push_str(&prefixed("- ", yaml_string(from).trim_end_matches('\n')));
    out.push_str(&prefixed("+ ", yaml_string(to).trim_end_matches('\n')));
}

fn string_diff(out: &mut String, from: &str, to: &str, width: usize) {
    // dyff renders two PEM certificates as a summary of their fields; that
    // needs an X.509 parser and is not reproduced here.
    if from.trim_matches([' ', '\n']) == to.trim_matches([' ', '\n']) {
        out.push_str(&format!("{MODIFICATION} whitespace only change\n"));
        let show = |s: &str| s.replace('\n', "↵\n").replace(' ', "·");
        let blocks = [prefixed("- ", &show(from)), prefixed("+ ", &show(to))];
        write_text_blocks(out, 0, &blocks, width);
        return;
    }
    if from.contains('\n') || to.contains('\n') {
        let chunks = line_diff(from, to);
        let mut ins = 0;
        let mut del = 0;
        let mut buf = String::new();
        for (op, text) in chunks {
            // equal lines are only shown with context lines, which Flux
            // leaves at zero
            match op {
                Op::Insert => {
                    buf.push_str(&continuous_prefixed("+ ", &text));
                    ins += 1;
                }
                Op::Delete => {
                    buf.push_str(&continuous_prefixed("- ", &text));
                    del += 1;
                }
                Op::Equal => {}
            }
        }
        out.push_str(&format!(
            "{MODIFICATION} value change in multiline text ({}, {})\n",
            plural(ins, "insert", None),
            plural(del, "deletion", None)
        ));
        out.push_str(&buf);
        out.push('\n');
        return;
    }
    // Minor and major single-line changes look the same without colours.
    out.push_str(&format!("{MODIFICATION} value change\n"));
    out.push_str(&prefixed("- ", from));
    out.push_str(&prefixed("+ ", to));
}

fn order_change_output(out: &mut String, from: &Node, to: &Node, width: usize) {
    out.push_str(&format!("{ORDERCHANGE} order changed\n"));
    if from.kind != Kind::Sequence {
        return;
    }
    let as_strings = |seq: &Node| -> Vec<String> {
        seq.content
            .iter()
            .map(|e| {
                if e.value.is_empty() {
                    yaml_string(e)
                } else {
                    e.value.clone()
                }
            })
            .collect()
    };
    let from = as_strings(from);
    let to = as_strings(to);
    let single_len = |list: &[String]| -> isize {
        let chars: usize = list.iter().map(|s| text_len(s)).sum();
        chars as isize + (list.len() as isize - 1) * 2
    };
    let estimated = single_len(&from).max(single_len(&to));
    if estimated < (width / 2) as isize {
        out.push_str(&format!("- {}\n", from.join(", ")));
        out.push_str(&format!("+ {}\n", to.join(", ")));
    } else {
        out.push_str(&table_style(" ", 2, &[from.join("\n"), to.join("\n")]));
    }
}

/// Every line gets the prefix; the result always ends with one newline.
fn continuous_prefixed(prefix: &str, text: &str) -> String {
    let trimmed = text.strip_suffix('\n').unwrap_or(text);
    let mut out = String::new();
    for line in trimmed.split('\n') {
        out.push_str(prefix);
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// The first line gets the prefix, later lines are aligned under it.
fn prefixed(prefix: &str, text: &str) -> String {
    let mut out = String::new();
    for (i, line) in text.split('\n').enumerate() {
        if i == 0 {
            out.push_str(prefix);
        } else {
            out.push_str(&" ".repeat(text_len(prefix)));
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

fn text_len(s: &str) -> usize {
    s.chars().count()
}

/// Blocks side by side when they fit the terminal, otherwise one below the
/// other (where a trailing newline of a block becomes an empty line).
fn write_text_blocks(out: &mut String, indent: usize, blocks: &[String], width: usize) {
    const SEPARATOR: &str = "   ";
    let mut max_len = indent + blocks.len().saturating_sub(1) * text_len(SEPARATOR);
    for block in blocks {
        max_len += block.split('\n').map(text_len).max().unwrap_or(0);
    }
    if max_len > width {
        for block in blocks {
            for line in block.split('\n') {
                out.push_str(&" ".repeat(indent));
                out.push_str(line);
                out.push('\n');
            }
        }
    } else {
        out.push_str(&table_style(SEPARATOR, indent, blocks));
    }
}

fn table_style(separator: &str, indent: usize, columns: &[String]) -> String {
    let split: Vec<Vec<&str>> = columns.iter().map(|c| c.split('\n').collect()).collect();
    let rows = split.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = split
        .iter()
        .map(|lines| lines.iter().map(|l| text_len(l)).max().unwrap_or(0))
        .collect();
    let mut lines_out = Vec::with_capacity(rows);
    for row in 0..rows {
        let cells: Vec<String> = split
            .iter()
            .zip(&widths)
            .map(|(lines, w)| match lines.get(row) {
                Some(line) => format!(
                    "{}{}{}",
                    " ".repeat(indent),
                    line,
                    " ".repeat(w - text_len(line))
                ),
                None => " ".repeat(w + indent),
            })
            .collect();
        lines_out.push(cells.join(separator).trim_end_matches(' ').to_string());
    }
    lines_out.join("\n")
}

/// neat's YAML rendering of a node as dyff prints it (no colours).
fn neat_yaml(node: &Node) -> String {
    let mut out = String::new();
    neat_node(&mut out, "", false, node);
    out
}

fn neat_node(out: &mut String, prefix: &str, skip_first_indent: bool, node: &Node) {
    let deeper = format!("{prefix}  ");
    match node.kind {
        Kind::Document => {
            out.push_str("---\n");
            for c in &node.content {
                neat_node(out, prefix, false, c);
            }
        }
        Kind::Sequence => {
            for (i, entry) in node.content.iter().enumerate() {
                if i > 0 || !skip_first_indent {
                    out.push_str(prefix);
                }
                out.push_str("- ");
                neat_node(out, &deeper, true, entry);
            }
        }
        Kind::Mapping => {
            for (i, (key, value)) in node.pairs().enumerate() {
                if i > 0 || !skip_first_indent {
                    out.push_str(prefix);
                }
                out.push_str(&key.value);
                out.push(':');
                match value.kind {
                    Kind::Mapping if value.content.is_empty() => out.push_str(" {}\n"),
                    Kind::Mapping => {
                        out.push('\n');
                        neat_node(out, &deeper, false, value);
                    }
                    Kind::Sequence if value.content.is_empty() => out.push_str(" []\n"),
                    Kind::Sequence => {
                        // neat does not indent lists under their key
                        out.push('\n');
                        neat_node(out, prefix, false, value);
                    }
                    Kind::Scalar => {
                        out.push(' ');
                        neat_node(out, &deeper, false, value);
                    }
                    Kind::Document => {}
                }
            }
        }
        Kind::Scalar => {
            let lines: Vec<&str> = node.value.split('\n').collect();
            if lines.len() == 1 {
                if needs_quotes(node) {
                    out.push_str(&go_quote(&node.value));
                } else {
                    out.push_str(&node.value);
                }
            } else {
                out.push_str("|\n");
                for (i, line) in lines.iter().enumerate() {
                    out.push_str(prefix);
                    out.push_str(line);
                    if i != lines.len() - 1 {
                        out.push('\n');
                    }
                }
            }
            out.push('\n');
        }
    }
}

fn needs_quotes(node: &Node) -> bool {
    if node.tag != TAG_STR {
        return false;
    }
    let v = node.value.as_str();
    ["true", "false", "null"].contains(&v)
        || v.starts_with('-')
        || v.contains([' ', '*', '&', ':', ','])
}

/// Go's `%q`: double quotes with Go escapes for non-printable characters.
fn go_quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{7}' => out.push_str("\\a"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{b}' => out.push_str("\\v"),
            c if is_go_printable(c) => out.push(c),
            c if (c as u32) < 0x80 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push('"');
    out
}

/// Approximation of Go's unicode.IsPrint (letters, marks, numbers,
/// punctuation, symbols and the ASCII space).
fn is_go_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    // format characters (Cf) that commonly appear in text
    !matches!(
        c as u32,
        0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x200B..=0x200F | 0x202A..=0x202E
            | 0x2060..=0x2064 | 0x2066..=0x206F | 0xFEFF | 0xFFF9..=0xFFFB
            | 0xE000..=0xF8FF | 0xD800..=0xDFFF
    )
}

// ---------------------------------------------------------------------------
// ytbx.RestructureObject: human-friendly key order for added/removed maps
// ---------------------------------------------------------------------------

const KNOWN_KEY_ORDERS: &[&[&str]] = &[
    &[
        "name",
        "director_uuid",
        "releases",
        "instance_groups",
        "networks",
        "resource_pools",
        "compilation",
    ],
    &["name", "url", "version", "sha1"],
    &["jobs", "resources", "resource_types"],
    &["name", "type", "source"],
    &["get"],
    &["put"],
    &["task"],
    &["releases", "instance_groups", "configuration", "variables"],
    &["auth", "templates"],
    &["name"],
    &["key"],
    &["id"],
];

fn restructure(node: &mut Node) {
    match node.kind {
        Kind::Document | Kind::Sequence => node.content.iter_mut().for_each(restructure),
        Kind::Mapping => {
            let keys: Vec<String> = node.pairs().map(|(k, _)| k.value.clone()).collect();
            let mut best: Option<(usize, usize)> = None;
            for (idx, candidate) in KNOWN_KEY_ORDERS.iter().enumerate() {
                let hits = candidate
                    .iter()
                    .filter(|c| keys.iter().any(|k| k == *c))
                    .count();
                if hits > 0 && best.is_none_or(|(_, top)| hits > top) {
                    best = Some((idx, hits));
                }
            }
            if let Some((idx, _)) = best {
                reorder_keys(node, KNOWN_KEY_ORDERS[idx], &keys);
            }
            for i in (1..node.content.len()).step_by(2) {
                restructure(&mut node.content[i]);
            }
        }
        Kind::Scalar => {}
    }
}

fn reorder_keys(node: &mut Node, order: &[&str], keys: &[String]) {
    let first: Vec<String> = order
        .iter()
        .filter(|o| keys.iter().any(|k| k == *o))
        .map(|s| s.to_string())
        .collect();
    // Deeper structures go to the end (with Go's unstable sort).
    let mut remaining: Vec<(String, usize)> = keys
        .iter()
        .filter(|k| !first.contains(k))
        .map(|k| (k.clone(), node.get(k).map(max_depth).unwrap_or(0)))
        .collect();
    go_sort(&mut remaining, &|a, b| a.1 < b.1);
    let remaining: Vec<String> = remaining.into_iter().map(|(k, _)| k).collect();
    let mut content = Vec::with_capacity(node.content.len());
    for key in first.iter().chain(remaining.iter()) {
        if let Some(i) = (0..node.content.len())
            .step_by(2)
            .rfind(|&i| node.content[i].value == *key)
        {
            content.push(node.content[i].clone());
            if let Some(v) = node.content.get(i + 1) {
                content.push(v.clone());
            }
        }
    }
    node.content = content;
}

/// The deepest leaf path length below `node`, counted the ytbx way (a named
/// list entry counts as one element and skips its identifier field).
fn max_depth(node: &Node) -> usize {
    fn walk(node: &Node, depth: usize, max: &mut usize) {
        match node.kind {
            Kind::Document => {
                if let Some(c) = node.content.first() {
                    walk(c, depth, max);
                }
            }
            Kind::Sequence => match named_list_identifier(node) {
                Some(id) => {
                    for entry in &node.content {
                        for (k, v) in entry.pairs() {
                            if k.value != id {
                                walk(v, depth + 2, max);
                            }
                        }
                    }
                }
                None => node.content.iter().for_each(|e| walk(e, depth + 1, max)),
            },
            Kind::Mapping => node.pairs().for_each(|(_, v)| walk(v, depth + 1, max)),
            Kind::Scalar => *max = (*max).max(depth),
        }
    }
    let mut max = 0;
    walk(node, 0, &mut max);
    max
}

fn named_list_identifier(seq: &Node) -> Option<&'static str> {
    ["name", "key", "id"].into_iter().find(|id| {
        let count = seq
            .content
            .iter()
            .flat_map(|e| e.pairs())
            .filter(|(k, _)| k.value == *id)
            .count();
        count > 0 && count == seq.content.len()
    })
}

// ---------------------------------------------------------------------------
// Line diff (port of the diff-match-patch algorithm dyff uses)
// ---------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq)]
enum Op {
    Delete,
    Insert,
    Equal,
}

type Chunk = (Op, Vec<u32>);

/// Line-by-line diff of two texts; each chunk holds whole lines.
fn line_diff(a: &str, b: &str) -> Vec<(Op, String)> {
    // Index 0 is unused, as in diff-match-patch.
    let mut lines: Vec<String> = vec![String::new()];
    let mut ids: std::collections::HashMap<String, u32> = std::collections::HashMap::new();
    let mut tokens = |text: &str| -> Vec<u32> {
        let mut out = Vec::new();
        for line in text.split_inclusive('\n') {
            let id = *ids.entry(line.to_string()).or_insert_with(|| {
                lines.push(line.to_string());
                (lines.len() - 1) as u32
            });
            out.push(id);
        }
        out
    };
    let ta = tokens(a);
    let tb = tokens(b);
    diff_main(&ta, &tb)
        .into_iter()
        .map(|(op, toks)| {
            let text: String = toks
                .iter()
                .filter_map(|t| lines.get(*t as usize).map(String::as_str))
                .collect();
            (op, text)
        })
        .collect()
}

fn common_prefix(a: &[u32], b: &[u32]) -> usize {
    a.iter().zip(b).take_while(|(x, y)| x == y).count()
}

fn common_suffix(a: &[u32], b: &[u32]) -> usize {
    a.iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count()
}

fn index_of(hay: &[u32], needle: &[u32], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return (from <= hay.len()).then_some(from);
    }
    if hay.len() < needle.len() {
        return None;
    }
    (from..=hay.len() - needle.len()).find(|&i| hay[i..i + needle.len()] == *needle)
}

fn diff_main(a: &[u32], b: &[u32]) -> Vec<Chunk> {
    if a == b {
        return if a.is_empty() {
            Vec::new()
        } else {
            vec![(Op::Equal, a.to_vec())]
        };
    }
    let p = common_prefix(a, b);
    let (prefix, a, b) = (&a[..p], &a[p..], &b[p..]);
    let s = common_suffix(a, b);
    let (suffix, a, b) = (&a[a.len() - s..], &a[..a.len() - s], &b[..b.len() - s]);
    let mut diffs = diff_compute(a, b);
    if !prefix.is_empty() {
        diffs.insert(0, (Op::Equal, prefix.to_vec()));
    }
    if !suffix.is_empty() {
        diffs.push((Op::Equal, suffix.to_vec()));
    }
    cleanup_merge(diffs)
}

fn diff_compute(a: &[u32], b: &[u32]) -> Vec<Chunk> {
    if a.is_empty() {
        return vec![(Op::Insert, b.to_vec())];
    }
    if b.is_empty() {
        return vec![(Op::Delete, a.to_vec())];
    }
    let (long, short) = if a.len() > b.len() { (a, b) } else { (b, a) };
    if let Some(i) = index_of(long, short, 0) {
        let op = if a.len() > b.len() {
            Op::Delete
        } else {
            Op::Insert
        };
        return vec![
            (op, long[..i].to_vec()),
            (Op::Equal, short.to_vec()),
            (op, long[i + short.len()..].to_vec()),
        ];
    }
    if short.len() == 1 {
        return vec![(Op::Delete, a.to_vec()), (Op::Insert, b.to_vec())];
    }
    if let Some([a1, a2, b1, b2, mid]) = half_match(a, b) {
        let mut diffs = diff_main(&a1, &b1);
        diffs.push((Op::Equal, mid));
        diffs.extend(diff_main(&a2, &b2));
        return diffs;
    }
    bisect(a, b)
}

fn half_match(a: &[u32], b: &[u32]) -> Option<[Vec<u32>; 5]> {
    let (long, short) = if a.len() > b.len() { (a, b) } else { (b, a) };
    if long.len() < 4 || short.len() * 2 < long.len() {
        return None;
    }
    let hm1 = half_match_i(long, short, long.len().div_ceil(4));
    let hm2 = half_match_i(long, short, long.len().div_ceil(2));
    let hm = match (hm1, hm2) {
        (None, None) => return None,
        (Some(h), None) | (None, Some(h)) => h,
        (Some(h1), Some(h2)) => {
            if h1[4].len() > h2[4].len() {
                h1
            } else {
                h2
            }
        }
    };
    if a.len() > b.len() {
        Some(hm)
    } else {
        let [l1, l2, s1, s2, mid] = hm;
        Some([s1, s2, l1, l2, mid])
    }
}

fn half_match_i(long: &[u32], short: &[u32], i: usize) -> Option<[Vec<u32>; 5]> {
    let seed = &long[i..i + long.len() / 4];
    let mut best: Option<[Vec<u32>; 5]> = None;
    let mut best_len = 0;
    let mut j = index_of(short, seed, 0);
    while let Some(jj) = j {
        let pre = common_prefix(&long[i..], &short[jj..]);
        let suf = common_suffix(&long[..i], &short[..jj]);
        if best_len < suf + pre {
            let mut mid = short[jj - suf..jj].to_vec();
            mid.extend_from_slice(&short[jj..jj + pre]);
            best_len = mid.len();
            best = Some([
                long[..i - suf].to_vec(),
                long[i + pre..].to_vec(),
                short[..jj - suf].to_vec(),
                short[jj + pre..].to_vec(),
                mid,
            ]);
        }
        j = index_of(short, seed, jj + 1);
    }
    if best_len * 2 < long.len() {
        return None;
    }
    best
}

fn bisect(a: &[u32], b: &[u32]) -> Vec<Chunk> {
    let (n, m) = (a.len() as isize, b.len() as isize);
    let max_d = (n + m + 1) / 2;
    let v_offset = max_d;
    let v_len = 2 * max_d;
    let mut v1 = vec![-1isize; v_len as usize];
    let mut v2 = vec![-1isize; v_len as usize];
    v1[(v_offset + 1) as usize] = 0;
    v2[(v_offset + 1) as usize] = 0;
    let delta = n - m;
    let front = delta % 2 != 0;
    let (mut k1start, mut k1end, mut k2start, mut k2end) = (0isize, 0isize, 0isize, 0isize);
    for d in 0..max_d {
        let mut k1 = -d + k1start;
        while k1 <= d - k1end {
            let k1o = (v_offset + k1) as usize;
            let mut x1 = if k1 == -d || (k1 != d && v1[k1o - 1] < v1[k1o + 1]) {
                v1[k1o + 1]
            } else {
                v1[k1o - 1] + 1
            };
            let mut y1 = x1 - k1;
            while x1 < n && y1 < m && a[x1 as usize] == b[y1 as usize] {
                x1 += 1;
                y1 += 1;
            }
            v1[k1o] = x1;
            if x1 > n {
                k1end += 2;
            } else if y1 > m {
                k1start += 2;
            } else if front {
                let k2o = v_offset + delta - k1;
                if k2o >= 0 && k2o < v_len && v2[k2o as usize] != -1 {
                    let x2 = n - v2[k2o as usize];
                    if x1 >= x2 {
                        return bisect_split(a, b, x1 as usize, y1 as usize);
                    }
                }
            }
            k1 += 2;
        }
        let mut k2 = -d + k2start;
        while k2 <= d - k2end {
            let k2o = (v_offset + k2) as usize;
            let mut x2 = if k2 == -d || (k2 != d && v2[k2o - 1] < v2[k2o + 1]) {
                v2[k2o + 1]
            } else {
                v2[k2o - 1] + 1
            };
            let mut y2 = x2 - k2;
            while x2 < n && y2 < m && a[(n - x2 - 1) as usize] == b[(m - y2 - 1) as usize] {
                x2 += 1;
                y2 += 1;
            }
            v2[k2o] = x2;
            if x2 > n {
                k2end += 2;
            } else if y2 > m {
                k2start += 2;
            } else if !front {
                let k1o = v_offset + delta - k2;
                if k1o >= 0 && k1o < v_len && v1[k1o as usize] != -1 {
                    let x1 = v1[k1o as usize];
                    let y1 = v_offset + x1 - k1o;
                    if x1 >= n - x2 {
                        return bisect_split(a, b, x1 as usize, y1 as usize);
                    }
                }
            }
            k2 += 2;
        }
    }
    vec![(Op::Delete, a.to_vec()), (Op::Insert, b.to_vec())]
}

fn bisect_split(a: &[u32], b: &[u32], x: usize, y: usize) -> Vec<Chunk> {
    let mut diffs = diff_main(&a[..x], &b[..y]);
    diffs.extend(diff_main(&a[x..], &b[y..]));
    diffs
}

fn cleanup_merge(mut diffs: Vec<Chunk>) -> Vec<Chunk> {
    diffs.push((Op::Equal, Vec::new()));
    let mut pointer = 0usize;
    let (mut count_delete, mut count_insert) = (0usize, 0usize);
    let (mut text_delete, mut text_insert): (Vec<u32>, Vec<u32>) = (Vec::new(), Vec::new());
    while pointer < diffs.len() {
        match diffs[pointer].0 {
            Op::Insert => {
                count_insert += 1;
                text_insert.extend_from_slice(&diffs[pointer].1);
                pointer += 1;
            }
            Op::Delete => {
                count_delete += 1;
                text_delete.extend_from_slice(&diffs[pointer].1);
                pointer += 1;
            }
            Op::Equal => {
                if count_delete + count_insert > 1 {
                    if count_delete != 0 && count_insert != 0 {
                        let common = common_prefix(&text_insert, &text_delete);
                        if common != 0 {
                            let x = pointer - count_delete - count_insert;
                            if x > 0 && diffs[x - 1].0 == Op::Equal {
                                diffs[x - 1].1.extend_from_slice(&text_insert[..common]);
                            } else {
                                diffs.insert(0, (Op::Equal, text_insert[..common].to_vec()));
                                pointer += 1;
                            }
                            text_insert.drain(..common);
                            text_delete.drain(..common);
                        }
                        let common = common_suffix(&text_insert, &text_delete);
                        if common != 0 {
                            let ii = text_insert.len() - common;
                            let di = text_delete.len() - common;
                            let mut merged = text_insert[ii..].to_vec();
                            merged.extend_from_slice(&diffs[pointer].1);
                            diffs[pointer].1 = merged;
                            text_insert.truncate(ii);
                            text_delete.truncate(di);
                        }
                    }
                    let start = pointer - count_delete - count_insert;
                    let mut replacement = Vec::new();
                    if count_delete != 0 {
                        replacement.push((Op::Delete, std::mem::take(&mut text_delete)));
                    }
                    if count_insert != 0 {
                        replacement.push((Op::Insert, std::mem::take(&mut text_insert)));
                    }
                    let added = replacement.len();
                    diffs.splice(start..pointer, replacement);
                    pointer = start + added + 1;
                } else if pointer != 0 && diffs[pointer - 1].0 == Op::Equal {
                    let text = diffs.remove(pointer).1;
                    diffs[pointer - 1].1.extend(text);
                } else {
                    pointer += 1;
                }
                count_insert = 0;
                count_delete = 0;
                text_delete.clear();
                text_insert.clear();
            }
        }
    }
    if diffs.last().is_some_and(|d| d.1.is_empty()) {
        diffs.pop();
    }
    // Second pass: shift single edits surrounded by equalities sideways.
    let mut changes = false;
    let mut pointer = 1;
    while pointer + 1 < diffs.len() {
        if diffs[pointer - 1].0 == Op::Equal && diffs[pointer + 1].0 == Op::Equal {
            let prev = diffs[pointer - 1].1.clone();
            let next = diffs[pointer + 1].1.clone();
            let cur = diffs[pointer].1.clone();
            if cur.ends_with(&prev) {
                let mut shifted = prev.clone();
                shifted.extend_from_slice(&cur[..cur.len() - prev.len()]);
                diffs[pointer].1 = shifted;
                let mut n = prev;
                n.extend_from_slice(&next);
                diffs[pointer + 1].1 = n;
                diffs.remove(pointer - 1);
                changes = true;
            } else if cur.starts_with(&next) {
                diffs[pointer - 1].1.extend_from_slice(&next);
                let mut shifted = cur[next.len()..].to_vec();
                shifted.extend_from_slice(&next);
                diffs[pointer].1 = shifted;
                diffs.remove(pointer + 1);
                changes = true;
            }
        }
        pointer += 1;
    }
    if changes {
        return cleanup_merge(diffs);
    }
    diffs
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    // --- Blocks of the flux2 `diff kustomization` goldens -------------------
    // The live side is what each case loads into the cluster, the desired side
    // the built object after the server-side dry run (ignored fields already
    // stripped by the caller). Expected text is copied from expected.golden.

    /// TestDiffKustomizationDriftIgnoreRules #1: /spec/ports is ignored, so
    /// only the labels Flux adds remain; the namespace label is empty because
    /// the Kustomization from --kustomization-file has no namespace.
    #[test]
    fn golden_drift_ignore_rules_service_labels() {
        let live = json!({
            "apiVersion": "v1", "kind": "Service",
            "metadata": {"name": "podinfo", "namespace": "default"},
            "spec": {"selector": {"app": "podinfo"}, "type": "ClusterIP"}
        });
        let desired = json!({
            "apiVersion": "v1", "kind": "Service",
            "metadata": {
                "labels": {
                    "kustomize.toolkit.fluxcd.io/name": "podinfo",
                    "kustomize.toolkit.fluxcd.io/namespace": ""
                },
                "name": "podinfo", "namespace": "default"
            },
            "spec": {"selector": {"app": "podinfo"}, "type": "ClusterIP"}
        });
        assert_eq!(
            report(&live, &desired),
            concat!(
                "\n",
                "metadata\n",
                "+ one map entry added:\n",
                "  labels:\n",
                "    kustomize.toolkit.fluxcd.io/name: podinfo\n",
                "    kustomize.toolkit.fluxcd.io/namespace:\n",
                "\n",
            )
        );
    }

    /// TestDiffKustomizationTakeOwnership #1: an existing ConfigMap gains the
    /// Flux ownership labels.
    #[test]
    fn golden_take_ownership_configmap_labels() {
        let live = json!({
            "apiVersion": "v1", "kind": "ConfigMap",
            "metadata": {"name": "existing-config", "namespace": "default"},
            "data": {"key": "value"}
        });
        let desired = json!({
            "apiVersion": "v1", "kind": "ConfigMap",
            "metadata": {
                "name": "existing-config", "namespace": "default",
                "labels": {
                    "kustomize.toolkit.fluxcd.io/name": "configmaps",
                    "kustomize.toolkit.fluxcd.io/namespace": ""
                }
            },
            "data": {"key": "value"}
        });
        assert_eq!(
            report(&live, &desired),
            concat!(
                "\n",
                "metadata\n",
                "+ one map entry added:\n",
                "  labels:\n",
                "    kustomize.toolkit.fluxcd.io/name: configmaps\n",
                "    kustomize.toolkit.fluxcd.io/namespace:\n",
                "\n",
            )
        );
    }

    fn service(http_port: u16) -> Value {
        json!({
            "apiVersion": "v1", "kind": "Service",
            "metadata": {
                "labels": {
                    "kustomize.toolkit.fluxcd.io/name": "podinfo",
                    "kustomize.toolkit.fluxcd.io/namespace": "flux-system-1"
                },
                "name": "podinfo", "namespace": "default"
            },
            "spec": {
                "type": "ClusterIP",
                "selector": {"app": "podinfo"},
                "ports": [
                    {"name": "http", "port": http_port, "protocol": "TCP", "targetPort": "http"},
                    {"port": 9999, "targetPort": "grpc", "protocol": "TCP", "name": "grpc"}
                ]
            }
        })
    }

    /// TestDiffKustomization #4: the drifted port of the `http` entry is
    /// addressed by name.
    #[test]
    fn golden_service_port_value_change() {
        assert_eq!(
            report(&service(9899), &service(9898)),
            concat!(
                "\n",
                "spec.ports.http.port\n",
                "± value change\n",
                "- 9899\n",
                "+ 9898\n",
                "\n",
            )
        );
    }

    fn secret(name: &str, data: Value) -> Value {
        json!({
            "apiVersion": "v1", "kind": "Secret",
            "metadata": {
                "labels": {
                    "kustomize.toolkit.fluxcd.io/name": "podinfo",
                    "kustomize.toolkit.fluxcd.io/namespace": "flux-system-1"
                },
                "name": name, "namespace": "default"
            },
            "type": "Opaque",
            "data": data
        })
    }

    /// TestDiffKustomization #5: a drifted Secret value is masked.
    #[test]
    fn golden_secret_value_masked() {
        let live = secret(
            "db-user-pass-bkbd782d2c",
            json!({"password": "cGFzc3dvcmQK", "username": "YWRtaW4="}),
        );
        let desired = secret(
            "db-user-pass-bkbd782d2c",
            json!({"password": "MWYyZDFlMmU2N2Rm", "username": "YWRtaW4="}),
        );
        assert_eq!(
            report(&live, &desired),
            concat!(
                "\n",
                "data.password\n",
                "± value change\n",
                "- *** (before)\n",
                "+ *** (after)\n",
                "\n",
            )
        );
    }

    /// TestDiffKustomization #6: SOPS secret whose key changed; only keys are
    /// compared, values show as "*****".
    #[test]
    fn golden_sops_secret_key_drift() {
        let live = secret(
            "podinfo-token-77t89m9b67",
            json!({"drift-key": "bXktc2VjcmV0LXRva2VuCg=="}),
        );
        let desired = secret(
            "podinfo-token-77t89m9b67",
            json!({"token": "RU5DW0FFUzI1Nl9HQ00sZGF0YTpvQmU1UGxQbWZRQ1VVYzRzcUtJbWp3PT1d"}),
        );
        assert!(sops_keys_differ(&live, &desired));
        assert_eq!(
            report_sops(&live, &desired),
            concat!(
                "\n",
                "data\n",
                "- one map entry removed:   + one map entry added:\n",
                "drift-key: \"*****\"           token: \"*****\"\n",
                "\n",
            )
        );
    }

    /// TestDiffKustomization #9: SOPS stringData secret with a renamed key
    /// (the API server folds stringData into data).
    #[test]
    fn golden_sops_stringdata_secret_key_drift() {
        let mut live = secret(
            "secret-basic-auth-stringdata",
            json!({"password": "KipTT1BTKio=", "username1": "KipTT1BTKio="}),
        );
        live["type"] = json!("kubernetes.io/basic-auth");
        let mut desired = secret(
            "secret-basic-auth-stringdata",
            json!({"password": "RU5DW0FFUzI1Nl9HQ00=", "username": "RU5DW0FFUzI1Nl9HQ00="}),
        );
        desired["type"] = json!("kubernetes.io/basic-auth");
        assert_eq!(
            report_sops(&live, &desired),
            concat!(
                "\n",
                "data\n",
                "- one map entry removed:   + one map entry added:\n",
                "username1: \"*****\"           username: \"*****\"\n",
                "\n",
            )
        );
    }

    // --- Other behaviour ------------------------------------------------------

    #[test]
    fn equal_objects_give_empty_report() {
        assert_eq!(report(&service(80), &service(80)), "");
    }

    /// Unchanged and one-sided Secret keys are masked as "***" (quoted by
    /// neat because of the asterisks), stringData as well.
    #[test]
    fn secret_masking_of_added_removed_and_equal_keys() {
        let mut live = secret("s", json!({"same": "YQ==", "gone": "Yg=="}));
        live["stringData"] = json!({"plain": "secret"});
        let desired = secret("s", json!({"same": "YQ==", "new": "Yw==", "extra": "ZA=="}));
        let out = report(&live, &desired);
        assert!(!out.contains("YQ==") && !out.contains("Yg==") && !out.contains("secret\n"));
        assert_eq!(
            out,
            concat!(
                "\n",
                "(root level)\n",
                "- one map entry removed:\n",
                "stringData:\n",
                "  plain: \"***\"\n",
                "\n",
                "data\n",
                "- one map entry removed:   + two map entries added:\n",
                "gone: \"***\"                  extra: \"***\"\n",
                "                             new: \"***\"\n",
                "\n",
            )
        );
    }

    #[test]
    fn sops_keys_differ_only_on_key_sets() {
        let a = secret("s", json!({"a": "1", "b": "2"}));
        let b = secret("s", json!({"b": "3", "a": "4"}));
        assert!(!sops_keys_differ(&a, &b));
        assert_eq!(report_sops(&a, &b), "");
    }

    #[test]
    fn narrow_terminal_lists_blocks_below_each_other() {
        let live = secret("s", json!({"drift-key": "x"}));
        let desired = secret("s", json!({"token": "y"}));
        assert_eq!(
            report_with_width(&live, &desired, 40),
            concat!(
                "\n",
                "data\n",
                "- one map entry removed:\n",
                "drift-key: \"***\"\n",
                "\n",
                "+ one map entry added:\n",
                "  token: \"***\"\n",
                "\n",
                "\n",
            )
        );
    }

    #[test]
    fn go_float_formatting() {
        assert_eq!(go_format_float_g(0.5), "0.5");
        assert_eq!(go_format_float_g(1e-7), "1e-07");
        assert_eq!(go_format_float_g(1234567.5), "1.2345675e+06");
        assert_eq!(go_format_float_g(123456.5), "123456.5");
        assert_eq!(go_format_float_g(-0.0001), "-0.0001");
        assert_eq!(go_format_float_g(1e21), "1e+21");
    }

    #[test]
    fn yaml_v2_key_order() {
        let mut keys = vec!["b", "a10", "a9", "A", "_x", "a09", "1", "10", "9", "a"];
        go_sort(&mut keys, &|a: &&str, b: &&str| yaml_v2_key_less(a, b));
        assert_eq!(
            keys,
            vec!["_x", "1", "9", "10", "A", "a", "a9", "a09", "a10", "b"]
        );
    }

    // --- Cases checked against dyff v1.10.2 (as Flux invokes it) --------------

    /// List entries with a `name` are matched by name; unmatched ones are added or removed.
    #[test]
    fn named_list_entries_added_and_removed() {
        let live = json!({"apiVersion": "v1", "kind": "Service", "metadata": {"name": "app", "namespace": "default"}, "spec": {"ports": [{"name": "http", "port": 80}, {"name": "grpc", "port": 9999}]}});
        let desired = json!({"apiVersion": "v1", "kind": "Service", "metadata": {"name": "app", "namespace": "default"}, "spec": {"ports": [{"name": "http", "port": 80}, {"name": "metrics", "port": 9797, "protocol": "TCP"}]}});
        assert_eq!(
            report(&live, &desired),
            concat!(
                "\n",
                "spec.ports\n",
                "- one list entry removed:   + one list entry added:\n",
                "- name: grpc                  - name: metrics\n",
                "  port: 9999                    port: 9797\n",
                "                                protocol: TCP\n",
                "\n",
            )
        );
    }

    /// Reordered named entries are reported as an order change of the names.
    #[test]
    fn named_list_order_change() {
        let live = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}, "spec": {"containers": [{"name": "a", "image": "x"}, {"name": "b", "image": "y"}, {"name": "c", "image": "z"}]}});
        let desired = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}, "spec": {"containers": [{"name": "c", "image": "z"}, {"name": "a", "image": "x"}, {"name": "b", "image": "y2"}]}});
        assert_eq!(
            report(&live, &desired),
            concat!(
                "\n",
                "spec.containers\n",
                "⇆ order changed\n",
                "- a, b, c\n",
                "+ c, a, b\n",
                "\n",
                "spec.containers.b.image\n",
                "± value change\n",
                "- y\n",
                "+ y2\n",
                "\n",
            )
        );
    }

    /// Lists without identifiers are compared by value.
    #[test]
    fn simple_list_order_change_and_addition() {
        let live = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}, "spec": {"args": ["--a", "--b", "--c"]}});
        let desired = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}, "spec": {"args": ["--c", "--b", "--a", "--d"]}});
        assert_eq!(
            report(&live, &desired),
            concat!(
                "\n",
                "spec.args\n",
                "⇆ order changed   + one list entry added:\n",
                "- --a, --b, --c     - \"--d\"\n",
                "+ --c, --b, --a\n",
                "\n",
            )
        );
    }

    /// Two one-entry lists compare their entries directly (path index 0).
    #[test]
    fn single_entry_lists_compared_by_index() {
        let live = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}, "spec": {"rules": [{"host": "a.example.com", "port": 1}]}});
        let desired = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}, "spec": {"rules": [{"host": "b.example.com", "port": 1}]}});
        assert_eq!(
            report(&live, &desired),
            concat!(
                "\n",
                "spec.rules.0.host\n",
                "± value change\n",
                "- a.example.com\n",
                "+ b.example.com\n",
                "\n",
            )
        );
    }

    /// Differently typed scalars produce a type change.
    #[test]
    fn type_changes() {
        let live = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}, "spec": {"replicas": "2", "paused": true, "ratio": 0.5, "extra": null, "obj": {"a": 1}}});
        let desired = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}, "spec": {"replicas": 2, "paused": "yes", "ratio": 1, "extra": "set", "obj": ["a"]}});
        assert_eq!(
            report(&live, &desired),
            concat!(
                "\n",
                "spec.extra\n",
                "± type change from <nil> to string\n",
                "- <nil>\n",
                "+ set\n",
                "\n",
                "spec.obj\n",
                "± type change from map to list\n",
                "- a: 1\n",
                "+ - a\n",
                "\n",
                "spec.paused\n",
                "± type change from bool to string\n",
                "- true\n",
                "+ yes\n",
                "\n",
                "spec.ratio\n",
                "± type change from float to int\n",
                "- 0.5\n",
                "+ 1\n",
                "\n",
                "spec.replicas\n",
                "± type change from string to int\n",
                "- 2\n",
                "+ 2\n",
                "\n",
            )
        );
    }

    /// Multi-line strings get a line diff without context lines.
    #[test]
    fn multiline_text_change() {
        let live = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}, "data": {"config.yaml": "a: 1\nb: 2\nc: 3\nd: 4\n"}});
        let desired = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}, "data": {"config.yaml": "a: 1\nb: 20\nc: 3\nd: 4\ne: 5\n"}});
        assert_eq!(
            report(&live, &desired),
            concat!(
                "\n",
                "data.config.yaml\n",
                "± value change in multiline text (two inserts, one deletion)\n",
                "- b: 2\n",
                "+ b: 20\n",
                "+ e: 5\n",
                "\n",
                "\n",
            )
        );
    }

    /// Changes in leading/trailing spaces or newlines are made visible.
    #[test]
    fn whitespace_only_change() {
        let live = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}, "data": {"key": "value \n"}});
        let desired = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}, "data": {"key": "value"}});
        assert_eq!(
            report(&live, &desired),
            concat!(
                "\n",
                "data.key\n",
                "± whitespace only change\n",
                "- value·↵   + value\n",
                "\n",
                "\n",
            )
        );
    }

    /// Blocks wider than the terminal are listed one below the other.
    #[test]
    fn long_values_are_not_laid_out_side_by_side() {
        let live = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}, "data": {"old-key-with-a-rather-long-name": "some rather long value that does not fit", "same": "x"}});
        let desired = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}, "data": {"new-key-with-a-rather-long-name": "another rather long value that will not fit", "same": "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy"}});
        assert_eq!(
            report(&live, &desired),
            concat!(
                "\n",
                "data\n",
                "- one map entry removed:\n",
                "old-key-with-a-rather-long-name: \"some rather long value that does not fit\"\n",
                "\n",
                "+ one map entry added:\n",
                "  new-key-with-a-rather-long-name: \"another rather long value that will not fit\"\n",
                "\n",
                "\n",
                "data.same\n",
                "± value change\n",
                "- x\n",
                "+ yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\n",
                "\n",
                "\n",
            )
        );
    }

    /// Top-level additions sit at the root; keys follow yaml.v2's natural sort.
    #[test]
    fn root_level_entries_and_key_order() {
        let live = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}});
        let desired = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}, "data": {"key10": "a", "key9": "b", "Key": "c", "key": "d"}, "binaryData": {}, "immutable": true});
        assert_eq!(
            report(&live, &desired),
            concat!(
                "\n",
                "(root level)\n",
                "+ three map entries added:\n",
                "  binaryData: {}\n",
                "  data:\n",
                "    key: d\n",
                "    Key: c\n",
                "    key9: b\n",
                "    key10: a\n",
                "  immutable: true\n",
                "\n",
            )
        );
    }

    /// Added maps are restructured: `name` first, deeper values last.
    #[test]
    fn added_list_entry_puts_name_first() {
        let live = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}, "spec": {"containers": [{"name": "app", "image": "app:1"}]}});
        let desired = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}, "spec": {"containers": [{"name": "app", "image": "app:1"}, {"resources": {"limits": {"cpu": "1"}}, "env": [], "image": "sidecar:1", "name": "sidecar", "args": ["--x", "-y"]}]}});
        assert_eq!(
            report(&live, &desired),
            concat!(
                "\n",
                "spec.containers\n",
                "+ one list entry added:\n",
                "  - name: sidecar\n",
                "    env: []\n",
                "    image: \"sidecar:1\"\n",
                "    args:\n",
                "    - \"--x\"\n",
                "    - \"-y\"\n",
                "    resources:\n",
                "      limits:\n",
                "        cpu: 1\n",
                "\n",
            )
        );
    }

    /// Strings are quoted like neat does (%q) only when they need it.
    #[test]
    fn quoting_of_special_strings() {
        let live = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}});
        let desired = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}, "data": {"a": "true", "b": "-x", "c": "with space", "d": "k:v", "e": "plain", "f": "", "g": "tab\there", "h": "123", "i": "say \"hi\""}});
        assert_eq!(
            report(&live, &desired),
            concat!(
                "\n",
                "(root level)\n",
                "+ one map entry added:\n",
                "  data:\n",
                "    a: \"true\"\n",
                "    b: \"-x\"\n",
                "    c: \"with space\"\n",
                "    d: \"k:v\"\n",
                "    e: plain\n",
                "    f:\n",
                "    g: tab\there\n",
                "    h: 123\n",
                "    i: \"say \\\"hi\\\"\"\n",
                "\n",
            )
        );
    }

    /// Numbers follow Go's formatting; empty maps and lists use flow style.
    #[test]
    fn floats_and_empty_collections() {
        let live = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}, "spec": {"f": 1.5, "g": 1e-07, "h": 1234567.5, "m": {}, "l": []}});
        let desired = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}, "spec": {"f": 2.25, "g": 0.5, "h": 2.0, "m": {"a": []}, "l": [{}]}});
        assert_eq!(
            report(&live, &desired),
            concat!(
                "\n",
                "spec.f\n",
                "± value change\n",
                "- 1.5\n",
                "+ 2.25\n",
                "\n",
                "spec.g\n",
                "± value change\n",
                "- 1e-07\n",
                "+ 0.5\n",
                "\n",
                "spec.h\n",
                "± type change from float to int\n",
                "- 1.2345675e+06\n",
                "+ 2\n",
                "\n",
                "spec.l\n",
                "+ one list entry added:\n",
                "  -\n",
                "spec.m\n",
                "+ one map entry added:\n",
                "  a: []\n",
                "\n",
            )
        );
    }

    /// Lists of Kubernetes objects are matched by apiVersion/kind/namespace/name.
    #[test]
    fn kubernetes_entity_list() {
        let live = json!({"apiVersion": "v1", "kind": "List", "metadata": {"name": "app", "namespace": "default"}, "items": [{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "a", "namespace": "default"}, "data": {"k": "1"}}, {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "b", "namespace": "default"}}]});
        let desired = json!({"apiVersion": "v1", "kind": "List", "metadata": {"name": "app", "namespace": "default"}, "items": [{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "a", "namespace": "default"}, "data": {"k": "2"}}, {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c", "namespace": "default"}}]});
        assert_eq!(
            report(&live, &desired),
            concat!(
                "\n",
                "items\n",
                "- one list entry removed:   + one list entry added:\n",
                "- apiVersion: v1              - apiVersion: v1\n",
                "  kind: ConfigMap               kind: ConfigMap\n",
                "  metadata:                     metadata:\n",
                "    name: b                       name: c\n",
                "    namespace: default            namespace: default\n",
                "\n",
                "items.v1/ConfigMap/default/a.data.k\n",
                "± value change\n",
                "- 1\n",
                "+ 2\n",
                "\n",
            )
        );
    }

    /// Objects with different identities are a removed and an added document.
    #[test]
    fn different_objects_replace_the_document() {
        let live = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "old", "namespace": "default"}, "data": {"k": "v"}});
        let desired = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "new", "namespace": "default"}, "data": {"k": "v"}});
        assert_eq!(
            report(&live, &desired),
            concat!(
                "\n",
                "(root level)\n",
                "- one document removed:\n",
                "---\n",
                "apiVersion: v1\n",
                "data:\n",
                "  k: v\n",
                "kind: ConfigMap\n",
                "metadata:\n",
                "  name: old\n",
                "  namespace: default\n",
                "\n",
                "(root level)\n",
                "+ one document added:\n",
                "  ---\n",
                "  apiVersion: v1\n",
                "  data:\n",
                "    k: v\n",
                "  kind: ConfigMap\n",
                "  metadata:\n",
                "    name: new\n",
                "    namespace: default\n",
                "\n",
                "(file level)\n",
                "⇆ order changed\n",
                "- v1/ConfigMap/default/old\n",
                "+ v1/ConfigMap/default/new\n",
                "\n",
            )
        );
    }

    /// Null compares equal to null; null to value is a type change.
    #[test]
    fn nulls_are_equal_and_null_changes_are_type_changes() {
        let live = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}, "spec": {"a": null, "b": null}});
        let desired = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}, "spec": {"a": null, "b": {"x": 1}}});
        assert_eq!(
            report(&live, &desired),
            concat!(
                "\n",
                "spec.b\n",
                "± type change from <nil> to map\n",
                "- <nil>\n",
                "+ x: 1\n",
                "\n",
            )
        );
    }

    /// Duplicates in value lists are counted.
    #[test]
    fn duplicate_list_entries() {
        let live = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}, "spec": {"l": ["a", "a", "b"]}});
        let desired = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}, "spec": {"l": ["a", "b", "b", "b"]}});
        assert_eq!(
            report(&live, &desired),
            concat!(
                "\n",
                "spec.l\n",
                "- one list entry removed:   + two list entries added:\n",
                "- a                           - b\n",
                "                              - b\n",
                "\n",
            )
        );
    }

    /// Kubernetes mode also matches entries by `manager`.
    #[test]
    fn managed_fields_style_manager_identifier() {
        let live = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}, "spec": {"m": [{"manager": "kubectl", "op": "Apply"}, {"manager": "flux", "op": "Apply"}]}});
        let desired = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "default"}, "spec": {"m": [{"manager": "flux", "op": "Update"}, {"manager": "helm", "op": "Apply"}]}});
        assert_eq!(
            report(&live, &desired),
            concat!(
                "\n",
                "spec.m\n",
                "- one list entry removed:   + one list entry added:\n",
                "- manager: kubectl            - manager: helm\n",
                "  op: Apply                     op: Apply\n",
                "\n",
                "spec.m.flux.op\n",
                "± value change\n",
                "- Apply\n",
                "+ Update\n",
                "\n",
            )
        );
    }
}
