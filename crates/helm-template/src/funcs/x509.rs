//! Real keys and X.509 certificates for sprig's `genCA`, `genSelfSignedCert`, `genSignedCert` and
//! `genPrivateKey`: ECDSA P-256 keys (sprig makes RSA-2048 ones), certificates DER-encoded here.

use base64::Engine as _;
use p256::ecdsa::signature::Signer as _;
use p256::ecdsa::{DerSignature, SigningKey};

use super::dates::civil_from_days;

const OID_EC_PUBLIC_KEY: &[u8] = &[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01];
const OID_P256: &[u8] = &[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07];
const OID_ECDSA_SHA256: &[u8] = &[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03, 0x02];
const OID_CN: &[u8] = &[0x55, 0x04, 0x03];
const OID_BASIC_CONSTRAINTS: &[u8] = &[0x55, 0x1d, 0x13];
const OID_KEY_USAGE: &[u8] = &[0x55, 0x1d, 0x0f];
const OID_EXT_KEY_USAGE: &[u8] = &[0x55, 0x1d, 0x25];
const OID_SAN: &[u8] = &[0x55, 0x1d, 0x11];
const OID_SERVER_AUTH: &[u8] = &[0x2b, 0x06, 0x01, 0x05, 0x05, 0x07, 0x03, 0x01];
const OID_CLIENT_AUTH: &[u8] = &[0x2b, 0x06, 0x01, 0x05, 0x05, 0x07, 0x03, 0x02];

fn tlv(tag: u8, content: &[u8]) -> Vec<u8> {
    let mut out = vec![tag];
    let n = content.len();
    if n < 128 {
        out.push(n as u8);
    } else {
        let bytes: Vec<u8> = n
            .to_be_bytes()
            .iter()
            .copied()
            .skip_while(|b| *b == 0)
            .collect();
        out.push(0x80 | bytes.len() as u8);
        out.extend(bytes);
    }
    out.extend_from_slice(content);
    out
}

fn seq(parts: &[Vec<u8>]) -> Vec<u8> {
    tlv(0x30, &parts.concat())
}

fn uint(bytes: &[u8]) -> Vec<u8> {
    let trimmed: Vec<u8> = bytes.iter().copied().skip_while(|b| *b == 0).collect();
    let mut v = if trimmed.is_empty() { vec![0] } else { trimmed };
    if v[0] & 0x80 != 0 {
        v.insert(0, 0);
    }
    tlv(0x02, &v)
}

fn name(cn: &str) -> Vec<u8> {
    seq(&[tlv(
        0x31,
        &seq(&[tlv(0x06, OID_CN), tlv(0x0c, cn.as_bytes())]),
    )])
}

fn time(secs: i64) -> Vec<u8> {
    let (y, mo, d) = civil_from_days(secs.div_euclid(86400));
    let rem = secs.rem_euclid(86400);
    let (h, mi, s) = (rem / 3600, rem % 3600 / 60, rem % 60);
    if (1950..2050).contains(&y) {
        tlv(
            0x17,
            format!("{:02}{mo:02}{d:02}{h:02}{mi:02}{s:02}Z", y % 100).as_bytes(),
        )
    } else {
        tlv(
            0x18,
            format!("{y:04}{mo:02}{d:02}{h:02}{mi:02}{s:02}Z").as_bytes(),
        )
    }
}

fn extension(oid: &[u8], critical: bool, value: Vec<u8>) -> Vec<u8> {
    let mut parts = vec![tlv(0x06, oid)];
    if critical {
        parts.push(tlv(0x01, &[0xff]));
    }
    parts.push(tlv(0x04, &value));
    seq(&parts)
}

fn pem(label: &str, der: &[u8]) -> String {
    let b64 = base64::engine::general_purpose::STANDARD.encode(der);
    let mut out = format!("-----BEGIN {label}-----\n");
    for chunk in b64.as_bytes().chunks(64) {
        out.push_str(&String::from_utf8_lossy(chunk));
        out.push('\n');
    }
    out.push_str(&format!("-----END {label}-----\n"));
    out
}

