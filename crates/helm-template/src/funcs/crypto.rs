//! Random values and generated secrets: `randAlphaNum`, `uuidv4`, `shuffle`, `htpasswd`, `genCA`….

use std::cell::Cell;
use std::hash::{BuildHasher, Hasher};

use super::{Res, add, int_arg, string_arg, strval, to_i64, x509};
use crate::template::exec::{Exec, Funcs};
use crate::template::value::Value;

type E<'a, 'b> = &'a mut Exec<'b>;

thread_local! {
    static STATE: Cell<u64> = Cell::new({
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u64(0x9e37_79b9_7f4a_7c15);
        h.finish() | 1
    });
}

/// A pseudo-random number (xorshift seeded from the process's random hash keys).
pub(crate) fn random_u64() -> u64 {
    STATE.with(|s| {
        let mut x = s.get();
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        s.set(x);
        x
    })
}

fn rand_from(set: &[u8], n: i64) -> String {
    (0..n.max(0))
        .map(|_| set[(random_u64() % set.len() as u64) as usize] as char)
        .collect()
}

const ALPHA: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const ALNUM: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const NUM: &[u8] = b"0123456789";

pub(crate) fn register(f: &mut Funcs) {
    add(
        f,
        "randAlphaNum",
        |_: E, a| Ok(Value::str(rand_from(ALNUM, int_arg(&a[0])?))),
        1,
        Some(1),
    );
    add(
        f,
        "randAlpha",
        |_: E, a| Ok(Value::str(rand_from(ALPHA, int_arg(&a[0])?))),
        1,
        Some(1),
    );
    add(
        f,
        "randNumeric",
        |_: E, a| Ok(Value::str(rand_from(NUM, int_arg(&a[0])?))),
        1,
        Some(1),
    );
    add(
        f,
        "randAscii",
        |_: E, a| {
            let set: Vec<u8> = (32u8..127).collect();
            Ok(Value::str(rand_from(&set, int_arg(&a[0])?)))
        },
        1,
        Some(1),
    );
    add(
        f,
        "randBytes",
        |_: E, a| {
            use base64::Engine as _;
            let b: Vec<u8> = (0..int_arg(&a[0])?.max(0))
                .map(|_| random_u64() as u8)
                .collect();
            Ok(Value::str(
                base64::engine::general_purpose::STANDARD.encode(b),
            ))
        },
        1,
        Some(1),
    );
    add(
        f,
        "shuffle",
        |_: E, a| {
            let mut c: Vec<char> = string_arg(&a[0])?.chars().collect();
            for i in (1..c.len()).rev() {
                let j = (random_u64() % (i as u64 + 1)) as usize;
                c.swap(i, j);
            }
            Ok(Value::str(c.into_iter().collect::<String>()))
        },
        1,
        Some(1),
    );
    add(f, "uuidv4", |_: E, _| Ok(Value::str(uuidv4())), 0, Some(0));
    add(
        f,
        "htpasswd",
        |_: E, a| {
            let (user, pass) = (string_arg(&a[0])?, string_arg(&a[1])?);
            if user.contains(':') {
                return Ok(Value::str("invalid username: ".to_string() + &user));
            }
            Ok(Value::str(format!("{user}:{}", bcrypt_hash(&pass)?)))
        },
        2,
        Some(2),
    );
    add(
        f,
        "bcrypt",
        |_: E, a| Ok(Value::str(bcrypt_hash(&string_arg(&a[0])?)?)),
        1,
        Some(1),
    );
    add(
        f,
        "derivePassword",
        |_: E, _| Err("derivePassword is not supported".into()),
        5,
        Some(5),
    );
    add(
        f,
        "genPrivateKey",
        |_: E, _| Ok(Value::str(x509::key_pem(&x509::new_key()))),
        1,
        Some(1),
    );
    add(
        f,
        "genCA",
        |_: E, a| generate(&a[0], None, None, &a[1], None, true),
        2,
        Some(2),
    );
    add(
        f,
        "genCAWithKey",
        |_: E, a| generate(&a[0], None, None, &a[1], Some(&a[2]), true),
        3,
        Some(3),
    );
    add(
        f,
        "genSelfSignedCert",
        |_: E, a| generate(&a[0], Some(&a[1]), Some(&a[2]), &a[3], None, false),
        4,
        Some(4),
    );
    add(
        f,
        "genSelfSignedCertWithKey",
        |_: E, a| generate(&a[0], Some(&a[1]), Some(&a[2]), &a[3], Some(&a[4]), false),
        5,
        Some(5),
    );
    add(
        f,
        "genSignedCert",
        |_: E, a| signed(&a[0], &a[1], &a[2], &a[3], &a[4], None),
        5,
        Some(5),
    );
    add(
        f,
        "genSignedCertWithKey",
        |_: E, a| signed(&a[0], &a[1], &a[2], &a[3], &a[4], Some(&a[5])),
        6,
        Some(6),
    );
    add(
        f,
        "buildCustomCert",
        |_: E, a| {
            let mut m = std::collections::BTreeMap::new();
            m.insert(
                "Cert".to_string(),
                Value::str(b64_decode_text(&string_arg(&a[0])?)),
            );
            m.insert(
                "Key".to_string(),
                Value::str(b64_decode_text(&string_arg(&a[1])?)),
            );
            Ok(Value::Object(std::rc::Rc::new(
                crate::template::value::Object {
                    type_name: "sprig.certificate",
                    fields: m,
                    methods: Default::default(),
                    map_like: false,
                    display: None,
                },
            )))
        },
        2,
        Some(2),
    );
    add(
        f,
        "encryptAES",
        |_: E, a| {
            Ok(Value::str(encrypt_aes(
                &string_arg(&a[0])?,
                &string_arg(&a[1])?,
            )))
        },
        2,
        Some(2),
    );
    add(
        f,
        "decryptAES",
        |_: E, a| decrypt_aes(&string_arg(&a[0])?, &string_arg(&a[1])?).map(Value::str),
        2,
        Some(2),
    );
}

