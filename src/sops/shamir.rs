//! Recombining a data key that SOPS split across key groups with Shamir's secret sharing (HashiCorp Vault's
//! scheme over GF(2^8) with the AES polynomial, each share ending in its x coordinate).

/// Rebuilds the secret from at least two shares; `None` when the shares are inconsistent (sizes differ, too
/// short, or two share an x coordinate).
pub(crate) fn combine(shares: &[Vec<u8>]) -> Option<Vec<u8>> {
    let len = shares.first()?.len();
    if shares.len() < 2 || len < 2 || shares.iter().any(|s| s.len() != len) {
        return None;
    }
    let xs: Vec<u8> = shares.iter().map(|s| s[len - 1]).collect();
    if (1..xs.len()).any(|i| xs[..i].contains(&xs[i])) {
        return None;
    }
    let secret = (0..len - 1)
        .map(|byte| {
            // Lagrange interpolation at x = 0; in GF(2^8) subtraction is XOR.
            let mut value = 0u8;
            for (i, share) in shares.iter().enumerate() {
                let mut basis = 1u8;
                for (j, &xj) in xs.iter().enumerate() {
                    if i != j {
                        basis = mul(basis, mul(xj, inverse(xs[i] ^ xj)));
                    }
                }
                value ^= mul(share[byte], basis);
            }
            value
        })
        .collect();
    Some(secret)
}

/// Multiplication modulo x^8 + x^4 + x^3 + x + 1.
fn mul(mut a: u8, mut b: u8) -> u8 {
    let mut product = 0u8;
    while b != 0 {
        if b & 1 == 1 {
            product ^= a;
        }
        let carry = a & 0x80 != 0;
        a <<= 1;
        if carry {
            a ^= 0x1b;
        }
        b >>= 1;
    }
    product
}

/// a^254 is a's inverse in GF(2^8) (and maps 0 to 0, which distinct x coordinates never produce).
fn inverse(a: u8) -> u8 {
    let mut result = 1u8;
    let mut base = a;
    let mut exp = 254u8;
    while exp != 0 {
        if exp & 1 == 1 {
            result = mul(result, base);
        }
        base = mul(base, base);
        exp >>= 1;
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Splits `secret` with the polynomial `secret + c·x` (threshold 2) at the given x coordinates.
    fn split2(secret: &[u8], c: u8, xs: &[u8]) -> Vec<Vec<u8>> {
        xs.iter()
            .map(|&x| {
                let mut share: Vec<u8> = secret.iter().map(|&s| s ^ mul(c, x)).collect();
                share.push(x);
                share
            })
            .collect()
    }

    #[test]
    fn any_two_shares_of_a_threshold_two_split_recover_the_secret() {
        let shares = split2(b"data key", 0x57, &[3, 9, 200]);
        assert_eq!(combine(&shares[..2]).unwrap(), b"data key");
        assert_eq!(combine(&shares[1..]).unwrap(), b"data key");
    }

    #[test]
    fn inverse_is_an_inverse() {
        assert!((1..=255u8).all(|a| mul(a, inverse(a)) == 1));
    }

    #[test]
    fn duplicate_x_coordinates_are_rejected() {
        let mut shares = split2(b"k", 1, &[5, 6]);
        shares[1][1] = 5;
        assert!(combine(&shares).is_none());
    }
}
