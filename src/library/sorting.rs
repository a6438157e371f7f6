//! Go's sorting algorithms over comparisons that are Go calls: pattern-defeating quicksort
//! (with insertion sort for runs of 12 or fewer, heapsort after too many bad pivots) for
//! sort.Slice, sort.Sort and slices.SortFunc, and insertion-sorted blocks of 20 merged by
//! SymMerge for the stable sorts. The comparisons and swaps happen in exactly the order of
//! Go's sort/zsortfunc.go (and its generated twins zsortinterface.go and slices'
//! zsortanyfunc.go), so a less function with ties leaves equal elements where Go leaves
//! them. Each function keeps its Go name and the line of the call it is in, for the
//! traceback of a panic in less.

use super::task::{truth, Ctx};
use super::Fault;
use crate::rt::g::LibFrame;
use crate::rt::obj::Obj;
use crate::vm::value::Value;
use std::future::Future;
use std::pin::Pin;

/// What is sorted, and how two elements compare.
#[derive(Clone, Copy)]
pub enum Data {
    /// sort.Slice: `less(i, j)` is a Go func; swaps exchange elements of slice `x`.
    Slice { x: Value, less: Value },
    /// sort.Sort: the Less and Swap methods of a sort.Interface value.
    Iface(Value),
    /// slices.SortFunc: `cmp(x[i], x[j]) < 0`; swaps exchange elements of slice `x`.
    Cmp { x: Value, cmp: Value },
}

/// The functions of the sorting code that can be on the stack when less is called.
#[derive(Clone, Copy)]
enum F {
    InsertionSort,
    SiftDown,
    HeapSort,
    Pdqsort,
    Partition,
    PartitionEqual,
    PartialInsertionSort,
    ChoosePivot,
    Order2,
    Median,
    MedianAdjacent,
    Stable,
    SymMerge,
}

/// Their Go names in zsortfunc.go, zsortinterface.go and zsortanyfunc.go.
const NAMES: [[&str; 3]; 13] = [
    ["sort.insertionSort_func", "sort.insertionSort", "slices.insertionSortCmpFunc[...]"],
    ["sort.siftDown_func", "sort.siftDown", "slices.siftDownCmpFunc[...]"],
    ["sort.heapSort_func", "sort.heapSort", "slices.heapSortCmpFunc[...]"],
    ["sort.pdqsort_func", "sort.pdqsort", "slices.pdqsortCmpFunc[...]"],
    ["sort.partition_func", "sort.partition", "slices.partitionCmpFunc[...]"],
    ["sort.partitionEqual_func", "sort.partitionEqual", "slices.partitionEqualCmpFunc[...]"],
    [
        "sort.partialInsertionSort_func",
        "sort.partialInsertionSort",
        "slices.partialInsertionSortCmpFunc[...]",
    ],
    ["sort.choosePivot_func", "sort.choosePivot", "slices.choosePivotCmpFunc[...]"],
    ["sort.order2_func", "sort.order2", "slices.order2CmpFunc[...]"],
    ["sort.median_func", "sort.median", "slices.medianCmpFunc[...]"],
    ["sort.medianAdjacent_func", "sort.medianAdjacent", "slices.medianAdjacentCmpFunc[...]"],
    ["sort.stable_func", "sort.stable", "slices.stableCmpFunc[...]"],
    ["sort.symMerge_func", "sort.symMerge", "slices.symMergeCmpFunc[...]"],
];

type Boxed<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

pub struct Sorter {
    ctx: Ctx,
    data: Data,
    /// The sorting functions on the stack with the line each is at, outermost first.
    stack: Vec<(F, u32)>,
    /// The exported function's frame (sort.Slice at slice.go:29).
    outer: LibFrame,
}

impl Sorter {
    pub fn new(ctx: Ctx, data: Data, outer: LibFrame) -> Sorter {
        Sorter { ctx, data, stack: Vec::new(), outer }
    }

