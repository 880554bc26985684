//! Regressions found by the differential test (`tests/differential.rs`, issue #21): each case in
//! `tests/regressions/<name>/` is a small chart (`chart/`) with user values (`user.yaml`) and what
//! the real helm v4.2.4 printed for `helm template rel chart -n ns -f user.yaml`: the output
//! (`expected.yaml`, compared byte for byte) or its error (`expected.error`; we must fail too).
//! Regenerate the expectations with `tests/differential/update-goldens.sh`.

use std::path::{Path, PathBuf};

use helm_template::{DiskFs, Options, load_path, parse_values, render};

fn case_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/regressions")
        .join(name)
}

fn check(name: &str) {
    let dir = case_dir(name);
    let opts = Options {
        release_name: "rel".into(),
        namespace: "ns".into(),
        ..Options::default()
    };
    let user = std::fs::read_to_string(dir.join("user.yaml")).unwrap_or_default();
    let got = load_path(&DiskFs, &dir.join("chart"))
        .and_then(|c| parse_values(&user).map(|v| (c, v)))
        .and_then(|(c, v)| render(&c, &v, &opts))
        .map(|r| r.to_helm_output(&opts));
    if let Ok(error) = std::fs::read_to_string(dir.join("expected.error")) {
        assert!(
            got.is_err(),
            "{name}: helm fails with {error:?}, we rendered:\n{}",
            got.unwrap_or_default()
        );
        return;
    }
    let want = std::fs::read_to_string(dir.join("expected.yaml"))
        .unwrap_or_else(|e| panic!("{name}: no expected.yaml: {e}"));
    match got {
        Ok(got) => assert_eq!(got, want, "{name}: expected (helm v4.2.4) vs got"),
        Err(e) => panic!("{name}: helm renders, we fail: {e}"),
    }
}

#[test]
fn big_numbers_print_as_go_float64() {
    check("big_numbers_print_as_go_float64");
}

#[test]
fn case_conversions_follow_xstrings() {
    check("case_conversions_follow_xstrings");
}

#[test]
fn default_capabilities_are_helm_v4s() {
    check("default_capabilities_are_helm_v4s");
}

#[test]
fn documents_keep_their_trailing_whitespace() {
    check("documents_keep_their_trailing_whitespace");
}

#[test]
fn duplicate_keys_in_values_keep_the_last() {
    check("duplicate_keys_in_values_keep_the_last");
}

#[test]
fn empty_lists_from_sprig_print_as_brackets() {
    check("empty_lists_from_sprig_print_as_brackets");
}

#[test]
fn float_arithmetic_is_decimal() {
    check("float_arithmetic_is_decimal");
}

#[test]
fn float_division_by_zero_is_an_error() {
    check("float_division_by_zero_is_an_error");
}

#[test]
fn infinite_numbers_in_values_are_an_error() {
    check("infinite_numbers_in_values_are_an_error");
}

#[test]
fn json_numbers_and_raw_json_are_written_as_go_does() {
    check("json_numbers_and_raw_json_are_written_as_go_does");
}

#[test]
fn map_functions_fail_on_missing_values() {
    check("map_functions_fail_on_missing_values");
}

#[test]
fn merge_overwrite_copies_nil_and_merge_does_not() {
    check("merge_overwrite_copies_nil_and_merge_does_not");
}

#[test]
fn negative_indent_is_an_error() {
    check("negative_indent_is_an_error");
}

#[test]
fn negative_repeat_is_an_error() {
    check("negative_repeat_is_an_error");
}

#[test]
fn null_in_values_deletes_chart_defaults() {
    check("null_in_values_deletes_chart_defaults");
}

#[test]
fn sprig_list_functions_fail_on_nil() {
    check("sprig_list_functions_fail_on_nil");
}

#[test]
fn substr_out_of_range_is_an_error() {
    check("substr_out_of_range_is_an_error");
}

#[test]
fn values_read_yaml_1_1_scalars_as_helm_v4_does() {
    check("values_read_yaml_1_1_scalars_as_helm_v4_does");
}

#[test]
fn webhook_configurations_install_after_api_services() {
    check("webhook_configurations_install_after_api_services");
}

#[test]
fn word_wrapping_follows_goutils() {
    check("word_wrapping_follows_goutils");
}

#[test]
fn split_returns_a_map_of_strings() {
    check("split_returns_a_map_of_strings");
}

#[test]
fn split_maps_are_not_dicts() {
    check("split_maps_are_not_dicts");
}

#[test]
fn escapers_print_nil_as_no_value_and_js_escapes_controls() {
    check("escapers_print_nil_as_no_value_and_js_escapes_controls");
}

#[test]
fn json_and_base64_errors_are_worded_as_go_does() {
    check("json_and_base64_errors_are_worded_as_go_does");
}

#[test]
fn deep_copy_of_nil_is_an_error() {
    check("deep_copy_of_nil_is_an_error");
}

#[test]
fn a_piped_nil_is_a_nil_map() {
    check("a_piped_nil_is_a_nil_map");
}

#[test]
fn dig_fails_on_a_step_that_is_not_a_map() {
    check("dig_fails_on_a_step_that_is_not_a_map");
}

#[test]
fn dig_on_dot_values_fails_in_helm_v4() {
    check("dig_on_dot_values_fails_in_helm_v4");
}

#[test]
fn out_of_range_floats_convert_to_the_minimum_int64() {
    check("out_of_range_floats_convert_to_the_minimum_int64");
}

#[test]
fn json_errors_at_the_end_of_input_name_a_space() {
    check("json_errors_at_the_end_of_input_name_a_space");
}

#[test]
fn quoted_keys_get_yaml_1_1_values() {
    check("quoted_keys_get_yaml_1_1_values");
}

#[test]
fn values_have_the_named_type_common_values() {
    check("values_have_the_named_type_common_values");
}

#[test]
fn case_mapping_is_rune_by_rune() {
    check("case_mapping_is_rune_by_rune");
}

#[test]
fn a_brace_that_opens_no_repetition_is_literal_in_regexes() {
    check("a_brace_that_opens_no_repetition_is_literal_in_regexes");
}

#[test]
fn single_scalar_yaml_documents_get_yaml_1_1_values() {
    check("single_scalar_yaml_documents_get_yaml_1_1_values");
}

#[test]
fn nospace_mangles_non_ascii_text_like_goutils() {
    check("nospace_mangles_non_ascii_text_like_goutils");
}

#[test]
fn title_initials_and_nospace_follow_go_and_goutils() {
    check("title_initials_and_nospace_follow_go_and_goutils");
}

#[test]
fn plural_checks_both_strings() {
    check("plural_checks_both_strings");
}

#[test]
fn dig_sees_a_subcharts_values_as_a_plain_map_from_the_parent() {
    check("dig_sees_a_subcharts_values_as_a_plain_map_from_the_parent");
}

#[test]
fn to_yaml_escapes_characters_past_the_basic_plane() {
    check("to_yaml_escapes_characters_past_the_basic_plane");
}

#[test]
fn regex_split_and_int_range_follow_go() {
    check("regex_split_and_int_range_follow_go");
}

#[test]
fn ranging_over_an_int_with_two_variables_is_an_error() {
    check("ranging_over_an_int_with_two_variables_is_an_error");
}