fn unpem(text: &str) -> Option<Vec<u8>> {
    let body: String = text.lines().filter(|l| !l.starts_with("-----")).collect();
    base64::engine::general_purpose::STANDARD
        .decode(body.trim())
        .ok()
}

/// A new random key.
pub(crate) fn new_key() -> SigningKey {
    SigningKey::random(&mut rand_core::OsRng)
}

/// The key as an `EC PRIVATE KEY` PEM block (SEC1 with the named curve and public key, as Go's
/// x509.MarshalECPrivateKey writes it).
pub(crate) fn key_pem(key: &SigningKey) -> String {
    let secret = key.to_bytes();
    let point = key.verifying_key().to_encoded_point(false);
    let mut bits = vec![0u8];
    bits.extend_from_slice(point.as_bytes());
    let der = seq(&[
        tlv(0x02, &[1]),
        tlv(0x04, &secret),
        tlv(0xa0, &tlv(0x06, OID_P256)),
        tlv(0xa1, &tlv(0x03, &bits)),
    ]);
    pem("EC PRIVATE KEY", &der)
}

/// What a certificate says about its subject.
pub(crate) struct CertSpec<'a> {
    pub cn: &'a str,
    pub ips: &'a [String],
    pub dns: &'a [String],
    pub days: i64,
    pub is_ca: bool,
}

/// Builds and signs a certificate for `subject_key`, issued by `issuer` (name DER and key), or
/// self-signed when `issuer` is `None`.
pub(crate) fn certificate(
    spec: &CertSpec<'_>,
    subject_key: &SigningKey,
    issuer: Option<(&[u8], &SigningKey)>,
) -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    let serial: Vec<u8> = (0..16).map(|_| super::crypto::random_u64() as u8).collect();
    let alg = seq(&[tlv(0x06, OID_ECDSA_SHA256)]);
    let point = subject_key.verifying_key().to_encoded_point(false);
    let mut bits = vec![0u8];
    bits.extend_from_slice(point.as_bytes());
    let spki = seq(&[
        seq(&[tlv(0x06, OID_EC_PUBLIC_KEY), tlv(0x06, OID_P256)]),
        tlv(0x03, &bits),
    ]);
    let subject = name(spec.cn);
    let issuer_name = issuer.map_or_else(|| subject.clone(), |(n, _)| n.to_vec());
    let mut exts = Vec::new();
    // keyUsage: digitalSignature, keyEncipherment (+ certSign for CAs)
    let usage: &[u8] = if spec.is_ca {
        &[0x03, 0x02, 0x02, 0xa4]
    } else {
        &[0x03, 0x02, 0x05, 0xa0]
    };
    exts.push(extension(OID_KEY_USAGE, true, usage.to_vec()));
    exts.push(extension(
        OID_EXT_KEY_USAGE,
        false,
        seq(&[tlv(0x06, OID_SERVER_AUTH), tlv(0x06, OID_CLIENT_AUTH)]),
    ));
    if spec.is_ca {
        exts.push(extension(
            OID_BASIC_CONSTRAINTS,
            true,
            seq(&[tlv(0x01, &[0xff])]),
        ));
    }
    let mut san = Vec::new();
    for d in spec.dns {
        san.push(tlv(0x82, d.as_bytes()));
    }
    for ip in spec.ips {
        if let Ok(addr) = ip.parse::<std::net::IpAddr>() {
            let bytes = match addr {
                std::net::IpAddr::V4(a) => a.octets().to_vec(),
                std::net::IpAddr::V6(a) => a.octets().to_vec(),
            };
            san.push(tlv(0x87, &bytes));
        }
    }
    if !san.is_empty() {
        exts.push(extension(OID_SAN, false, seq(&san)));
    }
    let tbs = seq(&[
        tlv(0xa0, &uint(&[2])),
        uint(&serial),
        alg.clone(),
        issuer_name,
        seq(&[time(now), time(now + spec.days * 86400)]),
        subject,
        spki,
        tlv(0xa3, &seq(&exts)),
    ]);
    let signer = issuer.map_or(subject_key, |(_, k)| k);
    let sig: DerSignature = signer.sign(&tbs);
    let mut sig_bits = vec![0u8];
    sig_bits.extend_from_slice(sig.as_bytes());
    pem("CERTIFICATE", &seq(&[tbs, alg, tlv(0x03, &sig_bits)]))
}

