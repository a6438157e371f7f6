//! Clocks: real time in threads mode, virtual time in deterministic mode.
//!
//! Virtual time advances by one nanosecond per executed instruction and jumps to the next
//! timer when every goroutine is blocked (as the Go playground's faked time does), so a
//! seeded run is reproducible to the byte, trace timestamps included.

use std::sync::atomic::{AtomicU64, Ordering};

pub enum Clock {
    /// `coarse_ns`: the last reading sysmon took (see `coarse_ns`); `wall_start_ns`: Unix
    /// time at the start of the run, for time.Now.
    Real {
        start_ns: u64,
        coarse_ns: AtomicU64,
        wall_start_ns: i64,
    },
    Virtual {
        now_ns: AtomicU64,
    },
}

impl Clock {
    pub fn real() -> Clock {
        Clock::Real {
            start_ns: host_now_ns(),
            coarse_ns: AtomicU64::new(0),
            wall_start_ns: host_wall_ns(),
        }
    }
    pub fn virtual_clock() -> Clock {
        Clock::Virtual { now_ns: AtomicU64::new(0) }
    }

    /// Nanoseconds since the run started.
    pub fn now_ns(&self) -> u64 {
        match self {
            Clock::Real { start_ns, .. } => host_now_ns().saturating_sub(*start_ns),
            Clock::Virtual { now_ns } => now_ns.load(Ordering::Relaxed),
        }
    }

    /// The time to within sysmon's period (at most 10 ms behind): for what is shown in whole
    /// seconds or minutes, such as how long a goroutine has waited in a dump. Reading the
    /// host clock on every park cost a tenth of an unbuffered ping-pong.
    pub fn coarse_ns(&self) -> u64 {
        match self {
            Clock::Real { coarse_ns, .. } => coarse_ns.load(Ordering::Relaxed),
            Clock::Virtual { now_ns } => now_ns.load(Ordering::Relaxed),
        }
    }

    /// Reads the clock and publishes it as `coarse_ns` (sysmon, every tick).
    pub fn tick(&self) -> u64 {
        let now = self.now_ns();
        if let Clock::Real { coarse_ns, .. } = self {
            coarse_ns.fetch_max(now, Ordering::Relaxed);
        }
        now
    }

    /// Virtual clocks only: advance by `ns` (time spent computing).
    pub fn advance(&self, ns: u64) {
        if let Clock::Virtual { now_ns } = self {
            now_ns.fetch_add(ns, Ordering::Relaxed);
        }
    }

    /// Virtual clocks only: jump forward to `t` (the next timer) if it is later.
    pub fn jump_to(&self, t: u64) {
        if let Clock::Virtual { now_ns } = self {
            now_ns.fetch_max(t, Ordering::Relaxed);
        }
    }

    /// Virtual clocks only: the deterministic driver gives each M its own virtual time and
    /// sets the clock to it for the M's turn (see run/det.rs).
    pub fn set(&self, t: u64) {
        if let Clock::Virtual { now_ns } = self {
            now_ns.store(t, Ordering::Relaxed);
        }
    }

    /// Unix time in nanoseconds of run time `t_ns` (a `now_ns` reading). Virtual time
    /// starts at the Go playground's fixed instant, 2009-11-10 23:00:00 UTC.
    pub fn wall_ns(&self, t_ns: u64) -> i64 {
        match self {
            Clock::Real { wall_start_ns, .. } => wall_start_ns.saturating_add(t_ns as i64),
            Clock::Virtual { .. } => PLAYGROUND_EPOCH_NS.saturating_add(t_ns as i64),
        }
    }

    pub fn is_virtual(&self) -> bool {
        matches!(self, Clock::Virtual { .. })
    }
}

/// 2009-11-10 23:00:00 UTC, where the Go playground's clock starts.
pub const PLAYGROUND_EPOCH_NS: i64 = 1_257_894_000 * 1_000_000_000;

/// The host's Unix time in nanoseconds.
#[cfg(not(target_arch = "wasm32"))]
fn host_wall_ns() -> i64 {
    let now = std::time::SystemTime::now();
    now.duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos() as i64)
}
#[cfg(target_arch = "wasm32")]
fn host_wall_ns() -> i64 {
    (js_sys::Date::now() * 1e6) as i64
}

/// Host time in nanoseconds on a clock shared by every thread of the process.
#[cfg(not(target_arch = "wasm32"))]
pub fn host_now_ns() -> u64 {
    use std::sync::OnceLock;
    use std::time::Instant;
    static EPOCH: OnceLock<Instant> = OnceLock::new();
    EPOCH.get_or_init(Instant::now).elapsed().as_nanos() as u64
}

/// On wasm, `Instant::now` panics; and `performance.now()` counts from each worker's own
/// start, so add `performance.timeOrigin` to get one clock shared by every M's worker.
#[cfg(target_arch = "wasm32")]
pub fn host_now_ns() -> u64 {
    use wasm_bindgen::JsCast;
    // Looking `performance` up on every event cost a third of the parallel speed-up in
    // Chromium, so each worker (thread) keeps its own handle. A thread-local is the one place
    // a JsValue may live: it never leaves the worker that made it.
    thread_local! {
        static PERF: Option<(web_sys::Performance, f64)> = {
            let global = js_sys::global();
            js_sys::Reflect::get(&global, &wasm_bindgen::JsValue::from_str("performance"))
                .ok()
                .and_then(|p| p.dyn_into::<web_sys::Performance>().ok())
                .map(|p| { let o = p.time_origin(); (p, o) })
        };
    }
    PERF.with(|p| match p {
        Some((p, origin)) => ((origin + p.now()) * 1e6) as u64,
        None => (js_sys::Date::now() * 1e6) as u64,
    })
}
