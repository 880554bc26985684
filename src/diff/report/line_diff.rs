//! Line diff of multi-line strings: a port of the diff-match-patch algorithm
//! dyff uses, on whole lines, so that inserts and deletions count as dyff's do.

#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Op {
    Delete,
    Insert,
    Equal,
}

type Chunk = (Op, Vec<u32>);

/// Line-by-line diff of two texts; each chunk holds whole lines.
pub(super) fn line_diff(a: &str, b: &str) -> Vec<(Op, String)> {
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
    use super::super::report;
    use serde_json::json;

    // Checked against dyff v1.10.2 (as Flux invokes it).

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
}
