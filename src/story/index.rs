//! An inverted index from terms to the items that hold them, to find candidate pairs.
//!
//! Items are sets of term hashes. Terms held by more than `cap` items are too common to tell
//! anything and are never probed, so finding pairs costs at most `cap` steps per probed term:
//! linear in the number of items, never a comparison of every pair.

use std::collections::HashMap;

/// Term → the items (by index) whose set holds it, in item order. The posting lists lie end
/// to end in one array, sorted by term, rather than one allocation per term.
pub struct TermIndex {
    /// Term → where its posting list lies in `items`.
    postings: HashMap<u64, std::ops::Range<usize>>,
    items: Vec<u32>,
    cap: usize,
}

impl TermIndex {
    /// Indexes `sets` (each sorted and without repeats); terms in more than `cap` sets are
    /// kept for counting but never probed.
    pub fn new(sets: &[Vec<u64>], cap: usize) -> TermIndex {
        let mut entries: Vec<(u64, u32)> = Vec::with_capacity(sets.iter().map(Vec::len).sum());
        for (item, set) in sets.iter().enumerate() {
            entries.extend(set.iter().map(|&term| (term, item as u32)));
        }
        entries.sort_unstable();
        let mut postings = HashMap::new();
        let mut start = 0;
        while start < entries.len() {
            let term = entries[start].0;
            let end = start + entries[start..].iter().take_while(|e| e.0 == term).count();
            postings.insert(term, start..end);
            start = end;
        }
        let items = entries.into_iter().map(|(_, item)| item).collect();
        TermIndex { postings, items, cap }
    }

    /// The items holding `term`, in item order.
    fn posting(&self, term: u64) -> Option<&[u32]> {
        self.postings.get(&term).map(|range| &self.items[range.clone()])
    }

    /// How many items hold `term`.
    pub fn frequency(&self, term: u64) -> usize {
        self.postings.get(&term).map_or(0, |range| range.len())
    }

    /// Whether `term` is held by few enough items to be probed.
    pub fn is_rare(&self, term: u64) -> bool {
        self.frequency(term) <= self.cap
    }

    /// Pairs `(i, j)`, `i < j`, such that item `i`'s or item `j`'s probe terms include at least
    /// `min_shared` rare terms the other item holds. Sorted, without repeats.
    pub fn pairs(&self, probes: &[Vec<u64>], min_shared: u32) -> Vec<(u32, u32)> {
        let mut counts = vec![0u32; probes.len()];
        let mut touched: Vec<u32> = Vec::new();
        let mut pairs = Vec::new();
        for (i, probe) in probes.iter().enumerate() {
            for term in probe {
                let Some(items) = self.posting(*term) else { continue };
                if items.len() > self.cap {
                    continue;
                }
                for &j in items {
                    if j as usize != i {
                        if counts[j as usize] == 0 {
                            touched.push(j);
                        }
                        counts[j as usize] += 1;
                    }
                }
            }
            for j in touched.drain(..) {
                if counts[j as usize] >= min_shared {
                    let i = i as u32;
                    pairs.push((i.min(j), i.max(j)));
                }
                counts[j as usize] = 0;
            }
        }
        pairs.sort_unstable();
        pairs.dedup();
        pairs
    }
}

/// How many terms two sorted sets share.
pub fn shared_count(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// `items` sorted and without repeats.
pub fn sorted_set(mut items: Vec<u64>) -> Vec<u64> {
    items.sort_unstable();
    items.dedup();
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_share_enough_rare_terms() {
        let sets = vec![vec![1, 2, 3, 9], vec![2, 3, 4, 9], vec![5, 6, 9], vec![1, 5, 6, 7]];
        let index = TermIndex::new(&sets, 2);
        assert!(!index.is_rare(9), "term 9 is in three sets");
        assert_eq!(index.pairs(&sets, 2), vec![(0, 1), (2, 3)]);
        assert_eq!(index.pairs(&sets, 1), vec![(0, 1), (0, 3), (2, 3)]);
    }

    #[test]
    fn shared_count_of_sorted_sets() {
        assert_eq!(shared_count(&[1, 3, 5, 7], &[3, 4, 5, 8]), 2);
        assert_eq!(shared_count(&[], &[1]), 0);
    }
}
