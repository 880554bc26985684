//! Tests against files made by the real `sops` and `age-keygen` (see the README next to the fixtures).

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde_json::Value;

use super::{
    DecryptOptions, Error, Format, Keys, decrypt_file, decrypt_file_with, decrypt_object,
    is_encrypted,
};

/// Where the fixtures live, relative to the crate root; the one place to change when they move.
const TESTDATA: &str = "tests/data/sops";

fn path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join(TESTDATA)
        .join(name)
}

fn read(name: &str) -> Vec<u8> {
    std::fs::read(path(name)).unwrap_or_else(|e| panic!("reading fixture {name}: {e}"))
}

fn keys(entries: &[(&str, &str)]) -> Keys {
    let data: BTreeMap<String, Vec<u8>> = entries
        .iter()
        .map(|(entry, file)| (entry.to_string(), read(file)))
        .collect();
    Keys::from_secret_data(&data).unwrap()
}

fn first_key() -> Keys {
    keys(&[("identity.agekey", "keys/first.agekey")])
}

fn yaml_docs(bytes: &[u8]) -> Vec<Value> {
    super::yaml::parse(bytes)
        .unwrap()
        .into_iter()
        .map(Value::Object)
        .collect()
}

/// A YAML fixture decrypts, as a file and as a built object, to what `sops -d` printed.
fn assert_yaml_fixture(name: &str, keys: &Keys) {
    let enc = read(&format!("{name}.enc.yaml"));
    let expected = yaml_docs(&read(&format!("{name}.dec.yaml")));
    let out = decrypt_file(&enc, Format::Yaml, keys).unwrap_or_else(|e| panic!("{name}: {e}"));
    assert_eq!(yaml_docs(&out), expected, "{name} as a file");
    let object = yaml_docs(&enc).remove(0);
    assert!(is_encrypted(&object), "{name} is recognised as encrypted");
    let plain = decrypt_object(&object, keys).unwrap_or_else(|e| panic!("{name}: {e}"));
    assert_eq!(plain, expected[0], "{name} as an object");
    assert!(!is_encrypted(&plain));
}

#[test]
fn secret_with_flux_encrypted_regex_decrypts() {
    assert_yaml_fixture("secret", &first_key());
}

#[test]
fn secret_with_every_value_encrypted_decrypts() {
    assert_yaml_fixture("secret-all", &first_key());
}

#[test]
fn secret_with_unencrypted_regex_decrypts() {
    assert_yaml_fixture("secret-unencrypted-regex", &first_key());
}

#[test]
fn secret_with_mac_only_encrypted_decrypts() {
    assert_yaml_fixture("secret-mac-only", &first_key());
}

#[test]
fn values_chosen_by_an_encrypted_comment_regex_decrypt() {
    assert_yaml_fixture("comments", &first_key());
}

#[test]
fn typed_values_with_comments_lists_and_nulls_decrypt() {
    assert_yaml_fixture("values", &first_key());
}

#[test]
fn values_with_encrypted_suffix_decrypt() {
    assert_yaml_fixture("values-encrypted-suffix", &first_key());
}

#[test]
fn every_document_of_a_yaml_stream_decrypts() {
    assert_yaml_fixture("multi", &first_key());
    // kustomize splits the stream; each object still carries the metadata and decrypts on its own.
    let second = yaml_docs(&read("multi.enc.yaml")).remove(1);
    let plain = decrypt_object(&second, &first_key()).unwrap();
    assert_eq!(plain, yaml_docs(&read("multi.dec.yaml"))[1]);
    assert_eq!(plain["stringData"]["n"], 5);
}

#[test]
fn either_recipient_of_a_two_recipient_file_decrypts_it() {
    assert_yaml_fixture("two-recipients", &first_key());
    assert_yaml_fixture(
        "two-recipients",
        &keys(&[("second.agekey", "keys/second.agekey")]),
    );
}