fn b64_decode_text(s: &str) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD
        .decode(s.as_bytes())
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default()
}

/// A random version-4 UUID.
pub(crate) fn uuidv4() -> String {
    let mut b: Vec<u8> = (0..16).map(|_| random_u64() as u8).collect();
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    )
}

/// A bcrypt hash at Go's default cost (10), in the `$2a$` form Go's bcrypt writes.
fn bcrypt_hash(pass: &str) -> Result<String, String> {
    bcrypt::hash_with_result(pass, 10)
        .map(|h| h.format_for_version(bcrypt::Version::TwoA))
        .map_err(|e| e.to_string())
}

fn strings(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_list)
        .unwrap_or_default()
        .iter()
        .map(strval)
        .collect()
}

fn cert_object(cert: String, key: String) -> Value {
    let mut m = std::collections::BTreeMap::new();
    m.insert("Cert".to_string(), Value::str(cert));
    m.insert("Key".to_string(), Value::str(key));
    Value::Object(std::rc::Rc::new(crate::template::value::Object {
        type_name: "sprig.certificate",
        fields: m,
        methods: Default::default(),
        map_like: false,
        display: None,
    }))
}

fn key_from(v: Option<&Value>) -> Result<p256::ecdsa::SigningKey, String> {
    match v {
        None => Ok(x509::new_key()),
        Some(k) => {
            let pem = string_arg(k)?;
            x509::issuer_of_key(&pem).ok_or_else(|| {
                "error decoding key: only EC PRIVATE KEY (P-256) keys are supported".to_string()
            })
        }
    }
}

fn generate(
    cn: &Value,
    ips: Option<&Value>,
    dns: Option<&Value>,
    days: &Value,
    key: Option<&Value>,
    is_ca: bool,
) -> Res {
    let cn = string_arg(cn)?;
    let (ips, dns) = (strings(ips), strings(dns));
    let k = key_from(key)?;
    let spec = x509::CertSpec {
        cn: &cn,
        ips: &ips,
        dns: &dns,
        days: to_i64(days),
        is_ca,
    };
    Ok(cert_object(
        x509::certificate(&spec, &k, None),
        x509::key_pem(&k),
    ))
}