    fn variant(&self) -> usize {
        match self.data {
            Data::Slice { .. } => 0,
            Data::Iface(_) => 1,
            Data::Cmp { .. } => 2,
        }
    }

    fn enter(&mut self, f: F) {
        self.stack.push((f, 0));
    }
    fn leave(&mut self) {
        self.stack.pop();
    }
    fn at(&mut self, line: u32) {
        if let Some(top) = self.stack.last_mut() {
            top.1 = line;
        }
    }

    /// Publishes the stack as traceback frames, innermost first.
    fn publish(&self) {
        let v = self.variant();
        let file = match v {
            0 => "sort/zsortfunc.go",
            1 => "sort/zsortinterface.go",
            _ => "slices/zsortanyfunc.go",
        };
        let mut frames: Vec<LibFrame> = self
            .stack
            .iter()
            .rev()
            .map(|&(f, line)| (NAMES[f as usize][v], true, file, line))
            .collect();
        frames.push(self.outer);
        self.ctx.frames(frames);
    }

    /// data.Less(i, j), called from line `line` of the innermost function.
    async fn less(&mut self, i: usize, j: usize, line: u32) -> bool {
        self.at(line);
        self.publish();
        let (i, j) = (Value::int(i as i64), Value::int(j as i64));
        match self.data {
            Data::Slice { less, .. } => truth(&self.ctx.call(less, &[i, j], 1).await),
            Data::Iface(d) => truth(&self.ctx.method(d, "Less", &[i, j], 1).await),
            Data::Cmp { x, cmp } => {
                let (i, j) = (i.as_int() as usize, j.as_int() as usize);
                let ab =
                    self.ctx.native(move |c| Ok(vec![elem(c.rt, x, i), elem(c.rt, x, j)])).await;
                let r = self.ctx.call(cmp, &ab, 1).await;
                r.first().is_some_and(|v| v.as_int() < 0)
            }
        }
    }

    async fn swap(&mut self, i: usize, j: usize) {
        match self.data {
            Data::Slice { x, .. } | Data::Cmp { x, .. } => {
                self.ctx
                    .native(move |c| {
                        swap_elems(c.rt, x, i, j);
                        Ok(vec![])
                    })
                    .await;
            }
            Data::Iface(d) => {
                let args = [Value::int(i as i64), Value::int(j as i64)];
                self.ctx.method(d, "Swap", &args, 0).await;
            }
        }
    }

    async fn insertion_sort(&mut self, a: usize, b: usize) {
        self.enter(F::InsertionSort);
        for i in a + 1..b {
            let mut j = i;
            while j > a && self.less(j, j - 1, 12).await {
                self.swap(j, j - 1).await;
                j -= 1;
            }
        }
        self.leave();
    }

    async fn sift_down(&mut self, lo: usize, hi: usize, first: usize) {
        self.enter(F::SiftDown);
        let mut root = lo;
        loop {
            let mut child = 2 * root + 1;
            if child >= hi {
                break;
            }
            if child + 1 < hi && self.less(first + child, first + child + 1, 27).await {
                child += 1;
            }
            if !self.less(first + root, first + child, 30).await {
                break;
            }
            self.swap(first + root, first + child).await;
            root = child;
        }
        self.leave();
    }

    async fn heap_sort(&mut self, a: usize, b: usize) {
        self.enter(F::HeapSort);
        let (first, lo, hi) = (a, 0, b - a);
        for i in (0..=(hi.saturating_sub(1)) / 2).rev() {
            if hi == 0 {
                break;
            }
            self.at(45);
            self.sift_down(i, hi, first).await;
        }
        for i in (0..hi).rev() {
            self.swap(first, first + i).await;
            self.at(51);
            self.sift_down(lo, i, first).await;
        }
        self.leave();
    }