#[test]
fn a_data_key_split_across_two_key_groups_needs_both_keys() {
    let both = keys(&[
        ("first.agekey", "keys/first.agekey"),
        ("second.agekey", "keys/second.agekey"),
    ]);
    assert_yaml_fixture("shamir", &both);
    let err = decrypt_file(&read("shamir.enc.yaml"), Format::Yaml, &first_key()).unwrap_err();
    let msg = err.to_string();
    assert!(
        msg.starts_with("cannot get sops data key: the data key is split across 2 key groups and 2 must be opened, but only 1 could be (group 1: no age identity"),
        "{msg}"
    );
}

#[test]
fn json_file_decrypts_byte_for_byte_like_sops() {
    let out = decrypt_file(&read("config.enc.json"), Format::Json, &first_key()).unwrap();
    assert_eq!(
        String::from_utf8(out).unwrap(),
        String::from_utf8(read("config.dec.json")).unwrap()
    );
}

#[test]
fn dotenv_file_decrypts_byte_for_byte_like_sops() {
    let out = decrypt_file(&read("app.enc.env"), Format::Dotenv, &first_key()).unwrap();
    assert_eq!(
        String::from_utf8(out).unwrap(),
        String::from_utf8(read("app.dec.env")).unwrap()
    );
}

#[test]
fn binary_file_decrypts_byte_for_byte_like_sops() {
    let out = decrypt_file(&read("blob.enc.bin"), Format::Binary, &first_key()).unwrap();
    assert_eq!(out, read("blob.dec.bin"));
}

#[test]
fn the_wrong_key_names_the_recipients_and_leaks_nothing() {
    let wrong = keys(&[("wrong.agekey", "keys/wrong.agekey")]);
    let err = decrypt_file(&read("secret.enc.yaml"), Format::Yaml, &wrong).unwrap_err();
    let msg = err.to_string();
    assert!(matches!(err, Error::DataKey(_)), "{msg}");
    let recipient = String::from_utf8(read("keys/first.agekey")).unwrap();
    let recipient = recipient
        .lines()
        .find_map(|l| l.strip_prefix("# public key: "))
        .unwrap()
        .to_string();
    assert!(
        msg.starts_with(
            "cannot get sops data key: no age identity in the decryption Secret matches"
        ),
        "{msg}"
    );
    assert!(msg.contains(&recipient), "{msg}");
    assert!(!msg.contains("AGE-SECRET-KEY"), "{msg}");
}

#[test]
fn no_keys_at_all_is_reported_as_such() {
    let none = Keys::from_secret_data(&BTreeMap::new()).unwrap();
    assert!(none.is_empty());
    let err = decrypt_object(&yaml_docs(&read("secret.enc.yaml")).remove(0), &none).unwrap_err();
    assert!(err.to_string().contains("holds no age identity"), "{err}");
}

#[test]
fn a_file_only_pgp_can_open_names_the_missing_key_type() {
    let err = decrypt_file(&read("pgp-only.enc.yaml"), Format::Yaml, &first_key()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "cannot get sops data key: the file is encrypted only for pgp keys, which are not supported; only age \
         keys (*.agekey entries of the decryption Secret) are"
    );
    let with_pgp = keys(&[
        ("first.agekey", "keys/first.agekey"),
        ("private.asc", "keys/first.agekey"),
    ]);
    let err = decrypt_file(&read("pgp-only.enc.yaml"), Format::Yaml, &with_pgp).unwrap_err();
    assert!(
        err.to_string()
            .ends_with("(the decryption Secret has pgp credentials, which are ignored)"),
        "{err}"
    );
}

#[test]
fn a_clear_value_edited_after_encryption_fails_the_mac() {
    let enc = read("tampered-value.enc.yaml");
    let err = decrypt_file(&enc, Format::Yaml, &first_key()).unwrap_err();
    assert!(matches!(err, Error::MacMismatch), "{err}");
    assert_eq!(
        err.to_string(),
        "MAC mismatch: the file was modified after encryption"
    );
    // Flux does not check the MAC of built objects, since kustomize edits clear values.
    let object = yaml_docs(&enc).remove(0);
    assert!(decrypt_object(&object, &first_key()).is_ok());
}