fn signed(
    cn: &Value,
    ips: &Value,
    dns: &Value,
    days: &Value,
    ca: &Value,
    key: Option<&Value>,
) -> Res {
    let cn = string_arg(cn)?;
    let (ips, dns) = (strings(Some(ips)), strings(Some(dns)));
    let (Some(ca_cert), Some(ca_key)) = (ca.get("Cert"), ca.get("Key")) else {
        return Err(format!(
            "wrong type for value; expected sprig.certificate; got {}",
            ca.type_name()
        ));
    };
    let (issuer, issuer_key) =
        x509::issuer_of(&strval(&ca_cert), &strval(&ca_key)).ok_or_else(|| {
            "error decoding CA: only CAs made by genCA (EC P-256 keys) are supported".to_string()
        })?;
    let k = key_from(key)?;
    let spec = x509::CertSpec {
        cn: &cn,
        ips: &ips,
        dns: &dns,
        days: to_i64(days),
        is_ca: false,
    };
    Ok(cert_object(
        x509::certificate(&spec, &k, Some((&issuer, &issuer_key))),
        x509::key_pem(&k),
    ))
}

fn aes_key(password: &str) -> aes::Aes256 {
    use aes::cipher::KeyInit as _;
    let mut key = [0u8; 32];
    let p = password.as_bytes();
    let n = p.len().min(32);
    key[..n].copy_from_slice(&p[..n]);
    aes::Aes256::new(&key.into())
}

/// sprig's encryptAES: AES-256-CBC, key = password zero-padded to 32 bytes, PKCS#7 padding,
/// random IV prepended, base64.
fn encrypt_aes(password: &str, plain: &str) -> String {
    use aes::cipher::BlockEncrypt as _;
    use base64::Engine as _;
    if plain.is_empty() {
        return String::new();
    }
    let cipher = aes_key(password);
    let mut data = plain.as_bytes().to_vec();
    let pad = 16 - data.len() % 16;
    data.extend(std::iter::repeat_n(pad as u8, pad));
    let mut prev: [u8; 16] = std::array::from_fn(|_| random_u64() as u8);
    let mut out = prev.to_vec();
    for chunk in data.chunks(16) {
        let mut block = [0u8; 16];
        for (i, b) in chunk.iter().enumerate() {
            block[i] = b ^ prev[i];
        }
        let mut ga = block.into();
        cipher.encrypt_block(&mut ga);
        prev = ga.into();
        out.extend_from_slice(&prev);
    }
    base64::engine::general_purpose::STANDARD.encode(out)
}

/// sprig's decryptAES, the inverse of [`encrypt_aes`].
fn decrypt_aes(password: &str, crypt: &str) -> Result<String, String> {
    use aes::cipher::BlockDecrypt as _;
    use base64::Engine as _;
    let data = base64::engine::general_purpose::STANDARD
        .decode(crypt.trim())
        .map_err(|e| e.to_string())?;
    if data.len() < 16 || data.len() % 16 != 0 {
        return Err("ciphertext too short".into());
    }
    let cipher = aes_key(password);
    let mut out = Vec::new();
    for w in data.chunks(16).collect::<Vec<_>>().windows(2) {
        let mut ga = <[u8; 16]>::try_from(w[1])
            .map_err(|e| e.to_string())?
            .into();
        cipher.decrypt_block(&mut ga);
        let block: [u8; 16] = ga.into();
        out.extend(block.iter().zip(w[0]).map(|(a, b)| a ^ b));
    }
    let pad = usize::from(*out.last().unwrap_or(&0));
    if pad == 0 || pad > 16 || pad > out.len() {
        return Err("invalid padding".into());
    }
    out.truncate(out.len() - pad);
    Ok(String::from_utf8_lossy(&out).into_owned())
}