/// Reads one DER element at the start of `d`: (tag, content, rest).
fn read_tlv(d: &[u8]) -> Option<(u8, &[u8], &[u8])> {
    let tag = *d.first()?;
    let first = *d.get(1)? as usize;
    let (len, hdr) = if first < 0x80 {
        (first, 2)
    } else {
        let n = first & 0x7f;
        let mut len = 0usize;
        for i in 0..n {
            len = (len << 8) | *d.get(2 + i)? as usize;
        }
        (len, 2 + n)
    };
    let content = d.get(hdr..hdr + len)?;
    Some((tag, content, &d[hdr + len..]))
}

/// The subject name (DER) of a PEM certificate and the signing key of a PEM EC key: what
/// `genSignedCert` needs from its CA.
pub(crate) fn issuer_of(cert_pem: &str, key_pem: &str) -> Option<(Vec<u8>, SigningKey)> {
    let der = unpem(cert_pem)?;
    let (_, cert, _) = read_tlv(&der)?;
    let (_, tbs, _) = read_tlv(cert)?;
    let mut rest = tbs;
    let mut fields = Vec::new();
    while !rest.is_empty() {
        let (tag, _, r) = read_tlv(rest)?;
        fields.push((tag, &rest[..rest.len() - r.len()]));
        rest = r;
    }
    // [0] version, serial, algorithm, issuer, validity, subject
    let offset = usize::from(fields.first()?.0 == 0xa0);
    let subject = fields.get(offset + 4)?.1.to_vec();
    let key = p256::SecretKey::from_sec1_der(&unpem(key_pem)?).ok()?;
    Some((subject, SigningKey::from(key)))
}

/// The signing key of a PEM `EC PRIVATE KEY` block.
pub(crate) fn issuer_of_key(key_pem: &str) -> Option<SigningKey> {
    let key = p256::SecretKey::from_sec1_der(&unpem(key_pem)?).ok()?;
    Some(SigningKey::from(key))
}

#[cfg(test)]
mod tests {
    use super::*;
    use p256::ecdsa::signature::Verifier as _;

    #[test]
    fn signed_certificates_name_and_verify_against_their_ca() {
        let ca_key = new_key();
        let ca = certificate(
            &CertSpec {
                cn: "my-ca",
                ips: &[],
                dns: &[],
                days: 365,
                is_ca: true,
            },
            &ca_key,
            None,
        );
        let (issuer, key) = issuer_of(&ca, &key_pem(&ca_key)).unwrap();
        assert_eq!(issuer, name("my-ca"));
        assert_eq!(key.verifying_key(), ca_key.verifying_key());
        let leaf_key = new_key();
        let leaf = certificate(
            &CertSpec {
                cn: "web",
                ips: &["10.0.0.1".into()],
                dns: &["web.local".into()],
                days: 30,
                is_ca: false,
            },
            &leaf_key,
            Some((&issuer, &key)),
        );
        // the signature over the TBS part verifies with the CA's public key
        let der = unpem(&leaf).unwrap();
        let (_, cert, _) = read_tlv(&der).unwrap();
        let (_, _, after_tbs) = read_tlv(cert).unwrap();
        let tbs = &cert[..cert.len() - after_tbs.len()];
        let (_, _, sig_part) = read_tlv(after_tbs).unwrap();
        let (_, bits, _) = read_tlv(sig_part).unwrap();
        let sig = p256::ecdsa::DerSignature::try_from(&bits[1..]).unwrap();
        assert!(ca_key.verifying_key().verify(tbs, &sig).is_ok());
    }
}
