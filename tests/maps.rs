//! Go maps at run time, where golden files cannot check them: range order is random in Go,
//! so here it must vary between seeds but repeat exactly for one seed; and maps must
//! survive collections while they are built and ranged over.

use gopark::compile::compile;
use gopark::run::run_native;
use gopark::sched::{Config, Limits, Mode};
use std::collections::HashSet;
use std::sync::Arc;

fn run(src: &str, seed: u64, limits: Limits) -> (String, String, i32) {
    let prog = match compile("prog.go", src) {
        Ok(p) => p,
        Err(d) => {
            panic!("compile errors: {:?}", d.iter().map(|d| d.to_string()).collect::<Vec<_>>())
        }
    };
    let cfg = Config {
        procs: 2,
        mode: Mode::Deterministic,
        seed,
        limits,
        trace: false,
        ..Default::default()
    };
    let out = run_native(Arc::new(prog), cfg);
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.exit_code,
    )
}

const RANGE_ORDER: &str = r#"package main

import "fmt"

func main() {
	m := map[int]string{}
	for i := 0; i < 12; i++ {
		m[i] = fmt.Sprint("v", i)
	}
	for k, v := range m {
		fmt.Print(k, "=", v, " ")
	}
	fmt.Println()
}
"#;

#[test]
fn range_order_varies_with_the_seed_and_repeats_for_one_seed() {
    let mut orders = HashSet::new();
    for seed in 1..=6 {
        let (a, err, code) = run(RANGE_ORDER, seed, Limits::default());
        assert_eq!(code, 0, "{err}");
        let (b, _, _) = run(RANGE_ORDER, seed, Limits::default());
        assert_eq!(a, b, "seed {seed} must reproduce its order");
        let mut keys: Vec<&str> = a.split_whitespace().collect();
        keys.sort();
        assert_eq!(keys.len(), 12, "every entry once: {a}");
        keys.dedup();
        assert_eq!(keys.len(), 12, "no entry twice: {a}");
        orders.insert(a);
    }
    assert!(orders.len() > 1, "six seeds gave one order: {orders:?}");
}

const CHURN: &str = r#"package main

import "fmt"

func main() {
	keep := map[string][]int{}
	for i := 0; i < 3000; i++ {
		// Garbage: a map per iteration, dropped at once.
		tmp := map[string]int{fmt.Sprint("t", i): i}
		_ = tmp
		k := fmt.Sprint("k", i%50)
		keep[k] = append(keep[k], i)
		if i%7 == 0 {
			delete(keep, fmt.Sprint("k", (i+25)%50))
		}
	}
	total, n := 0, 0
	for k, v := range keep {
		if k == "" {
			panic("empty key")
		}
		for _, x := range v {
			total += x
			n++
		}
		delete(keep, k)
	}
	fmt.Println(n, total, len(keep))
}
"#;

#[test]
fn maps_survive_collections() {
    // A small heap makes the collector run many times during the loop.
    let small = Limits { max_heap_bytes: 512 << 10, ..Limits::default() };
    let (big_out, err, code) = run(CHURN, 1, Limits::default());
    assert_eq!(code, 0, "{err}");
    let (small_out, err, code) = run(CHURN, 1, small);
    assert_eq!(code, 0, "{err}");
    assert_eq!(small_out, big_out);
}