    /// Sorts data[a:b] (pdqsort_func).
    pub fn pdqsort(&mut self, a: usize, b: usize, limit: u32) -> Boxed<'_, ()> {
        Box::pin(async move {
            self.enter(F::Pdqsort);
            self.pdqsort_loop(a, b, limit).await;
            self.leave();
        })
    }

    async fn pdqsort_loop(&mut self, mut a: usize, mut b: usize, mut limit: u32) {
        const MAX_INSERTION: usize = 12;
        let (mut was_balanced, mut was_partitioned) = (true, true);
        loop {
            let length = b - a;
            if length <= MAX_INSERTION {
                self.at(73);
                self.insertion_sort(a, b).await;
                return;
            }
            if limit == 0 {
                self.at(79);
                self.heap_sort(a, b).await;
                return;
            }
            if !was_balanced {
                self.break_patterns(a, b).await;
                limit -= 1;
            }
            self.at(89);
            let (mut pivot, mut hint) = self.choose_pivot(a, b).await;
            if hint == Hint::Decreasing {
                self.reverse_range(a, b).await;
                pivot = (b - 1) - (pivot - a);
                hint = Hint::Increasing;
            }
            if was_balanced && was_partitioned && hint == Hint::Increasing {
                self.at(101);
                if self.partial_insertion_sort(a, b).await {
                    return;
                }
            }
            if a > 0 && !self.less(a - 1, pivot, 108).await {
                self.at(109);
                a = self.partition_equal(a, b, pivot).await;
                continue;
            }
            self.at(114);
            let (mid, already) = self.partition(a, b, pivot).await;
            was_partitioned = already;
            let (left, right) = (mid - a, b - mid);
            let threshold = length / 8;
            if left < right {
                was_balanced = left >= threshold;
                self.at(121);
                self.pdqsort(a, mid, limit).await;
                a = mid + 1;
            } else {
                was_balanced = right >= threshold;
                self.at(125);
                self.pdqsort(mid + 1, b, limit).await;
                b = mid;
            }
        }
    }

    async fn partition(&mut self, a: usize, b: usize, pivot: usize) -> (usize, bool) {
        self.enter(F::Partition);
        self.swap(a, pivot).await;
        let (mut i, mut j) = (a as isize + 1, b as isize - 1);
        while i <= j && self.less(i as usize, a, 139).await {
            i += 1;
        }
        while i <= j && !self.less(j as usize, a, 142).await {
            j -= 1;
        }
        if i > j {
            self.swap(j as usize, a).await;
            self.leave();
            return (j as usize, true);
        }
        self.swap(i as usize, j as usize).await;
        i += 1;
        j -= 1;
        loop {
            while i <= j && self.less(i as usize, a, 154).await {
                i += 1;
            }
            while i <= j && !self.less(j as usize, a, 157).await {
                j -= 1;
            }
            if i > j {
                break;
            }
            self.swap(i as usize, j as usize).await;
            i += 1;
            j -= 1;
        }
        self.swap(j as usize, a).await;
        self.leave();
        (j as usize, false)
    }

    async fn partition_equal(&mut self, a: usize, b: usize, pivot: usize) -> usize {
        self.enter(F::PartitionEqual);
        self.swap(a, pivot).await;
        let (mut i, mut j) = (a as isize + 1, b as isize - 1);
        loop {
            while i <= j && !self.less(a, i as usize, 178).await {
                i += 1;
            }
            while i <= j && self.less(a, j as usize, 181).await {
                j -= 1;
            }
            if i > j {
                break;
            }
            self.swap(i as usize, j as usize).await;
            i += 1;
            j -= 1;
        }
        self.leave();
        i as usize
    }

    async fn partial_insertion_sort(&mut self, a: usize, b: usize) -> bool {
        const MAX_STEPS: usize = 5;
        const SHORTEST_SHIFTING: usize = 50;
        self.enter(F::PartialInsertionSort);
        let mut i = a + 1;
        let mut sorted = false;
        for _ in 0..MAX_STEPS {
            while i < b && !self.less(i, i - 1, 202).await {
                i += 1;
            }
            if i == b {
                sorted = true;
                break;
            }
            if b - a < SHORTEST_SHIFTING {
                break;
            }
            self.swap(i, i - 1).await;
            if i - a >= 2 {
                let mut j = i - 1;
                while j >= 1 {
                    if !self.less(j, j - 1, 219).await {
                        break;
                    }
                    self.swap(j, j - 1).await;
                    j -= 1;
                }
            }
            if b - i >= 2 {
                for j in i + 1..b {
                    if !self.less(j, j - 1, 228).await {
                        break;
                    }
                    self.swap(j, j - 1).await;
                }
            }
        }
        self.leave();
        sorted
    }

    async fn break_patterns(&mut self, a: usize, b: usize) {
        let length = b - a;
        if length >= 8 {
            let mut random = length as u64;
            let modulus = 1u64 << (64 - (length as u64).leading_zeros());
            let start = a + (length / 4) * 2 - 1;
            for idx in start..=a + (length / 4) * 2 + 1 {
                random ^= random << 13;
                random ^= random >> 17;
                random ^= random << 5;
                let mut other = (random & (modulus - 1)) as usize;
                if other >= length {
                    other -= length;
                }
                self.swap(idx, a + other).await;
            }
        }
    }

    async fn choose_pivot(&mut self, a: usize, b: usize) -> (usize, Hint) {
        const SHORTEST_NINTHER: usize = 50;
        const MAX_SWAPS: usize = 4 * 3;
        self.enter(F::ChoosePivot);
        let l = b - a;
        let mut swaps = 0;
        let (mut i, mut j, mut k) = (a + l / 4, a + l / 4 * 2, a + l / 4 * 3);
        if l >= 8 {
            if l >= SHORTEST_NINTHER {
                self.at(279);
                i = self.median_adjacent(i, &mut swaps).await;
                self.at(280);
                j = self.median_adjacent(j, &mut swaps).await;
                self.at(281);
                k = self.median_adjacent(k, &mut swaps).await;
            }
            self.at(284);
            j = self.median(i, j, k, &mut swaps).await;
        }
        self.leave();
        match swaps {
            0 => (j, Hint::Increasing),
            MAX_SWAPS => (j, Hint::Decreasing),
            _ => (j, Hint::Unknown),
        }
    }

    async fn order2(&mut self, a: usize, b: usize, swaps: &mut usize) -> (usize, usize) {
        self.enter(F::Order2);
        let r = if self.less(b, a, 299).await {
            *swaps += 1;
            (b, a)
        } else {
            (a, b)
        };
        self.leave();
        r
    }

    async fn median(&mut self, a: usize, b: usize, c: usize, swaps: &mut usize) -> usize {
        self.enter(F::Median);
        self.at(308);
        let (a, b) = self.order2(a, b, swaps).await;
        self.at(309);
        let (b, c) = self.order2(b, c, swaps).await;
        let _ = c;
        self.at(310);
        let (_, b) = self.order2(a, b, swaps).await;
        self.leave();
        b
    }

    async fn median_adjacent(&mut self, a: usize, swaps: &mut usize) -> usize {
        self.enter(F::MedianAdjacent);
        self.at(316);
        let m = self.median(a - 1, a, a + 1, swaps).await;
        self.leave();
        m
    }

    async fn reverse_range(&mut self, a: usize, b: usize) {
        let (mut i, mut j) = (a, b - 1);
        while i < j {
            self.swap(i, j).await;
            i += 1;
            j -= 1;
        }
    }

    async fn swap_range(&mut self, a: usize, b: usize, n: usize) {
        for i in 0..n {
            self.swap(a + i, b + i).await;
        }
    }

    /// The stable sort of data[0:n] (stable_func).
    pub async fn stable(&mut self, n: usize) {
        self.enter(F::Stable);
        let mut block = 20;
        let (mut a, mut b) = (0, block);
        while b <= n {
            self.at(339);
            self.insertion_sort(a, b).await;
            a = b;
            b += block;
        }
        self.at(343);
        self.insertion_sort(a, n).await;
        while block < n {
            (a, b) = (0, 2 * block);
            while b <= n {
                self.at(348);
                self.sym_merge(a, a + block, b).await;
                a = b;
                b += 2 * block;
            }
            let m = a + block;
            if m < n {
                self.at(353);
                self.sym_merge(a, m, n).await;
            }
            block *= 2;
        }
        self.leave();
    }

    fn sym_merge(&mut self, a: usize, m: usize, b: usize) -> Boxed<'_, ()> {
        Box::pin(async move {
            self.enter(F::SymMerge);
            self.sym_merge_body(a, m, b).await;
            self.leave();
        })
    }

    async fn sym_merge_body(&mut self, a: usize, m: usize, b: usize) {
        if m - a == 1 {
            let (mut i, mut j) = (m, b);
            while i < j {
                let h = (i + j) / 2;
                if self.less(h, a, 390).await {
                    i = h + 1;
                } else {
                    j = h;
                }
            }
            for k in a..i - 1 {
                self.swap(k, k + 1).await;
            }
            return;
        }
        if b - m == 1 {
            let (mut i, mut j) = (a, m);
            while i < j {
                let h = (i + j) / 2;
                if !self.less(m, h, 414).await {
                    i = h + 1;
                } else {
                    j = h;
                }
            }
            let mut k = m;
            while k > i {
                self.swap(k, k - 1).await;
                k -= 1;
            }
            return;
        }
        let mid = (a + b) / 2;
        let n = mid + m;
        let (mut start, mut r) = if m > mid { (n - b, mid) } else { (a, m) };
        let p = n - 1;
        while start < r {
            let c = (start + r) / 2;
            if !self.less(p - c, c, 441).await {
                start = c + 1;
            } else {
                r = c;
            }
        }
        let end = n - start;
        if start < m && m < end {
            self.rotate(start, m, end).await;
        }
        if a < start && start < mid {
            self.at(453);
            self.sym_merge(a, start, mid).await;
        }
        if mid < end && end < b {
            self.at(456);
            self.sym_merge(mid, end, b).await;
        }
    }

    async fn rotate(&mut self, a: usize, m: usize, b: usize) {
        let (mut i, mut j) = (m - a, b - m);
        while i != j {
            if i > j {
                self.swap_range(m - i, m, j).await;
                i -= j;
            } else {
                self.swap_range(m - i, m + j - i, i).await;
                j -= i;
            }
        }
        self.swap_range(m - i, m, i).await;
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Hint {
    Unknown,
    Increasing,
    Decreasing,
}

/// bits.Len(uint(n)): pdqsort's limit of bad pivots.
pub fn bits_len(n: usize) -> u32 {
    usize::BITS - n.leading_zeros()
}

/// Element `i` of slice `s`.
pub fn elem(rt: &crate::sched::Runtime, s: Value, i: usize) -> Value {
    match &*rt.heap.lock(s.h) {
        Obj::Array(a) => a.get(s.slice_off() + i).copied().unwrap_or(Value::ZERO),
        _ => Value::ZERO,
    }
}

/// Exchanges elements `i` and `j` of slice `s`.
pub fn swap_elems(rt: &crate::sched::Runtime, s: Value, i: usize, j: usize) {
    if let Obj::Array(a) = &mut *rt.heap.lock(s.h) {
        let off = s.slice_off();
        if off + i.max(j) < a.len() {
            a.swap(off + i, off + j);
        }
    }
}

/// Runs `body` on a new sorter (an async closure cannot borrow it across awaits otherwise).
pub async fn with_sorter<'a>(
    ctx: Ctx,
    data: Data,
    outer: LibFrame,
    n: usize,
    stable: bool,
) -> Result<Vec<Value>, Fault> {
    let mut s = Sorter::new(ctx, data, outer);
    if stable {
        s.stable(n).await;
    } else {
        s.pdqsort(0, n, bits_len(n)).await;
    }
    Ok(vec![])
}