#[test]
fn an_encrypted_value_moved_to_another_key_fails_authentication() {
    let enc = read("tampered-swapped.enc.yaml");
    let lenient = DecryptOptions::FLUX;
    let err = decrypt_file_with(&enc, Format::Yaml, &first_key(), lenient).unwrap_err();
    assert_eq!(
        err.to_string(),
        "failed to decrypt the value at path stringData.username: authentication failed (the value was \
         modified or moved)"
    );
}

#[test]
fn kustomize_edits_of_clear_fields_do_not_stop_object_decryption() {
    let mut object = yaml_docs(&read("secret.enc.yaml")).remove(0);
    object["metadata"]["namespace"] = Value::from("other");
    object["metadata"]["labels"]["kustomize.toolkit.fluxcd.io/name"] = Value::from("apps");
    let plain = decrypt_object(&object, &first_key()).unwrap();
    assert_eq!(plain["stringData"]["username"], "admin");
    assert_eq!(plain["metadata"]["namespace"], "other");
}

#[test]
fn an_invalid_encrypted_value_names_its_path() {
    let mut object = yaml_docs(&read("secret.enc.yaml")).remove(0);
    object["stringData"]["password"] = Value::from("ENC[AES256_GCM,data:!!,iv:x,tag:y,type:str]");
    let err = decrypt_object(&object, &first_key()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid SOPS value at path stringData.password: data is not base64"
    );
}

#[test]
fn keys_skip_comments_and_take_every_identity() {
    let first = String::from_utf8(read("keys/first.agekey")).unwrap();
    let second = String::from_utf8(read("keys/second.agekey")).unwrap();
    let both = format!("{first}\n\n# another one\r\n{second}");
    let data = BTreeMap::from([
        ("both.agekey".to_string(), both.into_bytes()),
        (
            "pgp.asc".to_string(),
            b"-----BEGIN PGP PRIVATE KEY BLOCK-----".to_vec(),
        ),
        ("sops.vault-token".to_string(), b"token".to_vec()),
        ("unrelated".to_string(), b"ignored".to_vec()),
    ]);
    let keys = Keys::from_secret_data(&data).unwrap();
    let shown = format!("{keys:?}");
    assert!(shown.contains("age_identities: 2"), "{shown}");
    assert!(
        shown.contains("pgp") && shown.contains("hc_vault"),
        "{shown}"
    );
    assert!(!shown.contains("AGE-SECRET-KEY"));
    assert_yaml_fixture("two-recipients", &keys);
}

#[test]
fn a_bad_agekey_entry_is_rejected_without_echoing_it() {
    for (content, reason) in [
        (
            "# ok\nAGE-SECRET-KEY-1NOTBECH32",
            "line 2: malformed age identity",
        ),
        ("not-a-key", "line 1: unknown identity type"),
        (
            "AGE-SECRET-KEY-PQ-1ABC",
            "line 1: post-quantum age identities are not supported",
        ),
    ] {
        let data = BTreeMap::from([("k.agekey".to_string(), content.as_bytes().to_vec())]);
        let err = Keys::from_secret_data(&data).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!("failed to import 'k.agekey' data from the decryption Secret: {reason}")
        );
    }
}

#[test]
fn a_plain_object_is_not_encrypted() {
    let plain = yaml_docs(&read("secret.dec.yaml")).remove(0);
    assert!(!is_encrypted(&plain));
    assert!(matches!(
        decrypt_object(&plain, &first_key()),
        Err(Error::MetadataNotFound)
    ));
}

#[test]
fn keys_can_be_shared_with_build_threads() {
    fn shareable<T: Send + Sync>() {}
    shareable::<Keys>();
}
