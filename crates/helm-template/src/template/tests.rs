//! Unit tests of the template engine against Go text/template behaviour.

use std::rc::Rc;

use super::exec::Funcs;
use super::{Set, Value, builtins};

fn render(src: &str, data: Value) -> Result<String, String> {
    let mut f = Funcs::new();
    builtins::register(&mut f);
    let mut set = Set::new(Rc::new(f));
    set.parse("t", src)?;
    set.execute("t", data, None)
}

fn data() -> Value {
    let j = serde_json::json!({"a": {"b": "x"}, "n": 3, "l": [1, 2, 3], "m": {"z": 1, "y": 2}, "s": ""});
    Value::from_json(&j)
}

#[test]
fn fields_and_trimming() {
    assert_eq!(render("a {{- .a.b -}} b", data()).unwrap(), "axb");
    assert_eq!(
        render("{{ .a.b }}\n{{- /* c */ -}}\n!", data()).unwrap(),
        "x!"
    );
}

#[test]
fn missing_key_prints_no_value_and_nil_chain_errors() {
    assert_eq!(render("{{ .nope }}", data()).unwrap(), "<no value>");
    let e = render("\n  {{ .nope.bar }}", data()).unwrap_err();
    assert_eq!(
        e,
        "template: t:2:10: executing \"t\" at <.nope.bar>: nil pointer evaluating interface {}.bar"
    );
}

#[test]
fn range_over_map_is_sorted_with_break_and_continue() {
    assert_eq!(
        render("{{ range $k, $v := .m }}{{$k}}={{$v}};{{ end }}", data()).unwrap(),
        "y=2;z=1;"
    );
    assert_eq!(
        render(
            "{{ range .l }}{{ if eq . 2.0 }}{{ continue }}{{ end }}{{ . }}{{ end }}",
            data()
        )
        .unwrap(),
        "13"
    );
    assert_eq!(
        render(
            "{{ range $i, $e := .l }}{{ if $i }}{{ break }}{{ end }}{{ $e }}{{ end }}",
            data()
        )
        .unwrap(),
        "1"
    );
    assert_eq!(
        render("{{ range .nope }}x{{ else }}empty{{ end }}", data()).unwrap(),
        "empty"
    );
    assert!(render("{{ range .s }}x{{ end }}", data()).is_err());
}

#[test]
fn variables_scope_and_assignment() {
    let src = "{{ $x := 1 }}{{ if true }}{{ $x = 2 }}{{ $y := 3 }}{{ end }}{{ $x }}";
    assert_eq!(render(src, data()).unwrap(), "2");
}

#[test]
fn define_template_and_block() {
    let src =
        r#"{{ define "a" }}[{{ . }}]{{ end }}{{ template "a" "x" }}{{ block "b" . }}B{{ end }}"#;
    assert_eq!(render(src, data()).unwrap(), "[x]B");
}

#[test]
fn printf_and_print() {
    assert_eq!(
        render(r#"{{ printf "%s-%d-%v" "a" 3 .l }}"#, data()).unwrap(),
        "a-3-[1 2 3]"
    );
    assert_eq!(render(r#"{{ print 1 2 "a" 3 }}"#, data()).unwrap(), "1 2a3");
    assert_eq!(render(r#"{{ .m }}"#, data()).unwrap(), "map[y:2 z:1]");
}

#[test]
fn comparisons_follow_go() {
    assert_eq!(
        render(
            "{{ eq 1 1 }} {{ ne \"a\" \"b\" }} {{ lt 1 2 }} {{ eq .nope nil }}",
            data()
        )
        .unwrap(),
        "true true true true"
    );
    assert!(
        render("{{ eq .n 3 }}", data())
            .unwrap_err()
            .contains("incompatible types for comparison")
    );
}

#[test]
fn else_if_chains() {
    let src = "{{ if .nope }}a{{ else if .s }}b{{ else if .n }}c{{ else }}d{{ end }}";
    assert_eq!(render(src, data()).unwrap(), "c");
    assert_eq!(
        render("{{ with .a }}{{ .b }}{{ else }}no{{ end }}", data()).unwrap(),
        "x"
    );
}

#[test]
fn and_or_short_circuit() {
    assert_eq!(render("{{ or .nope .s \"z\" }}", data()).unwrap(), "z");
    assert_eq!(render("{{ and .n .s }}", data()).unwrap(), "");
    assert_eq!(
        render("{{ and .nope .nope.x }}", data()).unwrap(),
        "<no value>"
    );
}

#[test]
fn pipelines_pass_final_argument() {
    assert_eq!(
        render(r#"{{ "x" | printf "%s-%s" "a" }}"#, data()).unwrap(),
        "a-x"
    );
    assert_eq!(
        render("{{ (index .l 1) }} {{ index .m \"z\" }}", data()).unwrap(),
        "2 1"
    );
}

#[test]
fn parse_errors_report_line() {
    let e = render("a\n{{ nosuch }}", data()).unwrap_err();
    assert_eq!(e, "template: t:2: function \"nosuch\" not defined");
}
