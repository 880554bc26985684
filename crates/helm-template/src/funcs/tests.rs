//! Unit tests of sprig and Helm functions through templates.

use crate::template::{Set, Value};

fn render(src: &str) -> Result<String, String> {
    let mut set = Set::new(super::table());
    set.parse("t", src)?;
    let data = Value::from_json(
        &serde_json::json!({"Values": {"name": "web", "port": 8080, "tags": ["a", "b"], "m": {"k": "v"}}}),
    );
    set.execute("t", data, None)
}

#[test]
fn common_sprig_functions() {
    assert_eq!(
        render(r#"{{ "abc" | quote }} {{ .Values.port | quote }}"#).unwrap(),
        r#""abc" "8080""#
    );
    assert_eq!(render(r#"{{ "a\nb" | nindent 2 }}"#).unwrap(), "\n  a\n  b");
    assert_eq!(
        render(r#"{{ "abcdef" | trunc 3 }}-{{ "x-" | trimSuffix "-" }}"#).unwrap(),
        "abc-x"
    );
    assert_eq!(
        render(r#"{{ default "d" .Values.none }} {{ default "d" .Values.name }}"#).unwrap(),
        "d web"
    );
    assert_eq!(
        render(r#"{{ add 1 2 | typeOf }} {{ int .Values.port }}"#).unwrap(),
        "int64 8080"
    );
    assert_eq!(
        render(r#"{{ $d := dict "a" 1 }}{{ $_ := set $d "b" 2 }}{{ $d }}"#).unwrap(),
        "map[a:1 b:2]"
    );
    assert_eq!(
        render(r#"{{ list 1 "a" | toJson }}"#).unwrap(),
        r#"[1,"a"]"#
    );
    assert_eq!(render(r#"{{ .Values.m | toYaml }}"#).unwrap(), "k: v");
    assert_eq!(
        render(r#"{{ has "a" .Values.tags }} {{ join "," .Values.tags }}"#).unwrap(),
        "true a,b"
    );
    assert_eq!(
        render(r#"{{ ternary "y" "n" true }} {{ empty "" }} {{ coalesce "" "x" }}"#).unwrap(),
        "y true x"
    );
}

#[test]
fn include_and_tpl_reach_the_template_set() {
    let src = r#"{{- define "n" -}}{{ .Values.name }}-x{{- end -}}{{ include "n" . | upper }} {{ tpl "{{ .Values.name }}" . }}"#;
    assert_eq!(render(src).unwrap(), "WEB-X web");
}

#[test]
fn required_fails_with_wrapped_message() {
    let e = render(r#"{{ required "need x" .Values.x }}"#).unwrap_err();
    assert!(
        e.contains("error calling required: HELM_ERR_STARTneed xHELM_ERR_END"),
        "{e}"
    );
}

/// Every sprig function Helm exposes (sprig's genericMap minus env/expandenv) is registered.
#[test]
fn every_sprig_function_is_known() {
    let names = [
        "abbrev",
        "abbrevboth",
        "add",
        "add1",
        "add1f",
        "addf",
        "adler32sum",
        "ago",
        "all",
        "any",
        "append",
        "atoi",
        "b32dec",
        "b32enc",
        "b64dec",
        "b64enc",
        "base",
        "bcrypt",
        "biggest",
        "buildCustomCert",
        "camelcase",
        "cat",
        "ceil",
        "chunk",
        "clean",
        "coalesce",
        "compact",
        "concat",
        "contains",
        "date",
        "dateInZone",
        "dateModify",
        "date_in_zone",
        "date_modify",
        "decryptAES",
        "deepCopy",
        "deepEqual",
        "default",
        "derivePassword",
        "dict",
        "dig",
        "dir",
        "div",
        "divf",
        "duration",
        "durationRound",
        "empty",
        "encryptAES",
        "ext",
        "fail",
        "first",
        "float64",
        "floor",
        "fromJson",
        "genCA",
        "genCAWithKey",
        "genPrivateKey",
        "genSelfSignedCert",
        "genSelfSignedCertWithKey",
        "genSignedCert",
        "genSignedCertWithKey",
        "get",
        "getHostByName",
        "has",
        "hasKey",
        "hasPrefix",
        "hasSuffix",
        "hello",
        "htmlDate",
        "htmlDateInZone",
        "htpasswd",
        "indent",
        "initial",
        "initials",
        "int",
        "int64",
        "isAbs",
        "join",
        "kebabcase",
        "keys",
        "kindIs",
        "kindOf",
        "last",
        "list",
        "lower",
        "max",
        "maxf",
        "merge",
        "mergeOverwrite",
        "min",
        "minf",
        "mod",
        "mul",
        "mulf",
        "mustAppend",
        "mustChunk",
        "mustCompact",
        "mustDateModify",
        "mustDeepCopy",
        "mustFirst",
        "mustFromJson",
        "mustHas",
        "mustInitial",
        "mustLast",
        "mustMerge",
        "mustMergeOverwrite",
        "mustPrepend",
        "mustRegexFind",
        "mustRegexFindAll",
        "mustRegexMatch",
        "mustRegexReplaceAll",
        "mustRegexReplaceAllLiteral",
        "mustRegexSplit",
        "mustRest",
        "mustReverse",
        "mustSlice",
        "mustToDate",
        "mustToJson",
        "mustToPrettyJson",
        "mustToRawJson",
        "mustUniq",
        "mustWithout",
        "must_date_modify",
        "nindent",
        "nospace",
        "now",
        "omit",
        "osBase",
        "osClean",
        "osDir",
        "osExt",
        "osIsAbs",
        "pick",
        "pluck",
        "plural",
        "prepend",
        "quote",
        "randAlpha",
        "randAlphaNum",
        "randAscii",
        "randBytes",
        "randInt",
        "randNumeric",
        "regexFind",
        "regexFindAll",
        "regexMatch",
        "regexQuoteMeta",
        "regexReplaceAll",
        "regexReplaceAllLiteral",
        "regexSplit",
        "repeat",
        "replace",
        "rest",
        "reverse",
        "round",
        "semver",
        "semverCompare",
        "seq",
        "set",
        "sha1sum",
        "sha256sum",
        "sha512sum",
        "shuffle",
        "slice",
        "snakecase",
        "sortAlpha",
        "split",
        "splitList",
        "splitn",
        "squote",
        "sub",
        "subf",
        "substr",
        "swapcase",
        "ternary",
        "title",
        "toDate",
        "toDecimal",
        "toJson",
        "toPrettyJson",
        "toRawJson",
        "toString",
        "toStrings",
        "trim",
        "trimAll",
        "trimPrefix",
        "trimSuffix",
        "trimall",
        "trunc",
        "tuple",
        "typeIs",
        "typeIsLike",
        "typeOf",
        "uniq",
        "unixEpoch",
        "unset",
        "until",
        "untilStep",
        "untitle",
        "upper",
        "urlJoin",
        "urlParse",
        "uuidv4",
        "values",
        "without",
        "wrap",
        "wrapWith",
    ];
    let missing: Vec<&str> = names
        .iter()
        .copied()
        .filter(|n| !super::is_known(n))
        .collect();
    assert!(missing.is_empty(), "missing: {missing:?}");
}

#[test]
fn htpasswd_makes_a_verifiable_bcrypt_entry() {
    let out = render(r#"{{ htpasswd "admin" "secret" }}"#).unwrap();
    let (user, hash) = out.split_once(':').unwrap();
    assert_eq!(user, "admin");
    assert!(hash.starts_with("$2a$10$"));
    assert!(bcrypt::verify("secret", hash).unwrap());
}

#[test]
fn from_toml_reads_tables() {
    assert_eq!(
        render(r#"{{ (fromToml "a = 1\n[t]\nk = \"v\"").t.k }} {{ typeOf (fromToml "a = 1").a }}"#)
            .unwrap(),
        "v int64"
    );
}

#[test]
fn aes_round_trips() {
    assert_eq!(
        render(r#"{{ encryptAES "pw" "hello world, sixteen+" | decryptAES "pw" }}"#).unwrap(),
        "hello world, sixteen+"
    );
}
